package io.terrain.waves.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A checklist item of a site still open, with its plan and due date: what the site's team has to do next. */
public record DueItem(long planId, String planName, long itemId, int position, String description, String ownerRole, LocalDate dueOn,
                      ChecklistStatus status) implements Serializable {

    public boolean overdue(LocalDate today) {
        return dueOn.isBefore(today);
    }
}
