package io.terrain.coaches.api;

import java.io.Serializable;
import java.time.LocalDate;

/** The next visit planned at a site, and by which coach. */
public record NextVisit(LocalDate date, String coachName) implements Serializable {
}
