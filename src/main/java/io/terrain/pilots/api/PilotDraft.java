package io.terrain.pilots.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A pilot as a program manager designs it; its status moves apart (launch, measurement, decision). */
public record PilotDraft(String name, String hypothesis, Long campaignId, List<Long> stakeIds,
                         LocalDate baselineFrom, LocalDate baselineTo, LocalDate pilotFrom, LocalDate pilotTo,
                         List<Improvement> improvements, List<TeamMember> team, List<Directorate> directorates,
                         List<PilotKpi> kpis) implements Serializable {

    public record Improvement(ImprovementKind kind, String description) implements Serializable {
    }

    public record TeamMember(String name, Long homeSiteId) implements Serializable {
    }

    public record Directorate(String directorate, String contact, String part) implements Serializable {
    }

    /** A KPI of the pilot; {@code targetEffect}: the change hoped for, in the KPI's unit (signed as the KPI moves). */
    public record PilotKpi(String kpiCode, boolean primary, Double targetEffect) implements Serializable {
    }
}
