package io.terrain.waves.api;

import java.io.Serializable;

/**
 * A change to a checklist item: its new status (DONE needs the evidence, NOT_APPLICABLE a reason)
 * and, at any time, the local adaptation (what this site does differently and why).
 */
public record ChecklistChange(ChecklistStatus status, String evidence, String notApplicableReason, String adaptation)
        implements Serializable {
}
