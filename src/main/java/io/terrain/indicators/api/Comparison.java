package io.terrain.indicators.api;

/**
 * Which sites a staggered rollout's adopters are compared with: sites that have not adopted yet
 * at the period measured (the default: more comparisons, the sites that will adopt later), or
 * only sites that never adopt within the data.
 */
public enum Comparison {
    NOT_YET_ADOPTED,
    NEVER_ADOPTED
}
