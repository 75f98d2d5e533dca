package io.terrain.waves.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A line manager's request: their org unit ({@code orgUnitId}) or one of their sites ({@code siteId}) to go live
 * by {@code wishedGoLive}, and why.
 */
public record PullRequestDraft(Long orgUnitId, Long siteId, LocalDate wishedGoLive, String reason) implements Serializable {
}
