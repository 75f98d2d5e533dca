package io.terrain.pilots.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A status the pilot took: the day it took effect, and who recorded it when. */
public record StatusChange(PilotStatus status, LocalDate effectiveOn, String recordedBy, LocalDateTime recordedAt)
        implements Serializable {
}
