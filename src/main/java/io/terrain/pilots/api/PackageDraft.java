package io.terrain.pilots.api;

import java.io.Serializable;
import java.util.List;

/** A package as written: the codified target and the implementation method. */
public record PackageDraft(String name, String processes, String tools, String management, List<KpiTarget> kpis, List<Step> steps)
        implements Serializable {

    /** An indicator of the target, with the value every site aims for. */
    public record KpiTarget(String kpiCode, Double targetValue) implements Serializable {
    }

    /** A step every site follows: what, who (a role), in how many days, and the evidence that it is done. */
    public record Step(String description, String ownerRole, Integer expectedDays, String evidence) implements Serializable {
    }
}
