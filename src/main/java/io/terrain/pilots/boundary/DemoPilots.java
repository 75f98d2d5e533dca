package io.terrain.pilots.boundary;

import io.terrain.diagnostics.api.CampaignSummary;
import io.terrain.diagnostics.api.Diagnostics;
import io.terrain.diagnostics.api.StakeSummary;
import io.terrain.network.api.Network;
import io.terrain.network.api.SiteKind;
import io.terrain.network.api.SitePlacement;
import io.terrain.pilots.api.ControlProposal;
import io.terrain.pilots.api.DecisionDraft;
import io.terrain.pilots.api.PackageDraft;
import io.terrain.pilots.api.PackageSummary;
import io.terrain.pilots.api.ImprovementKind;
import io.terrain.pilots.api.PerceptionDraft;
import io.terrain.pilots.api.PilotDraft;
import io.terrain.pilots.api.PilotStatus;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.platform.persistence.DemoDataWanted;
import io.terrain.platform.security.SystemTask;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A demo pilot answering the demo diagnostic's stake: a greeter at the entrance of four stores,
 * matched controls, launched and measured on the demo wait times, with the teams' responses — so
 * the decision and the package are there to try. And an earlier pilot of the same idea, validated
 * last spring, whose published package is what the demo rollout (waves) deploys. Made through the
 * facades, as a manager would.
 */
@ApplicationScoped
public class DemoPilots {

    private static final Logger LOG = Logger.getLogger(DemoPilots.class.getName());

    @Inject
    PilotsFacade pilots;

    @Inject
    PilotMatchingFacade pilotMatching;

    @Inject
    PilotDecisionsFacade pilotDecisions;

    @Inject
    Diagnostics diagnostics;

    @Inject
    Network network;

    @Inject
    PackagesFacade packages;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) DemoDataWanted event) {
        SystemTask.call(() -> {
            if (pilots.pilots().isEmpty()) {
                try {
                    create();
                    createValidated();
                } catch (RuntimeException e) {
                    // Demo data is a convenience: the application starts without it.
                    LOG.log(Level.WARNING, "The demo pilot could not be made: " + e.getMessage(), e);
                }
            }
            return null;
        });
    }

    private void create() {
        CampaignSummary campaign = diagnostics.campaigns().stream().findFirst().orElse(null);
        List<SitePlacement> stores = network.sitePlacements().stream()
                .filter(s -> s.kind() == SiteKind.STORE && s.code().matches("S\\d{4}")).toList();
        if (campaign == null || stores.size() < 40) {
            return;
        }
        List<Long> stakes = diagnostics.stakes(campaign.id()).stream().map(StakeSummary::id).limit(1).toList();
        LocalDate lastMonday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        LocalDate pilotFrom = lastMonday.minusWeeks(5);
        LocalDate pilotTo = lastMonday.plusDays(6);
        PilotSummary pilot = pilots.create(new PilotDraft("Hôte d'accueil aux heures de pointe",
                "Un hôte qui accueille chaque client à l'entrée réduit l'attente en caisse.", campaign.id(), stakes,
                lastMonday.minusWeeks(11), lastMonday.minusWeeks(6).plusDays(6), pilotFrom, pilotTo,
                List.of(new PilotDraft.Improvement(ImprovementKind.ROLE, "Un hôte accueille chaque client à l'entrée"),
                        new PilotDraft.Improvement(ImprovementKind.MANAGEMENT_RITUAL, "Point de cinq minutes avant l'ouverture")),
                List.of(new PilotDraft.TeamMember("Nadia Benali", stores.get(3).siteId()),
                        new PilotDraft.TeamMember("Julien Morel", stores.get(8).siteId())),
                List.of(new PilotDraft.Directorate("HR", "Claire Petit", "Plannings des hôtes"),
                        new PilotDraft.Directorate("IT", "Marc Leroy", "Tablette d'accueil")),
                List.of(new PilotDraft.PilotKpi("WAIT_TIME", true, -1.5), new PilotDraft.PilotKpi("CSAT", false, 0.2))));
        List<Long> pilotSites = List.of(stores.get(3).siteId(), stores.get(8).siteId(), stores.get(13).siteId(), stores.get(18).siteId());
        pilot = pilotMatching.placeSites(pilot.id(), pilot.version(), pilotSites, List.of());
        ControlProposal proposal = pilotMatching.proposeControls(pilot.id(), 2);
        Set<Long> controls = new LinkedHashSet<>();
        proposal.controls().values().forEach(controls::addAll);
        pilot = pilotMatching.placeSites(pilot.id(), pilot.version(), pilotSites, new ArrayList<>(controls));
        pilot = pilots.moveTo(pilot.id(), pilot.version(), PilotStatus.RUNNING, pilotFrom);
        LocalDate measuredOn = pilotTo.plusDays(1).isAfter(LocalDate.now()) ? LocalDate.now() : pilotTo.plusDays(1);
        pilots.moveTo(pilot.id(), pilot.version(), PilotStatus.MEASURED, measuredOn);
        int[][] responses = {{4, 5, 8}, {5, 4, 9}, {3, 4, 7}, {4, 4, 8}, {5, 5, 10}, {4, 3, 7}};
        for (int i = 0; i < responses.length; i++) {
            pilotDecisions.addPerception(pilot.id(), new PerceptionDraft(pilotSites.get(i % pilotSites.size()), pilotTo.minusDays(i),
                    List.of(responses[i][0], responses[i][1]), responses[i][2], i == 0 ? "Les clients se sentent attendus" : null));
        }
    }

    /**
     * The pilot behind the demo package: run 34 to 27 weeks ago on four other stores, decided by the
     * committee, its package published. The demo measurements carry no effect at its sites, so the
     * decision is recorded as the override it would be, with the committee's rationale.
     */
    private void createValidated() {
        CampaignSummary campaign = diagnostics.campaigns().stream().findFirst().orElse(null);
        List<SitePlacement> stores = network.sitePlacements().stream()
                .filter(s -> s.kind() == SiteKind.STORE && s.code().matches("S\\d{4}")).toList();
        if (campaign == null || stores.size() < 40) {
            return;
        }
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate pilotFrom = monday.minusWeeks(34);
        LocalDate pilotTo = monday.minusWeeks(27).plusDays(6);
        PilotSummary pilot = pilots.create(new PilotDraft("Accueil en entrée et rituel du matin",
                "Accueillir chaque client à l'entrée et préparer la journée en cinq minutes réduit l'attente.", campaign.id(),
                diagnostics.stakes(campaign.id()).stream().map(StakeSummary::id).limit(1).toList(),
                monday.minusWeeks(41), monday.minusWeeks(35).plusDays(6), pilotFrom, pilotTo,
                List.of(new PilotDraft.Improvement(ImprovementKind.ROLE, "Un hôte accueille chaque client à l'entrée"),
                        new PilotDraft.Improvement(ImprovementKind.MANAGEMENT_RITUAL, "Rituel de cinq minutes avant l'ouverture")),
                List.of(new PilotDraft.TeamMember("Sophie Martin", stores.get(21).siteId())),
                List.of(new PilotDraft.Directorate("HR", "Claire Petit", "Plannings des hôtes")),
                List.of(new PilotDraft.PilotKpi("WAIT_TIME", true, -1.5), new PilotDraft.PilotKpi("CSAT", false, 0.2))));
        List<Long> pilotSites = List.of(stores.get(21).siteId(), stores.get(26).siteId(), stores.get(31).siteId(),
                stores.get(36).siteId());
        List<Long> controls = List.of(stores.get(22).siteId(), stores.get(27).siteId(), stores.get(32).siteId(),
                stores.get(37).siteId());
        pilot = pilotMatching.placeSites(pilot.id(), pilot.version(), pilotSites, controls);
        pilot = pilots.moveTo(pilot.id(), pilot.version(), PilotStatus.RUNNING, pilotFrom);
        pilot = pilots.moveTo(pilot.id(), pilot.version(), PilotStatus.MEASURED, pilotTo.plusDays(1));
        for (int i = 0; i < 8; i++) {
            pilotDecisions.addPerception(pilot.id(), new PerceptionDraft(pilotSites.get(i % pilotSites.size()), pilotTo.minusDays(i),
                    List.of(4 + i % 2, 4), 8 + i % 3, null));
        }
        pilot = pilots.pilot(pilot.id());
        pilotDecisions.decide(pilot.id(), pilot.version(), new DecisionDraft(PilotStatus.VALIDATED, true,
                "Comité du programme : attente en baisse constatée en magasin et équipes convaincues ; déploiement par vagues décidé."));
        PackageSummary draft = packages.create(pilot.id());
        draft = packages.update(draft.id(), draft.version(), new PackageDraft("Accueil en entrée et rituel du matin",
                "Un hôte accueille chaque client à l'entrée aux heures de pointe ; rituel de cinq minutes avant l'ouverture.",
                "Planning des hôtes ; tableau d'attente hebdomadaire", "Point hebdomadaire du directeur sur l'attente",
                List.of(new PackageDraft.KpiTarget("WAIT_TIME", 7.5), new PackageDraft.KpiTarget("CSAT", 4.1)),
                List.of(new PackageDraft.Step("Nommer l'hôte d'accueil et son remplaçant", "Directeur de site", 5,
                                "Planning des hôtes affiché"),
                        new PackageDraft.Step("Former l'équipe à l'accueil en entrée", "Coach terrain", 10, "Feuille d'émargement"),
                        new PackageDraft.Step("Installer le rituel de cinq minutes avant l'ouverture", "Responsable d'équipe", 10,
                                "Trois comptes rendus de rituel"),
                        new PackageDraft.Step("Suivre l'attente chaque semaine en réunion d'équipe", "Directeur de site", 15,
                                "Tableau d'attente commenté"))));
        packages.publish(draft.id(), draft.version());
    }
}
