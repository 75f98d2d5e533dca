package io.terrain.diagnostics.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.diagnostics.api.AspirationDraft;
import io.terrain.diagnostics.api.CampaignDraft;
import io.terrain.diagnostics.api.CampaignSummary;
import io.terrain.diagnostics.api.SampleCoverage;
import io.terrain.diagnostics.control.CampaignStore;
import io.terrain.diagnostics.control.DiagnosticsRules;
import io.terrain.diagnostics.control.JourneyStore;
import io.terrain.diagnostics.control.StratifiedSampler;
import io.terrain.diagnostics.entity.Campaign;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.network.api.Network;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Campaigns and their samples: opening and changing a campaign, its observers, the service aspiration
 * agreed with the teams, a stratified sample proposed then saved, and how well it reflects the
 * network. Who sees which campaign is {@link CampaignAccess}'s rule.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH})
public class CampaignsFacade {

    @Inject
    CampaignStore campaigns;

    @Inject
    JourneyStore journeys;

    @Inject
    Network network;

    @Inject
    Indicators indicators;

    @Inject
    UsersFacade users;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    CampaignAccess access;

    // ---- campaigns ----

    /** The campaigns the caller may see, newest first. */
    public List<CampaignSummary> campaigns() {
        List<Campaign> visible = access.seesAll() ? campaigns.all() : campaigns.withMember(access.myId());
        return visible.stream().map(Campaign::summary).toList();
    }

    public CampaignSummary campaign(long id) {
        return access.visible(id).summary();
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public CampaignSummary createCampaign(CampaignDraft draft) {
        List<Problem> problems = new ArrayList<>(DiagnosticsRules.check(draft));
        checkJourneysAndMembers(draft, problems);
        InvalidInput.ifAny(problems);
        Campaign campaign = new Campaign(draft);
        if (currentUser.hasRole(Role.PROGRAM_MANAGER)) {
            campaign.getMemberIds().add(access.myId()); // whoever opens a campaign is part of it
        }
        campaigns.add(campaign);
        campaigns.flush();
        audit.record("Campaign", campaign.getId(), "CREATE", draft.name());
        return campaign.summary();
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public CampaignSummary updateCampaign(long id, long expectedVersion, CampaignDraft draft) {
        Campaign campaign = access.forEdit(id, expectedVersion);
        List<Problem> problems = new ArrayList<>(DiagnosticsRules.check(draft));
        checkJourneysAndMembers(draft, problems);
        InvalidInput.ifAny(problems);
        campaign.apply(draft);
        return access.saved(campaign, "UPDATE", AuditDetail.of("audit.detail.nameStatus", draft.name(), AuditDetail.term("campaign.status." + campaign.getStatus())));
    }

    private void checkJourneysAndMembers(CampaignDraft draft, List<Problem> problems) {
        for (Long journeyId : draft.journeyIds() == null ? List.<Long>of() : draft.journeyIds()) {
            if (journeys.byId(journeyId).isEmpty()) {
                problems.add(Problem.of("journeyIds", "journey.unknown", journeyId));
            }
        }
        Set<Long> observers = observers().stream().map(o -> o.id()).collect(Collectors.toSet());
        for (Long userId : draft.memberIds() == null ? List.<Long>of() : draft.memberIds()) {
            if (!observers.contains(userId)) {
                problems.add(Problem.of("memberIds", "campaign.member.notObserver", userId));
            }
        }
    }

    /** Who may observe in a campaign: active coaches and program managers. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
    public List<io.terrain.platform.api.UserSummary> observers() {
        return users.withAnyRole(Set.of(Role.COACH, Role.PROGRAM_MANAGER));
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public CampaignSummary agreeAspiration(long id, long expectedVersion, AspirationDraft draft) {
        Campaign campaign = access.forEdit(id, expectedVersion);
        InvalidInput.ifAny(DiagnosticsRules.check(draft));
        campaign.agree(draft);
        return access.saved(campaign, "ASPIRATION", AuditDetail.of("audit.detail.agreed", draft.agreedBy(), draft.agreedOn()));
    }

    // ---- sample ----

    /** The campaign's sample, by site name. */
    public List<SiteSummary> sample(long campaignId) {
        return network.sitesByIds(access.visible(campaignId).getSiteIds());
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
    public SampleCoverage coverage(long campaignId) {
        return access.coverage(access.visible(campaignId).getSiteIds());
    }

    /** The coverage a sample would have, before saving it. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public SampleCoverage coverageOf(Set<Long> siteIds) {
        return access.coverage(siteIds);
    }

    /** A stratified random sample of this size (not saved: the manager looks, edits, then saves). */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public List<SiteSummary> proposeSample(long campaignId, int size, long seed) {
        access.visible(campaignId);
        if (size < 1 || size > 5_000) {
            throw new InvalidInput(Problem.of("size", "sample.size.range", 5_000));
        }
        return network.sitesByIds(StratifiedSampler.draw(network.sitePlacements(), size, new Random(seed)));
    }

    /** A site's id from its code, or null: to add one site to a sample by hand. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public Long siteIdByCode(String code) {
        return network.siteByCode(code).map(s -> s.id()).orElse(null);
    }

    /** The KPI codes a friction point may name. */
    public List<String> kpiCodes() {
        return indicators.kpis().stream().map(KpiSummary::code).toList();
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public CampaignSummary saveSample(long campaignId, long expectedVersion, List<Long> siteIds) {
        Campaign campaign = access.forEdit(campaignId, expectedVersion);
        Set<Long> known = network.sitePlacements().stream().map(SitePlacement::siteId).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        for (Long id : siteIds) {
            if (!known.contains(id)) {
                problems.add(Problem.of("siteIds", "site.unknown", id));
            }
        }
        InvalidInput.ifAny(problems);
        campaign.replaceSample(siteIds);
        // The sample is part of the campaign: a concurrent change of it must bump the version too.
        campaigns.flush();
        return access.saved(campaign, "SAMPLE", AuditDetail.of("audit.detail.sites", siteIds.size()));
    }
}
