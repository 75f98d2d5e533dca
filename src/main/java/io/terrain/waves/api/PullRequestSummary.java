package io.terrain.waves.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A request to go earlier, with what it covers ({@code sites} of the plan, {@code earliestWaveCode} today). */
public record PullRequestSummary(long id, long planId, Long orgUnitId, Long siteId, String perimeterName, long sites,
                                 LocalDate wishedGoLive, String reason, PullRequestStatus status, String requestedBy,
                                 LocalDate requestedOn, String decidedBy, LocalDate decidedOn, String decisionReason,
                                 Long waveId, String waveCode, Integer sitesMoved, long version) implements Serializable {
}
