package io.terrain.waves.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A wave with its site counts by rollout status and its coaches. */
public record WaveSummary(long id, long planId, String code, String name, LocalDate preparationStart, LocalDate goLive,
                          WaveStatus status, long sites, long inProgress, long adopted, long blocked,
                          List<WaveDraft.WaveCoach> coaches, long version) implements Serializable {

    public WaveSummary {
        coaches = List.copyOf(coaches);
    }
}
