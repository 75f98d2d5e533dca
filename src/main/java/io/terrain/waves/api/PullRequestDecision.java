package io.terrain.waves.api;

import java.io.Serializable;

/**
 * The program manager's answer: {@code accept} with the earlier {@code waveId} the sites go to, or decline; a
 * {@code reason} either way (required to decline).
 */
public record PullRequestDecision(boolean accept, Long waveId, String reason) implements Serializable {
}
