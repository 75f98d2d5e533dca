package io.terrain.diagnostics.boundary;

import io.terrain.diagnostics.api.JourneyDraft;
import io.terrain.diagnostics.api.JourneySummary;
import io.terrain.diagnostics.control.DiagnosticsRules;
import io.terrain.diagnostics.control.JourneyStore;
import io.terrain.diagnostics.entity.Criterion;
import io.terrain.diagnostics.entity.Journey;
import io.terrain.diagnostics.entity.Step;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Customer journeys, their steps and the observation grid of each step, in French and English. */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH})
public class JourneysFacade {

    @Inject
    JourneyStore journeys;

    @Inject
    AuditTrail audit;

    @Inject
    CampaignAccess access;

    // ---- journeys ----

    public List<JourneySummary> journeys() {
        return journeys.all().stream().map(Journey::summary).toList();
    }

    /** The journeys a campaign covers, with their steps and grids: what the observation form offers. */
    public List<JourneySummary> campaignJourneys(long campaignId) {
        Set<Long> ids = access.visible(campaignId).getJourneyIds();
        return journeys.all().stream().filter(j -> ids.contains(j.getId())).map(Journey::summary).toList();
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public JourneySummary createJourney(JourneyDraft draft) {
        List<Problem> problems = new ArrayList<>(DiagnosticsRules.check(draft, true));
        if (draft.code() != null && journeys.byCode(draft.code()).isPresent()) {
            problems.add(Problem.of("code", "journey.code.taken", draft.code()));
        }
        InvalidInput.ifAny(problems);
        Journey journey = new Journey(draft.code());
        applySteps(journey, draft);
        journeys.add(journey);
        journeys.flush();
        audit.record("Journey", journey.getId(), "CREATE", draft.code());
        return journey.summary();
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public JourneySummary updateJourney(long id, long expectedVersion, JourneyDraft draft) {
        Journey journey = journeys.byId(id).orElseThrow(() -> new NotFound("Journey", id));
        if (journey.getVersion() != expectedVersion) {
            throw new EditConflict("Journey", id);
        }
        List<Problem> problems = new ArrayList<>(DiagnosticsRules.check(draft, false));
        Set<Long> kept = draft.steps() == null ? Set.of() : draft.steps().stream().map(JourneyDraft.Step::id)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Set<Long> keptCriteria = draft.steps() == null ? Set.of() : draft.steps().stream()
                .flatMap(st -> st.criteria() == null ? java.util.stream.Stream.empty() : st.criteria().stream())
                .map(JourneyDraft.Criterion::id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        for (Step step : journey.getSteps()) {
            if (!kept.contains(step.getId()) && journeys.stepInUse(step.getId())) {
                problems.add(Problem.of("steps", "journey.step.inUse", step.summary().nameEn()));
            }
            for (Criterion criterion : step.getCriteria()) {
                if (!keptCriteria.contains(criterion.getId()) && journeys.criterionInUse(criterion.getId())) {
                    problems.add(Problem.of("steps", "journey.criterion.inUse", criterion.getLabelEn()));
                }
            }
        }
        InvalidInput.ifAny(problems);
        applySteps(journey, draft);
        journeys.touch(journey);
        try {
            journeys.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("Journey", id);
        }
        audit.record("Journey", id, "UPDATE", journey.getCode());
        return journey.summary();
    }

    private static void applySteps(Journey journey, JourneyDraft draft) {
        journey.rename(draft.nameFr(), draft.nameEn(), draft.channel());
        Map<Long, Step> existing = journey.getSteps().stream().collect(Collectors.toMap(Step::getId, Function.identity()));
        List<Step> ordered = new ArrayList<>();
        int position = 1;
        for (JourneyDraft.Step s : draft.steps()) {
            Step step = s.id() != null && existing.containsKey(s.id()) ? existing.get(s.id()) : new Step(journey);
            step.update(position++, s.nameFr(), s.nameEn(), s.moment(), s.interaction());
            Map<Long, Criterion> criteria = step.getCriteria().stream().filter(c -> c.getId() != null)
                    .collect(Collectors.toMap(Criterion::getId, Function.identity()));
            List<Criterion> orderedCriteria = new ArrayList<>();
            int at = 1;
            for (JourneyDraft.Criterion c : s.criteria() == null ? List.<JourneyDraft.Criterion>of() : s.criteria()) {
                Criterion criterion = c.id() != null && criteria.containsKey(c.id()) ? criteria.get(c.id()) : new Criterion(step);
                criterion.update(at++, c.labelFr(), c.labelEn(), c.kind());
                orderedCriteria.add(criterion);
            }
            step.getCriteria().clear();
            step.getCriteria().addAll(orderedCriteria);
            ordered.add(step);
        }
        journey.getSteps().clear();
        journey.getSteps().addAll(ordered);
    }
}
