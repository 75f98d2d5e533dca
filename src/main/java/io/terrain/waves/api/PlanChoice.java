package io.terrain.waves.api;

import java.io.Serializable;
import java.util.List;

/** A plan to choose among, without its counts: what a dashboard needs to offer the plans and read one. */
public record PlanChoice(long id, String name, PlanStatus status, List<PlanDraft.PlanKpi> kpis) implements Serializable {

    public PlanChoice {
        kpis = List.copyOf(kpis);
    }
}
