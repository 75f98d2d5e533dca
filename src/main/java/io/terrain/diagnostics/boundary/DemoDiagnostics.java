package io.terrain.diagnostics.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.diagnostics.api.AspirationDraft;
import io.terrain.diagnostics.api.CampaignDraft;
import io.terrain.diagnostics.api.CampaignStatus;
import io.terrain.diagnostics.api.Cause;
import io.terrain.diagnostics.api.Channel;
import io.terrain.diagnostics.api.DeterminantDraft;
import io.terrain.diagnostics.api.DeterminantKind;
import io.terrain.diagnostics.api.FrictionDraft;
import io.terrain.diagnostics.api.JourneySummary;
import io.terrain.diagnostics.api.ObservationDraft;
import io.terrain.diagnostics.api.ScoreKind;
import io.terrain.diagnostics.api.StakeDraft;
import io.terrain.diagnostics.control.CampaignStore;
import io.terrain.diagnostics.control.JourneyStore;
import io.terrain.diagnostics.control.StratifiedSampler;
import io.terrain.diagnostics.entity.Campaign;
import io.terrain.diagnostics.entity.Determinant;
import io.terrain.diagnostics.entity.Friction;
import io.terrain.diagnostics.entity.Observation;
import io.terrain.diagnostics.entity.Stake;
import io.terrain.diagnostics.entity.Verbatim;
import io.terrain.network.api.Network;
import io.terrain.network.api.SitePlacement;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.persistence.DemoDataWanted;
import io.terrain.platform.security.SystemTask;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Gives the demo one diagnostic campaign in synthesis: a stratified sample, observations at the
 * welcome and checkout of the in-store journey, verbatims, friction points, a determinant, a stake
 * and the agreed aspiration, with the demo coach as observer. Runs once, after the demo network.
 */
@ApplicationScoped
public class DemoDiagnostics {

    @Inject
    CampaignStore campaigns;

    @Inject
    JourneyStore journeys;

    @Inject
    Network network;

    @Inject
    UsersFacade users;

    @Inject
    AuditTrail audit;

    @Transactional
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 300) DemoDataWanted event) {
        if (!campaigns.all().isEmpty()) {
            return;
        }
        List<UserSummary> demoUsers = SystemTask.call(() -> users.page(null, 0, 50).items());
        long coach = demoUsers.stream().filter(u -> u.username().equals("coach")).findFirst().map(UserSummary::id).orElse(-1L);
        long manager = demoUsers.stream().filter(u -> u.username().equals("manager")).findFirst().map(UserSummary::id).orElse(-1L);
        JourneySummary purchase = journeys.byCode("STORE_PURCHASE").orElseThrow().summary();
        JourneySummary claim = journeys.byCode("PHONE_CLAIM").orElseThrow().summary();
        List<SitePlacement> placements = SystemTask.call(network::sitePlacements);

        LocalDate start = LocalDate.now().minusWeeks(5);
        Campaign campaign = new Campaign(new CampaignDraft("Diagnostic accueil et caisse", "Comprendre où et pourquoi les clients "
                + "décrochent entre l'entrée en magasin et le passage en caisse.", start, start.plusWeeks(6), CampaignStatus.SYNTHESIS,
                List.of(coach, manager).stream().filter(i -> i > 0).toList(), List.of(purchase.id(), claim.id())));
        List<Long> sample = new ArrayList<>(StratifiedSampler.draw(placements, 16, new Random(3)));
        campaign.replaceSample(sample);
        campaign.agree(new AspirationDraft("Chaque client est salué en moins de 30 secondes et ne fait jamais la queue plus de "
                + "5 minutes pour payer.", "Équipes des magasins de l'échantillon", LocalDate.now().minusDays(3)));
        campaigns.add(campaign);
        campaigns.flush();
        long id = campaign.getId();

        JourneySummary.Step welcome = purchase.steps().get(0);
        JourneySummary.Step checkout = purchase.steps().get(3);
        Random random = new Random(11);
        List<Long> unwelcomed = new ArrayList<>();
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long site = sample.get(i % sample.size());
            boolean atWelcome = i % 2 == 0;
            JourneySummary.Step step = atWelcome ? welcome : checkout;
            boolean bad = random.nextInt(100) < (atWelcome ? 45 : 30);
            List<ObservationDraft.Answer> answers = new ArrayList<>();
            for (JourneySummary.Criterion c : step.criteria()) {
                answers.add(switch (c.kind()) {
                    case YES_NO -> new ObservationDraft.Answer(c.id(), bad ? "NO" : "YES", null, null);
                    case RATING -> new ObservationDraft.Answer(c.id(), null, bad ? 2 : 4, null);
                    case MINUTES -> new ObservationDraft.Answer(c.id(), null, null, bad ? 6.0 + random.nextInt(6) : 1.0 + random.nextInt(3));
                });
            }
            Observation o = new Observation(id, coach, new ObservationDraft(UUID.randomUUID().toString(), site, step.id(),
                    LocalDateTime.now().minusDays(30 - i / 2).withHour(10 + i % 8).withMinute(0).withSecond(0).withNano(0),
                    bad ? (atWelcome ? "Personne à l'accueil" : "File d'attente en caisse") : null, answers));
            campaigns.add(o);
            campaigns.flush();
            if (bad) {
                (atWelcome ? unwelcomed : queued).add(o.getId());
            }
        }
        String[][] words = {
            {"Personne ne m'a dit bonjour, je suis reparti.", "NPS", "2", "accueil"},
            {"Vingt minutes de queue à la caisse pour un article.", "NPS", "3", "caisse"},
            {"Conseillère très à l'écoute, merci !", "NPS", "10", "conseil"},
            {"Impossible de trouver un vendeur.", "CSAT", "1", "accueil"},
            {"Rapide et efficace.", "CSAT", "5", "caisse"},
            {"Le terminal de paiement ne marchait pas.", "CSAT", "2", "caisse"},
        };
        List<Long> verbatimIds = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            Verbatim v = new Verbatim(id, sample.get(i % sample.size()), LocalDate.now().minusDays(20 - i), Channel.STORE, words[i][0],
                    ScoreKind.valueOf(words[i][1]), Integer.parseInt(words[i][2]), words[i][3], null);
            campaigns.add(v);
            campaigns.flush();
            verbatimIds.add(v.getId());
        }
        Friction noWelcome = new Friction(id);
        noWelcome.apply(new FrictionDraft(welcome.id(), Cause.RELATIONAL, "Client non salué à l'entrée",
                "Aux heures de pointe, personne ne prend en charge les clients qui entrent.", 4, unwelcomed,
                List.of(verbatimIds.get(0), verbatimIds.get(3)), List.of("WAIT_TIME", "NPS", "CONVERSION")));
        Friction queue = new Friction(id);
        queue.apply(new FrictionDraft(checkout.id(), Cause.TECHNICAL, "Attente en caisse", "Une seule caisse ouverte, terminal en panne.",
                3, queued, List.of(verbatimIds.get(1), verbatimIds.get(5)), List.of("WAIT_TIME", "CSAT")));
        campaigns.add(noWelcome);
        campaigns.add(queue);
        campaigns.flush();
        Determinant staffing = new Determinant(id);
        staffing.apply(new DeterminantDraft(DeterminantKind.STAFFING, "Les plannings ne couvrent pas l'accueil entre 12 h et 14 h.",
                List.of(noWelcome.getId(), queue.getId())));
        campaigns.add(staffing);
        Stake stake = new Stake(id);
        stake.apply(new StakeDraft("Prendre en charge chaque client dès son arrivée", "Accueil et caisse aux heures de pointe.", 1,
                List.of(noWelcome.getId(), queue.getId())));
        campaigns.add(stake);
        campaigns.flush();
        audit.record("Campaign", id, "CREATE", AuditDetail.of("audit.detail.demoCampaign"));
    }
}
