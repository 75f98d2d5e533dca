package io.terrain.waves.api;

import java.io.Serializable;

/** Why a site's rollout is blocked. */
public record BlockRequest(String reason) implements Serializable {
}
