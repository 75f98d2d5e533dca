package io.terrain.waves.api;

import java.io.Serializable;
import java.time.LocalDate;

/** An item of a site's checklist: a step of the package, its due date, state and local adaptation. */
public record ChecklistEntry(long id, int position, String description, String ownerRole, int expectedDays, String evidenceExpected,
                             LocalDate dueOn, ChecklistStatus status, String doneBy, LocalDate doneOn, String evidence, Long visitId,
                             String notApplicableReason, String adaptation, long version) implements Serializable {

    public boolean overdue(LocalDate today) {
        return status.open() && dueOn.isBefore(today);
    }
}
