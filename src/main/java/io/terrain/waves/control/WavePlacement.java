package io.terrain.waves.control;

import io.terrain.pilots.api.PackageDraft;
import io.terrain.pilots.api.Pilots;
import io.terrain.platform.api.EditConflict;
import io.terrain.waves.entity.ChecklistItem;
import io.terrain.waves.entity.Rollout;
import io.terrain.waves.entity.Wave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Puts sites in waves (or takes them out) with their checklists: a site entering a wave gets the
 * package's steps due from the wave's go-live; a site leaving loses its checklist (it had not started:
 * the callers refuse to move a started site). Work is batched: thousands of sites move at once, in a
 * few UPDATE and INSERT statements; afterwards the rollouts given are detached, holding their new
 * wave and adoption for the caller to read.
 */
@ApplicationScoped
public class WavePlacement {

    /** What an adoption imported as history leaves as evidence on each step. */
    public static final String IMPORTED_EVIDENCE = "Adoption recorded in the imported schedule";

    @Inject
    WaveStore store;

    @Inject
    ChecklistStore checklists;

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
        Set<Long> closedInPlace = new HashSet<>();
        List<ChecklistItem> laid = new ArrayList<>();
        Map<List<Object>, List<Long>> updates = new LinkedHashMap<>();
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
            } else if (move.adoptedOn() != null) {
                // Adopted in the wave it already had: its own checklist becomes history.
                checklists.checklist(rollout.getId()).stream().filter(i -> i.getStatus().open())
                        .forEach(i -> i.done(by, move.adoptedOn(), IMPORTED_EVIDENCE, null));
                closedInPlace.add(rollout.getId());
            }
            boolean pinned = move.waveId() != null && move.pinned();
            boolean unchanged = !changesWave && pinned == rollout.isPinned() && move.adoptedOn() == null;
            if (!unchanged) {
                updates.computeIfAbsent(Arrays.asList(move.waveId(), pinned, move.adoptedOn(), changesWave), k -> new ArrayList<>())
                        .add(rollout.getId());
            }
        }
        store.flush();
        updates.forEach((key, ids) -> {
            // A site that started since it was read may not change wave: the whole change is refused.
            boolean changesWave = (Boolean) key.get(3);
            int moved = store.moveRollouts(ids, (Long) key.get(0), (Boolean) key.get(1), (LocalDate) key.get(2), changesWave);
            if (moved != ids.size()) {
                throw new EditConflict("SiteRollout", ids.size() - moved + " started meanwhile");
            }
        });
        checklists.removeChecklists(cleared);
        checklists.insertChecklist(laid);
        store.flush();
        // Only the checklists that changed are counted again (a proposal moves thousands of sites, most of them not at all).
        Set<Long> changed = new HashSet<>(cleared);
        changed.addAll(closedInPlace);
        checklists.recount(changed);
        // The rows changed in bulk: the entities read before no longer say what the database says.
        store.clear();
        for (Move move : moves) {
            move.rollout().moveTo(move.waveId(), move.pinned());
            if (move.adoptedOn() != null) {
                move.rollout().adoptedOn(move.adoptedOn());
            }
        }
    }
}
