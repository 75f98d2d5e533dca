package io.terrain.waves.api;

import java.io.Serializable;
import java.util.List;

/** A site's rollout in one plan, with its plan's and wave's names and its checklist. */
public record SiteRolloutDetails(SiteRollout rollout, String planName, String waveName, List<ChecklistEntry> checklist)
        implements Serializable {

    public SiteRolloutDetails {
        checklist = List.copyOf(checklist);
    }
}
