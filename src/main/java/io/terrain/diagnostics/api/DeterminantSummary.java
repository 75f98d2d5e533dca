package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.util.List;

public record DeterminantSummary(long id, DeterminantKind kind, String finding, List<Long> frictionIds, long version)
        implements Serializable {

    public DeterminantSummary {
        frictionIds = List.copyOf(frictionIds);
    }
}
