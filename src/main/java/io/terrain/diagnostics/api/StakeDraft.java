package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.util.List;

/** A stake: a title, its priority (1 first) and the friction points it gathers. */
public record StakeDraft(String title, String description, Integer priority, List<Long> frictionIds) implements Serializable {
}
