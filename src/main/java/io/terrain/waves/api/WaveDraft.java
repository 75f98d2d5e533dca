package io.terrain.waves.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A wave as written: code (unique in its plan), name, dates, status and its coaches. */
public record WaveDraft(String code, String name, LocalDate preparationStart, LocalDate goLive, WaveStatus status,
                        List<WaveCoach> coaches) implements Serializable {

    /** A coach of the roster and the days per week they give this wave. */
    public record WaveCoach(long coachId, BigDecimal daysPerWeek) implements Serializable {
    }
}
