package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One customer interaction observed at one journey step. {@code uuid} is made by the phone: sent
 * twice, the same observation is stored once.
 */
public record ObservationDraft(String uuid, Long siteId, Long stepId, LocalDateTime observedAt, String note,
                               List<Answer> answers) implements Serializable {

    /** {@code choice}: YES, NO or NA for a yes/no criterion; {@code rating} 1-5; {@code minutes} for timings. */
    public record Answer(long criterionId, String choice, Integer rating, Double minutes) implements Serializable {
    }
}
