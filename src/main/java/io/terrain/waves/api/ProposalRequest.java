package io.terrain.waves.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a manager asks the planning engine for: {@code waves} waves in all (the plan's waves not yet
 * live, then new ones), new ones every {@code cadenceWeeks} weeks from {@code firstGoLive}; what a
 * site asks of its region's coaches while its wave runs ({@code daysPerSite} a week, default 0.5); the
 * share of each region and segment kept as a comparison group (default 0.2); how long to search
 * (default 30 s, at most 300). Unset values take their defaults.
 */
public record ProposalRequest(Integer waves, LocalDate firstGoLive, Integer cadenceWeeks, BigDecimal daysPerSite,
                              BigDecimal comparisonShare, Integer timeLimitSeconds) implements Serializable {
}
