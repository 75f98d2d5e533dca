package io.terrain.pilots.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A version of a package: DRAFT (editable) or PUBLISHED (immutable, what waves roll out). */
public record PackageSummary(long id, long pilotId, String name, int versionNo, boolean published, LocalDateTime publishedAt,
                             String processes, String tools, String management, List<PackageDraft.KpiTarget> kpis,
                             List<PackageDraft.Step> steps, long version) implements Serializable {
}
