package io.terrain.waves.control;

import io.terrain.pilots.api.PackageDraft;
import io.terrain.waves.api.ChecklistStatus;
import io.terrain.waves.entity.ChecklistItem;
import io.terrain.waves.entity.Rollout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A site's checklist from its package's implementation steps, and what the checklist says of the
 * site's rollout. Step i is due at go-live plus the expected days of steps 1…i: the method is
 * followed in order from the day the wave goes live.
 */
public final class Checklists {

    private Checklists() {
    }

    public static List<ChecklistItem> lay(long rolloutId, List<PackageDraft.Step> steps, LocalDate goLive) {
        List<ChecklistItem> items = new ArrayList<>();
        LocalDate due = goLive;
        for (int i = 0; i < steps.size(); i++) {
            PackageDraft.Step step = steps.get(i);
            due = due.plusDays(step.expectedDays() == null ? 0 : step.expectedDays());
            items.add(new ChecklistItem(rolloutId, i + 1, step.description(), step.ownerRole(),
                    step.expectedDays() == null ? 0 : step.expectedDays(), step.evidence(), due));
        }
        return items;
    }

    /** New due dates after the site's wave changed go-live. */
    public static void reschedule(List<ChecklistItem> items, LocalDate goLive) {
        LocalDate due = goLive;
        for (ChecklistItem item : items.stream().sorted(Comparator.comparingInt(ChecklistItem::getPosition)).toList()) {
            due = due.plusDays(item.getExpectedDays());
            item.dueOn(due);
        }
    }

    /**
     * The day the site adopted: every item done or not applicable, at least one done — the day of
     * the last one done. Empty while something remains.
     */
    public static Optional<LocalDate> adoption(List<ChecklistItem> items) {
        boolean complete = !items.isEmpty() && items.stream().allMatch(i -> i.getStatus() == ChecklistStatus.DONE
                || i.getStatus() == ChecklistStatus.NOT_APPLICABLE) && items.stream().anyMatch(i -> i.getStatus() == ChecklistStatus.DONE);
        if (!complete) {
            return Optional.empty();
        }
        return items.stream().filter(i -> i.getStatus() == ChecklistStatus.DONE).map(ChecklistItem::getDoneOn).max(LocalDate::compareTo);
    }

    /** Applies what the checklist says to the rollout: adopted (with its day), in progress, or not started. */
    public static void settle(Rollout rollout, List<ChecklistItem> items) {
        Optional<LocalDate> adopted = adoption(items);
        if (adopted.isPresent()) {
            rollout.adoptedOn(adopted.get());
        } else {
            rollout.progress(items.stream().anyMatch(i -> i.getStatus() != ChecklistStatus.TODO));
        }
    }
}
