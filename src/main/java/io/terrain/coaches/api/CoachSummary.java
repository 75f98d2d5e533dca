package io.terrain.coaches.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A coach of the roster, with names resolved for display. */
public record CoachSummary(long id, long userId, String name, String formerRole, Long formerSiteId, String formerSiteName,
                           LocalDate secondedFrom, LocalDate secondedUntil, Long homeRegionId, String homeRegionName,
                           BigDecimal capacityDays, List<String> languages, CoachStatus status, List<Training> training,
                           long version) implements Serializable {

    public CoachSummary {
        languages = List.copyOf(languages);
        training = List.copyOf(training);
    }

    /** Modules completed out of those planned. */
    public long trainingDone() {
        return training.stream().filter(t -> t.completedOn() != null).count();
    }
}
