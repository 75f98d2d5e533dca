package io.terrain.diagnostics.api;

/**
 * Moments of truth: stimulus (the need appears), ZMOT (zero: searching before contact), FMOT (first:
 * the first contact), SMOT (second: using what was bought), TMOT (third: telling others).
 */
public enum Moment {
    STIMULUS,
    ZMOT,
    FMOT,
    SMOT,
    TMOT
}
