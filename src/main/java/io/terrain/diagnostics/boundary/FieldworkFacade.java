package io.terrain.diagnostics.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.diagnostics.api.ObservationDraft;
import io.terrain.diagnostics.api.ObservationSummary;
import io.terrain.diagnostics.api.SiteContextDraft;
import io.terrain.diagnostics.api.SiteContextSummary;
import io.terrain.diagnostics.control.CampaignStore;
import io.terrain.diagnostics.control.DiagnosticsRules;
import io.terrain.diagnostics.entity.Campaign;
import io.terrain.diagnostics.entity.Observation;
import io.terrain.diagnostics.entity.SiteContext;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What observers record on site: observations along the journeys (once per UUID, whatever the
 * phone resends) and each site's context of the day.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH})
public class FieldworkFacade {

    @Inject
    CampaignStore campaigns;

    @Inject
    AuditTrail audit;

    @Inject
    CampaignAccess access;

    // ---- observations and site contexts ----

    /**
     * Records an observation once. The same UUID sent again with the same content returns the stored
     * observation (the phone did not hear the first answer); with other content it is refused.
     *
     * @return the observation, and whether this call created it
     */
    public Recorded<ObservationSummary> recordObservation(long campaignId, ObservationDraft draft) {
        Campaign campaign = access.forRecording(campaignId);
        if (draft.uuid() != null) {
            var earlier = campaigns.observationByUuid(draft.uuid());
            if (earlier.isPresent()) {
                Observation o = earlier.get();
                if (o.getCampaignId() == campaignId && o.getObserverId() == access.myId() && o.sameAs(campaignId, draft)) {
                    return new Recorded<>(summary(o, access.siteNames(Set.of(o.getSiteId())), access.stepNames()), false);
                }
                throw new EditConflict("Observation", draft.uuid(), "observation.uuid.reused");
            }
        }
        InvalidInput.ifAny(DiagnosticsRules.check(draft, campaign.getSiteIds(), access.campaignSteps(campaign)));
        Observation observation = new Observation(campaignId, access.myId(), draft);
        campaigns.add(observation);
        campaigns.flush();
        audit.record("Observation", observation.getId(), "CREATE", AuditDetail.of("audit.detail.observation", String.valueOf(campaignId),
                String.valueOf(draft.siteId())));
        return new Recorded<>(summary(observation, access.siteNames(Set.of(observation.getSiteId())), access.stepNames()), true);
    }

    public record Recorded<T>(T value, boolean created) {
    }

    public List<ObservationSummary> observations(long campaignId) {
        access.visible(campaignId);
        List<Observation> all = campaigns.observations(campaignId);
        Map<Long, String> sites = access.siteNames(all.stream().map(Observation::getSiteId).collect(Collectors.toSet()));
        Map<Long, String> steps = access.stepNames();
        return all.stream().map(o -> summary(o, sites, steps)).toList();
    }

    private ObservationSummary summary(Observation o, Map<Long, String> sites, Map<Long, String> steps) {
        return new ObservationSummary(o.getId(), o.getUuid(), o.getCampaignId(), o.getSiteId(), sites.getOrDefault(o.getSiteId(), "?"),
                o.getStepId(), steps.getOrDefault(o.getStepId(), "?"), o.getObservedAt(), o.getObserverId(), o.getNote(),
                o.answerDrafts());
    }

    public SiteContextSummary saveContext(long campaignId, SiteContextDraft draft) {
        Campaign campaign = access.forRecording(campaignId);
        InvalidInput.ifAny(DiagnosticsRules.check(draft, campaign.getSiteIds()));
        Optional<SiteContext> existing = campaigns.context(campaignId, draft.siteId(), draft.observedOn());
        if (existing.isPresent() && (draft.version() == null || draft.version() != existing.get().getVersion())) {
            // Someone recorded this site's context for the day first: the caller must read it before changing it.
            throw new EditConflict("SiteContext", existing.get().getId());
        }
        SiteContext context = existing.orElseGet(() -> {
            SiteContext created = new SiteContext(campaignId, draft.siteId(), draft.observedOn());
            campaigns.add(created);
            return created;
        });
        context.apply(access.myId(), draft);
        try {
            campaigns.flush();
        } catch (OptimisticLockException concurrentSave) {
            throw new EditConflict("SiteContext", context.getId());
        }
        return context.summary(access.siteNames(Set.of(draft.siteId())).get(draft.siteId()));
    }

    public List<SiteContextSummary> contexts(long campaignId) {
        access.visible(campaignId);
        List<SiteContext> all = campaigns.contexts(campaignId);
        Map<Long, String> sites = access.siteNames(all.stream().map(SiteContext::getSiteId).collect(Collectors.toSet()));
        return all.stream().map(c -> c.summary(sites.get(c.getSiteId()))).toList();
    }
}
