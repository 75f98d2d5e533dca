package io.terrain.diagnostics.boundary;

import io.terrain.diagnostics.api.AspirationDraft;
import io.terrain.diagnostics.api.CampaignDraft;
import io.terrain.diagnostics.api.CampaignStatus;
import io.terrain.diagnostics.api.CampaignSummary;
import io.terrain.diagnostics.api.Cause;
import io.terrain.diagnostics.api.DeterminantDraft;
import io.terrain.diagnostics.api.DeterminantKind;
import io.terrain.diagnostics.api.DeterminantSummary;
import io.terrain.diagnostics.api.DiagnosticReport;
import io.terrain.diagnostics.api.Diagnostics;
import io.terrain.diagnostics.api.FrictionDraft;
import io.terrain.diagnostics.api.FrictionSummary;
import io.terrain.diagnostics.api.JourneyDraft;
import io.terrain.diagnostics.api.JourneySummary;
import io.terrain.diagnostics.api.ObservationDraft;
import io.terrain.diagnostics.api.ObservationSummary;
import io.terrain.diagnostics.api.SampleCoverage;
import io.terrain.diagnostics.api.SiteContextDraft;
import io.terrain.diagnostics.api.SiteContextSummary;
import io.terrain.diagnostics.api.StakeDraft;
import io.terrain.diagnostics.api.StakeSummary;
import io.terrain.diagnostics.api.VerbatimDraft;
import io.terrain.diagnostics.api.VerbatimFilter;
import io.terrain.diagnostics.api.VerbatimImportReport;
import io.terrain.diagnostics.api.VerbatimSummary;
import io.terrain.diagnostics.control.CampaignStore;
import io.terrain.diagnostics.control.DiagnosticsRules;
import io.terrain.diagnostics.control.FrictionFrequency;
import io.terrain.diagnostics.control.JourneyStore;
import io.terrain.diagnostics.control.Representativeness;
import io.terrain.diagnostics.control.StratifiedSampler;
import io.terrain.diagnostics.control.VerbatimCsv;
import io.terrain.diagnostics.entity.Campaign;
import io.terrain.diagnostics.entity.Criterion;
import io.terrain.diagnostics.entity.Determinant;
import io.terrain.diagnostics.entity.Friction;
import io.terrain.diagnostics.entity.Journey;
import io.terrain.diagnostics.entity.Observation;
import io.terrain.diagnostics.entity.SiteContext;
import io.terrain.diagnostics.entity.Stake;
import io.terrain.diagnostics.entity.Step;
import io.terrain.diagnostics.entity.Verbatim;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Page;
import io.terrain.platform.api.Problem;
import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.csv.CsvUpload;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The diagnostics' transaction boundary, and where its scope rule lives: administrators and
 * executives see every campaign (executives only read); observers — coaches and program managers —
 * see only the campaigns they are part of (a program manager who opens a campaign is part of it),
 * and record observations, site contexts, verbatims and findings there; program managers also run
 * the campaign (sample, stakes, aspiration). A campaign outside the caller's scope answers "not
 * found", and the attempt is logged.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH})
public class DiagnosticsFacade implements Diagnostics {

    private static final Logger LOG = Logger.getLogger(DiagnosticsFacade.class.getName());
    public static final int MAX_PAGE = 200;
    private static final long MAX_IMPORT_BYTES = 50L * 1024 * 1024;

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

    @Resource
    TransactionSynchronizationRegistry transaction;

    // ---- campaigns ----

    @Override
    public List<CampaignSummary> campaigns() {
        List<Campaign> visible = seesAll() ? campaigns.all() : campaigns.withMember(myId());
        return visible.stream().map(Campaign::summary).toList();
    }

    public CampaignSummary campaign(long id) {
        return visible(id).summary();
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public CampaignSummary createCampaign(CampaignDraft draft) {
        List<Problem> problems = new ArrayList<>(DiagnosticsRules.check(draft));
        checkJourneysAndMembers(draft, problems);
        InvalidInput.ifAny(problems);
        Campaign campaign = new Campaign(draft);
        if (currentUser.hasRole(Role.PROGRAM_MANAGER)) {
            campaign.getMemberIds().add(myId()); // whoever opens a campaign is part of it
        }
        campaigns.add(campaign);
        campaigns.flush();
        audit.record("Campaign", campaign.getId(), "CREATE", draft.name());
        return campaign.summary();
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public CampaignSummary updateCampaign(long id, long expectedVersion, CampaignDraft draft) {
        Campaign campaign = forEdit(id, expectedVersion);
        List<Problem> problems = new ArrayList<>(DiagnosticsRules.check(draft));
        checkJourneysAndMembers(draft, problems);
        InvalidInput.ifAny(problems);
        campaign.apply(draft);
        return saved(campaign, "UPDATE", draft.name() + " " + campaign.getStatus());
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
        Campaign campaign = forEdit(id, expectedVersion);
        InvalidInput.ifAny(DiagnosticsRules.check(draft));
        campaign.agree(draft);
        return saved(campaign, "ASPIRATION", draft.agreedBy() + " " + draft.agreedOn());
    }

    // ---- sample ----

    /** The campaign's sample, by site name. */
    public List<SiteSummary> sample(long campaignId) {
        return network.sitesByIds(visible(campaignId).getSiteIds());
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
    public SampleCoverage coverage(long campaignId) {
        return coverageOf(visible(campaignId).getSiteIds());
    }

    /** The coverage a sample would have, before saving it. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public SampleCoverage coverageOf(Set<Long> siteIds) {
        Map<Long, String> regionNames = network.orgUnits().stream().filter(u -> u.level() == OrgLevel.REGION)
                .collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
        return Representativeness.of(network.sitePlacements(), siteIds, regionNames);
    }

    /** A stratified random sample of this size (not saved: the manager looks, edits, then saves). */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public List<SiteSummary> proposeSample(long campaignId, int size, long seed) {
        visible(campaignId);
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
        Campaign campaign = forEdit(campaignId, expectedVersion);
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
        return saved(campaign, "SAMPLE", siteIds.size() + " sites");
    }

    // ---- journeys ----

    public List<JourneySummary> journeys() {
        return journeys.all().stream().map(Journey::summary).toList();
    }

    /** The journeys a campaign covers, with their steps and grids: what the observation form offers. */
    public List<JourneySummary> campaignJourneys(long campaignId) {
        Set<Long> ids = visible(campaignId).getJourneyIds();
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

    // ---- observations and site contexts ----

    /**
     * Records an observation once. The same UUID sent again with the same content returns the stored
     * observation (the phone did not hear the first answer); with other content it is refused.
     *
     * @return the observation, and whether this call created it
     */
    public Recorded<ObservationSummary> recordObservation(long campaignId, ObservationDraft draft) {
        Campaign campaign = forRecording(campaignId);
        if (draft.uuid() != null) {
            var earlier = campaigns.observationByUuid(draft.uuid());
            if (earlier.isPresent()) {
                Observation o = earlier.get();
                if (o.getCampaignId() == campaignId && o.getObserverId() == myId() && o.sameAs(campaignId, draft)) {
                    return new Recorded<>(summary(o, siteNames(Set.of(o.getSiteId())), stepNames()), false);
                }
                throw new EditConflict("Observation", draft.uuid(), "observation.uuid.reused");
            }
        }
        InvalidInput.ifAny(DiagnosticsRules.check(draft, campaign.getSiteIds(), campaignSteps(campaign)));
        Observation observation = new Observation(campaignId, myId(), draft);
        campaigns.add(observation);
        campaigns.flush();
        audit.record("Observation", observation.getId(), "CREATE", "campaign " + campaignId + ", site " + draft.siteId());
        return new Recorded<>(summary(observation, siteNames(Set.of(observation.getSiteId())), stepNames()), true);
    }

    public record Recorded<T>(T value, boolean created) {
    }

    public List<ObservationSummary> observations(long campaignId) {
        visible(campaignId);
        List<Observation> all = campaigns.observations(campaignId);
        Map<Long, String> sites = siteNames(all.stream().map(Observation::getSiteId).collect(Collectors.toSet()));
        Map<Long, String> steps = stepNames();
        return all.stream().map(o -> summary(o, sites, steps)).toList();
    }

    private ObservationSummary summary(Observation o, Map<Long, String> sites, Map<Long, String> steps) {
        return new ObservationSummary(o.getId(), o.getUuid(), o.getCampaignId(), o.getSiteId(), sites.getOrDefault(o.getSiteId(), "?"),
                o.getStepId(), steps.getOrDefault(o.getStepId(), "?"), o.getObservedAt(), o.getObserverId(), o.getNote(),
                o.answerDrafts());
    }

    public SiteContextSummary saveContext(long campaignId, SiteContextDraft draft) {
        Campaign campaign = forRecording(campaignId);
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
        context.apply(myId(), draft);
        try {
            campaigns.flush();
        } catch (OptimisticLockException concurrentSave) {
            throw new EditConflict("SiteContext", context.getId());
        }
        return context.summary(siteNames(Set.of(draft.siteId())).get(draft.siteId()));
    }

    public List<SiteContextSummary> contexts(long campaignId) {
        visible(campaignId);
        List<SiteContext> all = campaigns.contexts(campaignId);
        Map<Long, String> sites = siteNames(all.stream().map(SiteContext::getSiteId).collect(Collectors.toSet()));
        return all.stream().map(c -> c.summary(sites.get(c.getSiteId()))).toList();
    }

    // ---- verbatims ----

    public Page<VerbatimSummary> verbatims(long campaignId, VerbatimFilter filter, int offset, int limit) {
        visible(campaignId);
        VerbatimFilter f = filter == null ? VerbatimFilter.all() : filter;
        int from = Math.max(0, offset);
        int size = Math.min(Math.max(1, limit), MAX_PAGE);
        List<Verbatim> rows = campaigns.verbatims(campaignId, f, from, size);
        return new Page<>(verbatimSummaries(rows), campaigns.verbatimCount(campaignId, f), from, size);
    }

    private List<VerbatimSummary> verbatimSummaries(List<Verbatim> rows) {
        Map<Long, SiteSummary> sites = network.sitesByIds(rows.stream().map(Verbatim::getSiteId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(SiteSummary::id, Function.identity()));
        return rows.stream().map(v -> {
            SiteSummary s = sites.get(v.getSiteId());
            return v.summary(s == null ? "?" : s.code(), s == null ? "?" : s.name());
        }).toList();
    }

    public VerbatimSummary addVerbatim(long campaignId, VerbatimDraft draft) {
        Campaign campaign = forRecording(campaignId);
        List<Problem> problems = new ArrayList<>();
        Long siteId = null;
        if (draft.siteCode() == null || draft.siteCode().isBlank()) {
            problems.add(Problem.of("siteCode", "field.required"));
        } else {
            siteId = network.sitesByIds(campaign.getSiteIds()).stream().filter(s -> s.code().equals(draft.siteCode().strip()))
                    .map(SiteSummary::id).findFirst().orElse(null);
            if (siteId == null) {
                problems.add(Problem.of("siteCode", "verbatim.site.notInSample", draft.siteCode()));
            }
        }
        if (draft.receivedOn() == null) {
            problems.add(Problem.of("receivedOn", "field.required"));
        }
        if (draft.channel() == null) {
            problems.add(Problem.of("channel", "field.required"));
        }
        if (draft.text() == null || draft.text().isBlank()) {
            problems.add(Problem.of("text", "verbatim.text.empty"));
        } else if (draft.text().strip().length() > 4000) {
            problems.add(Problem.of("text", "field.tooLong", 4000));
        }
        if ((draft.scoreKind() == null) != (draft.score() == null)) {
            problems.add(Problem.of("score", "verbatim.score.kindAndValue"));
        } else if (draft.score() != null && (draft.score() < draft.scoreKind().min || draft.score() > draft.scoreKind().max)) {
            problems.add(Problem.of("score", "verbatim.score.range", draft.score(), draft.scoreKind().min, draft.scoreKind().max));
        }
        if (draft.stepId() != null && !campaignSteps(campaign).containsKey(draft.stepId())) {
            problems.add(Problem.of("stepId", "observation.step.notInCampaign", draft.stepId()));
        }
        if (draft.category() != null && draft.category().strip().length() > 64) {
            problems.add(Problem.of("category", "field.tooLong", 64));
        }
        InvalidInput.ifAny(problems);
        Verbatim verbatim = new Verbatim(campaignId, siteId, draft.receivedOn(), draft.channel(), draft.text().strip(),
                draft.scoreKind(), draft.score(), draft.category() == null || draft.category().isBlank() ? null : draft.category().strip(),
                draft.stepId());
        campaigns.add(verbatim);
        campaigns.flush();
        return verbatimSummaries(List.of(verbatim)).get(0);
    }

    /**
     * Imports a verbatim CSV, all or nothing: with any rejected row nothing is written and the report
     * lists every rejected row. Sites are looked up in the whole network, so that customers' words
     * about a site outside the sample are kept too.
     */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public VerbatimImportReport importVerbatims(long campaignId, Path file, String fileName, boolean dryRun) {
        forRecording(campaignId);
        Map<String, Long> siteIds = new HashMap<>();
        network.sitePlacements().forEach(p -> siteIds.put(p.code(), p.siteId()));
        List<Problem> problems = new ArrayList<>();
        List<VerbatimCsv.Parsed> parsed = new ArrayList<>();
        long[] rows = new long[2]; // read, rejected
        new CsvUpload(VerbatimCsv.REQUIRED, VerbatimCsv.OPTIONAL, MAX_IMPORT_BYTES).read(file, fileName, bytes -> { }, row -> {
            rows[0]++;
            int before = problems.size();
            VerbatimCsv.Parsed p = VerbatimCsv.parse(row, siteIds, problems);
            if (p == null || problems.size() > before) {
                rows[1]++;
            } else {
                parsed.add(p);
            }
        }, problems);
        long shapeRejected = CsvUpload.malformedRows(problems);
        long rejected = Math.max(rows[1], problems.stream().map(Problem::line).distinct().count());
        long read = rows[0] + shapeRejected;
        boolean applied = !dryRun && problems.isEmpty() && !parsed.isEmpty();
        if (applied) {
            for (VerbatimCsv.Parsed p : parsed) {
                campaigns.add(new Verbatim(campaignId, p.siteId(), p.receivedOn(), p.channel(), p.text(), p.scoreKind(), p.score(),
                        p.category(), null));
            }
            campaigns.flush();
            audit.record("Verbatim", null, "IMPORT", fileName + ": " + parsed.size() + " verbatims into campaign " + campaignId);
        }
        return new VerbatimImportReport(read, applied ? parsed.size() : 0, rejected, problems, applied, dryRun);
    }

    // ---- friction points, determinants, stakes ----

    public List<FrictionSummary> frictions(long campaignId) {
        Campaign campaign = visible(campaignId);
        return frictionSummaries(campaign, campaigns.frictions(campaignId));
    }

    private List<FrictionSummary> frictionSummaries(Campaign campaign, List<Friction> frictions) {
        Map<Long, String[]> steps = stepAndJourneyNames();
        Map<Long, Map<Long, Long>> byStep = new HashMap<>();
        List<FrictionSummary> summaries = new ArrayList<>();
        for (Friction f : frictions) {
            Map<Long, Long> atStep = byStep.computeIfAbsent(f.getStepId(), s -> campaigns.observationSitesAtStep(campaign.getId(), s));
            FrictionSummary.Frequency frequency = FrictionFrequency.of(atStep, f.getObservationIds());
            String[] names = steps.getOrDefault(f.getStepId(), new String[] {"?", "?"});
            summaries.add(new FrictionSummary(f.getId(), f.getStepId(), names[0], names[1], f.getCause(), f.getTitle(),
                    f.getDescription(), f.getSeverity(), f.getObservationIds(), f.getVerbatimIds(), f.getKpiCodes(), frequency,
                    FrictionFrequency.score(f.getSeverity(), frequency), f.getVersion()));
        }
        return summaries;
    }

    /** Friction points by score (severity × share of observations), the Pareto the stakes come from. */
    public List<FrictionSummary> pareto(long campaignId) {
        List<FrictionSummary> ranked = new ArrayList<>(frictions(campaignId));
        ranked.sort(Comparator.comparingDouble(FrictionSummary::score).reversed().thenComparing(FrictionSummary::id));
        return ranked;
    }

    /** Creates (id null) or updates a friction point; observers of the campaign and managers may. */
    public FrictionSummary saveFriction(long campaignId, Long id, long expectedVersion, FrictionDraft draft) {
        Campaign campaign = forRecording(campaignId);
        Set<Long> observationIds = campaigns.observations(campaignId).stream().map(Observation::getId).collect(Collectors.toSet());
        Set<Long> verbatimIds = campaigns.allVerbatims(campaignId).stream().map(Verbatim::getId).collect(Collectors.toSet());
        Set<String> kpiCodes = indicators.kpis().stream().map(KpiSummary::code).collect(Collectors.toSet());
        InvalidInput.ifAny(DiagnosticsRules.check(draft, campaignSteps(campaign).keySet(), observationIds, verbatimIds, kpiCodes));
        Friction friction;
        if (id == null) {
            friction = new Friction(campaignId);
            friction.apply(draft);
            campaigns.add(friction);
        } else {
            friction = campaigns.friction(id).filter(f -> f.getCampaignId() == campaignId).orElseThrow(() -> new NotFound("Friction", id));
            if (friction.getVersion() != expectedVersion) {
                throw new EditConflict("Friction", id);
            }
            friction.apply(draft);
        }
        flushOrConflict("Friction", id);
        audit.record("Friction", friction.getId(), id == null ? "CREATE" : "UPDATE", draft.title());
        return frictionSummaries(campaign, List.of(friction)).get(0);
    }

    public List<DeterminantSummary> determinants(long campaignId) {
        visible(campaignId);
        return campaigns.determinants(campaignId).stream().map(Determinant::summary).toList();
    }

    public DeterminantSummary saveDeterminant(long campaignId, Long id, long expectedVersion, DeterminantDraft draft) {
        forRecording(campaignId);
        Set<Long> frictionIds = campaigns.frictions(campaignId).stream().map(Friction::getId).collect(Collectors.toSet());
        InvalidInput.ifAny(DiagnosticsRules.check(draft, frictionIds));
        Determinant determinant;
        if (id == null) {
            determinant = new Determinant(campaignId);
            determinant.apply(draft);
            campaigns.add(determinant);
        } else {
            determinant = campaigns.determinant(id).filter(d -> d.getCampaignId() == campaignId)
                    .orElseThrow(() -> new NotFound("Determinant", id));
            if (determinant.getVersion() != expectedVersion) {
                throw new EditConflict("Determinant", id);
            }
            determinant.apply(draft);
        }
        flushOrConflict("Determinant", id);
        audit.record("Determinant", determinant.summary().id(), id == null ? "CREATE" : "UPDATE", draft.kind().name());
        return determinant.summary();
    }

    @Override
    public List<StakeSummary> stakes(long campaignId) {
        Campaign campaign = visible(campaignId);
        Map<Long, FrictionSummary> frictions = frictionSummaries(campaign, campaigns.frictions(campaignId)).stream()
                .collect(Collectors.toMap(FrictionSummary::id, Function.identity()));
        return campaigns.stakes(campaignId).stream().map(s -> stakeSummary(s, frictions)).toList();
    }

    private static StakeSummary stakeSummary(Stake s, Map<Long, FrictionSummary> frictions) {
        List<FrictionSummary> gathered = s.getFrictionIds().stream().map(frictions::get).filter(java.util.Objects::nonNull).toList();
        List<String> kpis = gathered.stream().flatMap(f -> f.kpiCodes().stream()).distinct().sorted().toList();
        double score = gathered.stream().mapToDouble(FrictionSummary::score).sum();
        return new StakeSummary(s.getId(), s.getCampaignId(), s.getPriority(), s.getTitle(), s.getDescription(), s.getFrictionIds(),
                kpis, score, s.getVersion());
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public StakeSummary saveStake(long campaignId, Long id, long expectedVersion, StakeDraft draft) {
        Campaign campaign = forRecording(campaignId);
        List<Friction> frictions = campaigns.frictions(campaignId);
        InvalidInput.ifAny(DiagnosticsRules.check(draft, frictions.stream().map(Friction::getId).collect(Collectors.toSet())));
        Stake stake;
        if (id == null) {
            stake = new Stake(campaignId);
            stake.apply(draft);
            campaigns.add(stake);
        } else {
            stake = campaigns.stake(id).filter(s -> s.getCampaignId() == campaignId).orElseThrow(() -> new NotFound("Stake", id));
            if (stake.getVersion() != expectedVersion) {
                throw new EditConflict("Stake", id);
            }
            stake.apply(draft);
        }
        flushOrConflict("Stake", id);
        audit.record("Stake", stake.getId(), id == null ? "CREATE" : "UPDATE", draft.title());
        Map<Long, FrictionSummary> summaries = frictionSummaries(campaign, frictions).stream()
                .collect(Collectors.toMap(FrictionSummary::id, Function.identity()));
        return stakeSummary(stake, summaries);
    }

    // ---- report ----

    public DiagnosticReport report(long campaignId) {
        Campaign campaign = visible(campaignId);
        List<FrictionSummary> frictions = pareto(campaignId);
        Map<Cause, Integer> byCause = new EnumMap<>(Cause.class);
        for (Cause c : Cause.values()) {
            byCause.put(c, 0);
        }
        Map<String, Integer> byStep = new LinkedHashMap<>();
        for (FrictionSummary f : frictions) {
            byCause.merge(f.cause(), 1, Integer::sum);
            byStep.merge(f.journeyName() + " › " + f.stepName(), 1, Integer::sum);
        }
        List<DeterminantSummary> determinants = determinants(campaignId);
        Map<DeterminantKind, Integer> byKind = new EnumMap<>(DeterminantKind.class);
        for (DeterminantKind k : DeterminantKind.values()) {
            byKind.put(k, 0);
        }
        determinants.forEach(d -> byKind.merge(d.kind(), 1, Integer::sum));
        Map<String, Integer> scores = new TreeMap<>();
        List<Verbatim> verbatims = campaigns.allVerbatims(campaignId);
        for (Verbatim v : verbatims) {
            if (v.getScoreKind() != null) {
                scores.merge(v.getScoreKind().name() + " " + (v.getScore() < 10 ? "0" : "") + v.getScore(), 1, Integer::sum);
            }
        }
        boolean seesCoverage = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER)
                || currentUser.hasRole(Role.EXECUTIVE);
        return new DiagnosticReport(campaign.summary(), seesCoverage ? coverageOf(campaign.getSiteIds()) : null,
                (int) campaigns.observationCount(campaignId), verbatims.size(), byCause, byStep, byKind, scores, frictions,
                determinants, stakes(campaignId));
    }

    // ---- scope and helpers ----

    private boolean seesAll() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.EXECUTIVE) || currentUser.isSystemTask();
    }

    private long myId() {
        return users.me().id();
    }

    /** The campaign if the caller may see it; otherwise "not found", and the attempt is logged. */
    private Campaign visible(long id) {
        Campaign campaign = campaigns.byId(id).orElseThrow(() -> new NotFound("Campaign", id));
        if (!seesAll() && !campaign.getMemberIds().contains(myId())) {
            LOG.warning(() -> "Refused campaign " + id + " to " + currentUser.username() + " (not an observer of it)");
            throw new NotFound("Campaign", id);
        }
        return campaign;
    }

    /** A campaign the caller may record in: observers and managers, while it is not closed; executives read only. */
    private Campaign forRecording(long id) {
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

    private Campaign forEdit(long id, long expectedVersion) {
        Campaign campaign = visible(id);
        if (campaign.getVersion() != expectedVersion) {
            throw new EditConflict("Campaign", id);
        }
        return campaign;
    }

    private CampaignSummary saved(Campaign campaign, String action, String details) {
        flushOrConflict("Campaign", campaign.getId());
        audit.record("Campaign", campaign.getId(), action, details);
        return campaign.summary();
    }

    private void flushOrConflict(String what, Object id) {
        try {
            campaigns.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict(what, id);
        }
    }

    /** Step id → step, for every step of the journeys the campaign covers. */
    private Map<Long, JourneySummary.Step> campaignSteps(Campaign campaign) {
        Map<Long, JourneySummary.Step> steps = new HashMap<>();
        for (Long journeyId : campaign.getJourneyIds()) {
            journeys.byId(journeyId).ifPresent(j -> j.summary().steps().forEach(s -> steps.put(s.id(), s)));
        }
        return steps;
    }

    /** Names of steps and journeys come in the caller's own language (English for Terrain's own tasks). */
    private Locale locale() {
        if (!currentUser.isSignedIn()) {
            return Locale.ENGLISH;
        }
        String language = users.me().language();
        return language != null && language.startsWith("fr") ? Locale.FRENCH : Locale.ENGLISH;
    }

    private Map<Long, String> stepNames() {
        Map<Long, String> names = new HashMap<>();
        stepAndJourneyNames().forEach((id, n) -> names.put(id, n[0]));
        return names;
    }

    /** Step id → {step name, journey name} in the caller's language. */
    private Map<Long, String[]> stepAndJourneyNames() {
        Locale locale = locale();
        Map<Long, String[]> names = new HashMap<>();
        for (Journey j : journeys.all()) {
            JourneySummary s = j.summary();
            s.steps().forEach(step -> names.put(step.id(), new String[] {step.name(locale), s.name(locale)}));
        }
        return names;
    }

    private Map<Long, String> siteNames(Set<Long> ids) {
        return network.sitesByIds(ids).stream().collect(Collectors.toMap(SiteSummary::id, SiteSummary::name));
    }
}
