package io.terrain.dashboards.boundary;

import io.terrain.dashboards.api.FeedbackImportReport;
import io.terrain.indicators.api.ImportMode;
import io.terrain.indicators.api.Indicators;
import io.terrain.network.api.Network;
import io.terrain.network.api.SitePlacement;
import io.terrain.platform.api.Progress;
import io.terrain.platform.persistence.DemoDataWanted;
import io.terrain.platform.security.SystemTask;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Two weeks of customers' feedback for every demo site (a few responses a day, most of them content, some not, with
 * their words), imported as a survey tool would send it, so that each site's day and the sites' CSAT and NPS of those
 * weeks show something; and three months of the teams' eNPS, for the symmetry of attentions. Seeded after the rollout
 * (it reads the network only).
 */
@ApplicationScoped
public class DemoFeedback {

    private static final Logger LOG = Logger.getLogger(DemoFeedback.class.getName());

    private static final String[][] WORDS = {
            {"Attente", "Trop d'attente à l'accueil, personne pour nous orienter."},
            {"Attente", "Vingt minutes avant d'être reçu, sans explication."},
            {"Accueil", "Accueillie dès l'entrée, on m'a dit combien de temps attendre : parfait."},
            {"Accueil", "Conseiller souriant et disponible."},
            {"Conseil", "On m'a proposé une solution adaptée, merci."},
            {"Conseil", "Le conseiller ne connaissait pas l'offre dont je parlais."},
            {"Disponibilité", "Produit annoncé en ligne mais absent en magasin."},
            {"Prix", "Tarif plus élevé qu'annoncé au téléphone."}};
    private static final String[] CHANNELS = {"STORE", "STORE", "STORE", "PHONE", "WEB", "CHAT"};

    @Inject
    FeedbackFacade feedback;

    @Inject
    Network network;

    @Inject
    Indicators indicators;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) DemoDataWanted event) {
        try {
            SystemTask.call(() -> {
                if (feedback.list(null, LocalDate.now().minusYears(1), LocalDate.now(), null, 0, 1).total() == 0) {
                    create();
                }
                return null;
            });
        } catch (RuntimeException e) {
            // Demo data is a convenience: the application starts without it.
            LOG.log(Level.WARNING, "The demo feedback could not be made: " + e.getMessage(), e);
        }
    }

    /**
     * The teams' monthly engagement survey (eNPS from ten answers a site) for the three months before this one, the
     * less lucky sites' teams less engaged: what the dashboard's symmetry of attentions reads beside CSAT.
     */
    private void importEmployeeSurveys(List<SitePlacement> sites, Random random, LocalDate today) {
        StringBuilder csv = new StringBuilder("site_code,kpi_code,period_start,value,promoters,passives,detractors,sample_size,source\n");
        LocalDate thisMonth = today.withDayOfMonth(1);
        for (SitePlacement site : sites) {
            int luck = Math.floorMod(site.code().hashCode(), 12);
            for (int m = 3; m >= 1; m--) {
                int detractors = Math.min(10, luck / 3 + random.nextInt(3));
                int promoters = Math.max(0, Math.min(10 - detractors, 7 - luck / 2 + random.nextInt(3)));
                csv.append(site.code()).append(",ENPS,").append(thisMonth.minusMonths(m)).append(",,").append(promoters).append(',')
                        .append(10 - promoters - detractors).append(',').append(detractors).append(",10,demo survey\n");
            }
        }
        try {
            Path file = Files.createTempFile("terrain-demo-enps-", ".csv");
            try {
                Files.writeString(file, csv, StandardCharsets.UTF_8);
                indicators.importMeasurements(file, "demo-enps.csv", ImportMode.ALL_OR_NOTHING, false, new Progress());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing the demo survey failed", e);
        }
    }

    private void create() {
        Random random = new Random(13);
        LocalDate today = LocalDate.now();
        StringBuilder csv = new StringBuilder("response_id,site_code,responded_on,channel,contact_reason,csat,recommend,verbatim,category\n");
        List<SitePlacement> sites = network.sitePlacements().stream().sorted(Comparator.comparing(SitePlacement::code)).toList();
        int n = 0;
        for (SitePlacement site : sites) {
            for (int day = 13; day >= 0; day--) {
                int responses = random.nextInt(3);
                for (int r = 0; r < responses; r++) {
                    // Most customers content; a site's luck varies with its code, so that some sites have more to treat.
                    boolean unhappy = random.nextInt(100) < 12 + Math.floorMod(site.code().hashCode(), 12);
                    int csat = unhappy ? 1 + random.nextInt(2) : 3 + random.nextInt(3);
                    int recommend = unhappy ? random.nextInt(7) : 6 + random.nextInt(5);
                    String[] words = WORDS[unhappy ? (random.nextBoolean() ? 0 : 1 + 4 * random.nextInt(2)) : 2 + random.nextInt(3)];
                    boolean said = random.nextInt(3) > 0;
                    csv.append("DEMO-").append(++n).append(',').append(site.code()).append(',').append(today.minusDays(day)).append(',')
                            .append(CHANNELS[random.nextInt(CHANNELS.length)]).append(",Demande d'information,").append(csat).append(',')
                            .append(recommend).append(',').append(said ? "\"" + words[1] + "\"" : "").append(',').append(said ? words[0] : "")
                            .append('\n');
                }
            }
        }
        importEmployeeSurveys(sites, random, today);
        try {
            Path file = Files.createTempFile("terrain-demo-feedback-", ".csv");
            try {
                Files.writeString(file, csv, StandardCharsets.UTF_8);
                FeedbackImportReport report = feedback.importFeedback(file, "demo-feedback.csv", false, ImportMode.ALL_OR_NOTHING, false);
                LOG.info(() -> "Demo feedback: " + report.added() + " responses, " + report.siteWeeksMeasured() + " site-weeks measured");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing the demo feedback failed", e);
        }
    }
}
