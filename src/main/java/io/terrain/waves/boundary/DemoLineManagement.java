package io.terrain.waves.boundary;

import io.terrain.network.api.Network;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.waves.api.EngagementLevel;
import io.terrain.waves.control.EngagementStore;
import io.terrain.waves.entity.Engagement;
import io.terrain.waves.entity.PullRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The demo rollout's line management: the demo line manager answers for one of the third wave's regions, the
 * regions' engagement as the managers noted it, a blocked sector, and two requests to go earlier (one open, one
 * declined). Written as their authors would have, with their names and dates.
 */
@ApplicationScoped
@Transactional
public class DemoLineManagement {

    private static final String LINE_MANAGER = "linemanager";

    @Inject
    EngagementStore engagement;

    @Inject
    Network network;


    /** {@code regions}: the plan's six regions, two per wave, in wave order. */
    void seed(long planId, List<OrgUnitSummary> regions, LocalDate monday) {
        EngagementLevel[] levels = {EngagementLevel.CHAMPION, EngagementLevel.COMMITTED, EngagementLevel.COMMITTED,
                EngagementLevel.UNDERSTANDS, EngagementLevel.UNDERSTANDS, EngagementLevel.INFORMED};
        for (int r = 0; r < levels.length; r++) {
            engagement.add(new Engagement(planId, regions.get(r).id(), levels[r], monday.minusWeeks(12 - r), "manager",
                    r == 4 ? "Directeurs convaincus après la visite des sites pilotes" : null));
        }
        Map<Long, List<OrgUnitSummary>> sectors = network.orgUnits().stream().filter(u -> u.level() == OrgLevel.SECTOR)
                .filter(u -> u.parentId() != null).collect(Collectors.groupingBy(OrgUnitSummary::parentId));
        List<OrgUnitSummary> lastRegionSectors = sectors.getOrDefault(regions.get(5).id(), List.of());
        if (!lastRegionSectors.isEmpty()) {
            engagement.block(planId, lastRegionSectors.get(0).id(), "Réorganisation du secteur en cours : reprise après l'été",
                    monday.minusWeeks(3), "manager");
        }
        // The region the demo line manager answers for (the network's demo makes it the fifth, in the third wave).
        OrgUnitSummary pulling = regions.stream().filter(u -> u.managerUserId() != null).findFirst().orElse(null);
        if (pulling == null) {
            return;
        }
        engagement.add(new PullRequest(planId, pulling.id(), null, monday.plusWeeks(4),
                "Les directeurs de la région sont prêts et demandent à démarrer avec la vague 2.", LINE_MANAGER, monday.minusWeeks(1)));
        List<OrgUnitSummary> pullingSectors = sectors.getOrDefault(pulling.id(), List.of());
        if (!pullingSectors.isEmpty()) {
            PullRequest declined = new PullRequest(planId, pullingSectors.get(0).id(), null, monday.plusWeeks(1),
                    "Secteur pilote volontaire : démarrer dès maintenant.", LINE_MANAGER, monday.minusWeeks(5));
            declined.decline("Trop tôt : les coachs de la vague 1 sont à pleine charge jusqu'à la stabilisation.", "manager",
                    monday.minusWeeks(4));
            engagement.add(declined);
        }
    }
}
