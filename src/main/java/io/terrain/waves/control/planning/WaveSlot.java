package io.terrain.waves.control.planning;

import java.time.LocalDate;

/**
 * A wave a site can be proposed into: an existing wave of the plan that has not gone live, or a new
 * one of the requested cadence. {@code last}: sites there (or in none) are the comparison group kept
 * while the earlier waves are measured.
 */
public record WaveSlot(int index, String code, LocalDate goLive, Long waveId, boolean last) {
}
