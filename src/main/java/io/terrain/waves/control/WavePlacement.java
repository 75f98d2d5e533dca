package io.terrain.waves.control;

import io.terrain.pilots.api.PackageDraft;
import io.terrain.pilots.api.Pilots;
import io.terrain.waves.entity.ChecklistItem;
import io.terrain.waves.entity.Rollout;
import io.terrain.waves.entity.Wave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Puts sites in waves (or takes them out) with their checklists: a site entering a wave gets the
 * package's steps due from the wave's go-live; a site leaving loses its checklist (it had not started:
 * the callers refuse to move a started site). Work is batched: thousands of sites move at once.
 */
@ApplicationScoped
public class WavePlacement {

    /** What an adoption imported as history leaves as evidence on each step. */
    public static final String IMPORTED_EVIDENCE = "Adoption recorded in the imported schedule";

    @Inject
    WaveStore store;

    @Inject
    Pilots pilots;

    /** The implementation steps of a published package version (none if it is unknown). */
    public List<PackageDraft.Step> steps(long packageId) {
        return pilots.publishedPackages().stream().filter(p -> p.id() == packageId).findFirst()
                .map(p -> p.steps()).orElse(List.of());
    }

    /** A site's move: where to, and (for history) the day it adopted. */
    public record Move(Rollout rollout, Long waveId, boolean pinned, LocalDate adoptedOn) {
    }

    /**
     * @param waves the plan's waves by id
     * @param steps the plan's package's implementation steps
     * @param by    who records the moves (done-by of imported adoptions)
     */
    public void apply(List<Move> moves, Map<Long, Wave> waves, List<PackageDraft.Step> steps, String by) {
        Set<Long> cleared = new HashSet<>();
        List<ChecklistItem> laid = new ArrayList<>();
        for (Move move : moves) {
            Rollout rollout = move.rollout();
            boolean changesWave = !Objects.equals(rollout.getWaveId(), move.waveId());
            if (changesWave) {
                cleared.add(rollout.getId());
                if (move.waveId() != null) {
                    List<ChecklistItem> items = Checklists.lay(rollout.getId(), steps, waves.get(move.waveId()).getGoLive());
                    if (move.adoptedOn() != null) {
                        items.forEach(i -> i.done(by, move.adoptedOn(), IMPORTED_EVIDENCE, null));
                    }
                    laid.addAll(items);
                }
            }
            rollout.moveTo(move.waveId(), move.pinned());
            if (move.adoptedOn() != null && !changesWave) {
                // Adopted in the wave it already had: its own checklist becomes history.
                List<ChecklistItem> items = store.checklist(rollout.getId());
                items.stream().filter(i -> i.getStatus().open()).forEach(i -> i.done(by, move.adoptedOn(), IMPORTED_EVIDENCE, null));
            }
            if (move.adoptedOn() != null) {
                rollout.adoptedOn(move.adoptedOn());
            }
        }
        store.flush();
        store.removeChecklists(cleared);
        store.insertChecklist(laid);
    }
}
