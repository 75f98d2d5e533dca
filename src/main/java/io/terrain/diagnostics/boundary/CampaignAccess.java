package io.terrain.diagnostics.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.diagnostics.api.CampaignStatus;
import io.terrain.diagnostics.api.CampaignSummary;
import io.terrain.diagnostics.api.JourneySummary;
import io.terrain.diagnostics.api.SampleCoverage;
import io.terrain.diagnostics.control.CampaignStore;
import io.terrain.diagnostics.control.JourneyStore;
import io.terrain.diagnostics.control.Representativeness;
import io.terrain.diagnostics.entity.Campaign;
import io.terrain.diagnostics.entity.Journey;
import io.terrain.diagnostics.entity.Step;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Where the diagnostics' scope rule lives, shared by its facades (it starts no transaction of its
 * own: it runs in theirs): administrators and executives see every campaign (executives only
 * read); observers — coaches and program managers — see only the campaigns they are part of (a
 * program manager who opens a campaign is part of it), and record observations, site contexts,
 * verbatims and findings there; program managers also run the campaign (sample, stakes,
 * aspiration). A campaign outside the caller's scope answers "not found", and the attempt is logged.
 */
@ApplicationScoped
class CampaignAccess {

    private static final Logger LOG = Logger.getLogger(CampaignAccess.class.getName());

    @Inject
    CampaignStore campaigns;

    @Inject
    JourneyStore journeys;

    @Inject
    Network network;

    @Inject
    UsersFacade users;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    public boolean seesAll() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.EXECUTIVE) || currentUser.isSystemTask();
    }

    public long myId() {
        return users.me().id();
    }

    /** The campaign if the caller may see it; otherwise "not found", and the attempt is logged. */
    public Campaign visible(long id) {
        Campaign campaign = campaigns.byId(id).orElseThrow(() -> new NotFound("Campaign", id));
        if (!seesAll() && !campaign.getMemberIds().contains(myId())) {
            LOG.warning(() -> "Refused campaign " + id + " to " + currentUser.username() + " (not an observer of it)");
            throw new NotFound("Campaign", id);
        }
        return campaign;
    }

    /** A campaign the caller may record in: observers and managers, while it is not closed; executives read only. */
    public Campaign forRecording(long id) {
        Campaign campaign = visible(id);
        boolean manager = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER);
        if (!manager && !campaign.getMemberIds().contains(myId())) {
            LOG.warning(() -> "Refused recording in campaign " + id + " to " + currentUser.username());
            throw new io.terrain.platform.security.AccessDenied();
        }
        if (campaign.getStatus() == CampaignStatus.CLOSED) {
            throw new InvalidInput(Problem.of("status", "campaign.closed"));
        }
        return campaign;
    }

    public Campaign forEdit(long id, long expectedVersion) {
        Campaign campaign = visible(id);
        if (campaign.getVersion() != expectedVersion) {
            throw new EditConflict("Campaign", id);
        }
        return campaign;
    }

    public CampaignSummary saved(Campaign campaign, String action, AuditDetail details) {
        flushOrConflict("Campaign", campaign.getId());
        audit.record("Campaign", campaign.getId(), action, details);
        return campaign.summary();
    }

    public void flushOrConflict(String what, Object id) {
        try {
            campaigns.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict(what, id);
        }
    }

    /** The coverage of a set of sites: how well they reflect the network's regions and kinds. */
    public SampleCoverage coverage(Set<Long> siteIds) {
        Map<Long, String> regionNames = network.orgUnits().stream().filter(u -> u.level() == OrgLevel.REGION)
                .collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
        return Representativeness.of(network.sitePlacements(), siteIds, regionNames);
    }

    /** Step id → step, for every step of the journeys the campaign covers. */
    public Map<Long, JourneySummary.Step> campaignSteps(Campaign campaign) {
        Map<Long, JourneySummary.Step> steps = new HashMap<>();
        for (Long journeyId : campaign.getJourneyIds()) {
            journeys.byId(journeyId).ifPresent(j -> j.summary().steps().forEach(s -> steps.put(s.id(), s)));
        }
        return steps;
    }

    /** Names of steps and journeys come in the caller's own language (English for Terrain's own tasks). */
    public Locale locale() {
        if (!currentUser.isSignedIn()) {
            return Locale.ENGLISH;
        }
        String language = users.me().language();
        return language != null && language.startsWith("fr") ? Locale.FRENCH : Locale.ENGLISH;
    }

    public Map<Long, String> stepNames() {
        Map<Long, String> names = new HashMap<>();
        stepAndJourneyNames().forEach((id, n) -> names.put(id, n[0]));
        return names;
    }

    /** Step id → {step name, journey name} in the caller's language. */
    public Map<Long, String[]> stepAndJourneyNames() {
        Locale locale = locale();
        Map<Long, String[]> names = new HashMap<>();
        for (Journey j : journeys.all()) {
            JourneySummary s = j.summary();
            s.steps().forEach(step -> names.put(step.id(), new String[] {step.name(locale), s.name(locale)}));
        }
        return names;
    }

    public Map<Long, String> siteNames(Set<Long> ids) {
        return network.sitesByIds(ids).stream().collect(Collectors.toMap(SiteSummary::id, SiteSummary::name));
    }
}
