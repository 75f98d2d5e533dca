package io.terrain.coaches.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A change-management module or session; {@code completedOn} null while it is still to do. */
public record Training(String module, LocalDate completedOn) implements Serializable {
}
