package io.terrain.waves.api;

/** At a wave's gate: GO (the wave goes live), HOLD (it waits), ADJUST (it goes on once changed). */
public enum GateDecision {
    GO,
    HOLD,
    ADJUST
}
