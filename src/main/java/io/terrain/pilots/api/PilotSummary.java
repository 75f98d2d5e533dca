package io.terrain.pilots.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A pilot with its design, its pilot and control sites, and the statuses it took. */
public record PilotSummary(long id, String name, String hypothesis, Long campaignId, List<Long> stakeIds, PilotStatus status,
                           LocalDate baselineFrom, LocalDate baselineTo, LocalDate pilotFrom, LocalDate pilotTo,
                           List<PilotDraft.Improvement> improvements, List<PilotDraft.TeamMember> team,
                           List<PilotDraft.Directorate> directorates, List<PilotDraft.PilotKpi> kpis, List<Long> pilotSiteIds,
                           List<Long> controlSiteIds, List<StatusChange> history, long version) implements Serializable {
}
