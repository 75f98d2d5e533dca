package io.terrain.waves.api;

import java.io.Serializable;

/** Puts a site in a wave (null: takes it out of any) and pins it there or not; refused once its rollout started. */
public record SiteMove(Long waveId, boolean pinned) implements Serializable {
}
