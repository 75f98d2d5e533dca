package io.terrain.coaches.api;

import java.io.Serializable;
import java.time.LocalDate;

/** An action agreed with the team during a visit. {@code status}: OPEN, DONE or DROPPED. */
public record AgreedAction(String description, String owner, LocalDate dueOn, String status) implements Serializable {
}
