package io.terrain.diagnostics.boundary;

import io.terrain.diagnostics.api.CampaignSummary;
import io.terrain.diagnostics.api.Cause;
import io.terrain.diagnostics.api.DeterminantKind;
import io.terrain.diagnostics.api.DeterminantSummary;
import io.terrain.diagnostics.api.DiagnosticReport;
import io.terrain.diagnostics.api.Diagnostics;
import io.terrain.diagnostics.api.FrictionSummary;
import io.terrain.diagnostics.api.StakeSummary;
import io.terrain.diagnostics.control.CampaignStore;
import io.terrain.diagnostics.entity.Campaign;
import io.terrain.diagnostics.entity.Verbatim;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The diagnostic report of a campaign, and what other modules may ask of the diagnostics
 * ({@link Diagnostics}: the campaigns one sees, a campaign's stakes). The diagnostics' other use
 * cases have their own facades: campaigns and samples, journeys, fieldwork, verbatims, findings.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH})
public class DiagnosticsFacade implements Diagnostics {

    @Inject
    CampaignsFacade campaigns;

    @Inject
    FindingsFacade findings;

    @Inject
    CampaignStore store;

    @Inject
    CurrentUser currentUser;

    @Inject
    CampaignAccess access;

    @Override
    public List<CampaignSummary> campaigns() {
        return campaigns.campaigns();
    }

    @Override
    public List<StakeSummary> stakes(long campaignId) {
        return findings.stakes(campaignId);
    }

    // ---- report ----

    public DiagnosticReport report(long campaignId) {
        Campaign campaign = access.visible(campaignId);
        List<FrictionSummary> frictions = findings.pareto(campaignId);
        Map<Cause, Integer> byCause = new EnumMap<>(Cause.class);
        for (Cause c : Cause.values()) {
            byCause.put(c, 0);
        }
        Map<String, Integer> byStep = new LinkedHashMap<>();
        for (FrictionSummary f : frictions) {
            byCause.merge(f.cause(), 1, Integer::sum);
            byStep.merge(f.journeyName() + " › " + f.stepName(), 1, Integer::sum);
        }
        List<DeterminantSummary> determinants = findings.determinants(campaignId);
        Map<DeterminantKind, Integer> byKind = new EnumMap<>(DeterminantKind.class);
        for (DeterminantKind k : DeterminantKind.values()) {
            byKind.put(k, 0);
        }
        determinants.forEach(d -> byKind.merge(d.kind(), 1, Integer::sum));
        Map<String, Integer> scores = new TreeMap<>();
        List<Verbatim> verbatims = store.allVerbatims(campaignId);
        for (Verbatim v : verbatims) {
            if (v.getScoreKind() != null) {
                scores.merge(v.getScoreKind().name() + " " + (v.getScore() < 10 ? "0" : "") + v.getScore(), 1, Integer::sum);
            }
        }
        boolean seesCoverage = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER)
                || currentUser.hasRole(Role.EXECUTIVE);
        return new DiagnosticReport(campaign.summary(), seesCoverage ? access.coverage(campaign.getSiteIds()) : null,
                (int) store.observationCount(campaignId), verbatims.size(), byCause, byStep, byKind, scores, frictions,
                determinants, findings.stakes(campaignId));
    }
}
