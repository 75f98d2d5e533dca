package io.terrain.waves.boundary;

import io.terrain.coaches.api.SiteAgenda;
import io.terrain.waves.api.PlanStatus;
import io.terrain.waves.control.ChecklistStore;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.entity.ChecklistItem;
import io.terrain.waves.entity.Rollout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * What the coach's visit form offers as "worked on" at a site: the open items of its checklists in
 * the active plans where it is in a wave. Called by the coaches module for the coach's own sites.
 */
@ApplicationScoped
@Transactional
public class WavesAgenda implements SiteAgenda {

    @Inject
    WaveStore store;

    @Inject
    ChecklistStore checklists;

    @Override
    public List<String> currentItems(long siteId) {
        List<String> items = new ArrayList<>();
        for (Rollout rollout : activeRollouts(store, siteId)) {
            checklists.checklist(rollout.getId()).stream().filter(i -> i.getStatus().open()).map(ChecklistItem::getDescription)
                    .filter(d -> !items.contains(d)).forEach(items::add);
        }
        return items;
    }

    /** The site's rollouts that are in a wave of an active plan. */
    static List<Rollout> activeRollouts(WaveStore store, long siteId) {
        return store.rolloutsOfSite(siteId).stream().filter(r -> r.getWaveId() != null)
                .filter(r -> store.plan(r.getPlanId()).map(p -> p.getStatus() == PlanStatus.ACTIVE).orElse(false)).toList();
    }
}
