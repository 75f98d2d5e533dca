package io.terrain.waves.api;

import io.terrain.indicators.api.Estimate;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a wave's gate shows before the wave goes live: the earlier waves' measured impact on the plan's
 * primary KPIs (null when not measurable yet), their adoption rate and checklist completion, the
 * coaches' time given to the wave against what its sites ask, and the engagement of its units.
 */
public record GateEvidence(long waveId, String waveCode, List<KpiImpact> impacts, long earlierSites, long earlierAdopted,
                           double adoptionRate, long checklistDone, long checklistItems, double checklistCompletion,
                           long waveSites, double coachDaysPerWeek, Map<String, Long> unitsByEngagement, long blockedUnits)
        implements Serializable {

    public GateEvidence {
        impacts = List.copyOf(impacts);
        unitsByEngagement = Map.copyOf(unitsByEngagement);
    }

    public record KpiImpact(String kpiCode, Estimate overall, String verdict) implements Serializable {
    }
}
