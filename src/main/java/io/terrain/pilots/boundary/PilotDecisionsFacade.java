package io.terrain.pilots.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.network.api.Network;
import io.terrain.network.api.SiteSummary;
import io.terrain.pilots.api.DecisionDraft;
import io.terrain.pilots.api.DecisionSummary;
import io.terrain.pilots.api.GateStatus;
import io.terrain.pilots.api.PerceptionDraft;
import io.terrain.pilots.api.PerceptionImportReport;
import io.terrain.pilots.api.PerceptionSummary;
import io.terrain.pilots.api.PilotResults;
import io.terrain.pilots.api.PilotStatus;
import io.terrain.pilots.control.DecisionGate;
import io.terrain.pilots.control.PerceptionCsv;
import io.terrain.pilots.control.PerceptionRules;
import io.terrain.pilots.control.PerceptionSummarizer;
import io.terrain.pilots.control.PilotLifecycle;
import io.terrain.pilots.control.PilotStore;
import io.terrain.pilots.entity.Decision;
import io.terrain.pilots.entity.Perception;
import io.terrain.pilots.entity.Pilot;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.csv.CsvUpload;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The decision gate: the teams' perception (one response at a time or a CSV file), whether the pilot passes the
 * rule (measured and felt), and the decision recorded with its evidence frozen.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
public class PilotDecisionsFacade {

    private static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;

    @Inject
    PilotStore store;

    @Inject
    Network network;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    PilotResultsFacade measured;

    @Inject
    PilotEdits edits;

    /** The mean 1-5 score at which the teams are taken to feel the improvement. */
    @Inject
    @ConfigProperty(name = "terrain.pilots.perception-threshold", defaultValue = "3.5")
    double perceptionThreshold;

    // ---- team perception and the decision gate ----

    /** One team member's response at a pilot site. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PerceptionSummary addPerception(long id, PerceptionDraft draft) {
        Pilot pilot = edits.find(id);
        InvalidInput.ifAny(PerceptionRules.check(draft, pilot.siteIds(Pilot.PILOT), scoresPerResponse(pilot)));
        store.add(new Perception(id, draft));
        store.flush();
        return perception(id);
    }

    /**
     * Team responses from a CSV file ({@link PerceptionCsv}), all or nothing: every rejected row is
     * reported with its line and column, and nothing is written unless every row is right.
     */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PerceptionImportReport importPerception(long id, Path file, String fileName) {
        Pilot pilot = edits.find(id);
        int scores = scoresPerResponse(pilot);
        Map<String, Long> pilotSites = new HashMap<>();
        network.sitesByIds(pilot.siteIds(Pilot.PILOT)).forEach(s -> pilotSites.put(s.code(), s.id()));
        List<Problem> problems = new ArrayList<>();
        List<PerceptionDraft> responses = new ArrayList<>();
        int read = new CsvUpload(PerceptionCsv.required(scores), PerceptionCsv.optional(), MAX_IMPORT_BYTES).read(file, fileName,
                bytes -> { }, row -> {
                    PerceptionDraft response = PerceptionCsv.parse(row, pilotSites, scores, problems);
                    if (response != null) {
                        responses.add(response);
                    }
                }, problems);
        long rejected = problems.stream().map(Problem::line).distinct().count();
        long rows = read + CsvUpload.malformedRows(problems);
        boolean applied = problems.isEmpty() && !responses.isEmpty();
        if (applied) {
            responses.forEach(r -> store.add(new Perception(id, r)));
            store.flush();
            audit.record("Pilot", id, "IMPORT PERCEPTION", AuditDetail.of("audit.detail.perceptionImport", fileName, responses.size()));
        }
        return new PerceptionImportReport(rows, applied ? responses.size() : 0, rejected, problems, applied);
    }

    /** The columns of a file of team responses for this pilot (one score per improvement). */
    public List<String> perceptionColumns(long id) {
        return PerceptionCsv.columns(scoresPerResponse(edits.find(id)));
    }

    /** One 1-5 score per improvement; one overall score when the pilot lists none. */
    private static int scoresPerResponse(Pilot pilot) {
        return Math.max(1, pilot.improvementCount());
    }

    public PerceptionSummary perception(long id) {
        Pilot pilot = edits.find(id);
        Map<Long, String> names = network.sitesByIds(pilot.siteIds(Pilot.PILOT)).stream()
                .collect(Collectors.toMap(SiteSummary::id, SiteSummary::name));
        return PerceptionSummarizer.summarize(store.perceptions(id), names, perceptionThreshold);
    }

    /** Whether the pilot passes the rule now. */
    public GateStatus gate(long id) {
        return gate(id, measured.results(id));
    }

    /** The same, on results the caller already holds (a page that shows them need not measure twice). */
    public GateStatus gate(long id, PilotResults results) {
        return DecisionGate.evaluate(results, perception(id));
    }

    /**
     * Records a decision with its evidence frozen. Validation against the rule needs an explicit
     * override and a rationale; an override always needs a rationale.
     */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public DecisionSummary decide(long id, long expectedVersion, DecisionDraft draft) {
        Pilot pilot = edits.forEdit(id, expectedVersion);
        InvalidInput.ifAny(PilotLifecycle.checkDecision(pilot.getStatus(), draft.outcome()));
        boolean hasRationale = draft.rationale() != null && !draft.rationale().isBlank();
        PilotResults results = measured.results(id);
        PerceptionSummary perception = perception(id);
        GateStatus gate = DecisionGate.evaluate(results, perception);
        if (draft.outcome() == PilotStatus.VALIDATED && !gate.passes() && !draft.override()) {
            throw new InvalidInput(gate.refusal());
        }
        if (draft.override() && !hasRationale) {
            throw new InvalidInput(Problem.of("rationale", "pilot.decision.rationale"));
        }
        String evidence;
        try (var json = JsonbBuilder.create()) {
            evidence = json.toJson(Map.of("results", results, "perception", perception, "gate", gate));
        } catch (Exception e) {
            throw new IllegalStateException("The evidence could not be written: " + e.getMessage(), e);
        }
        Decision decision = new Decision(id, draft.outcome(), draft.override(), hasRationale ? draft.rationale().strip() : null,
                currentUser.username(), evidence);
        store.add(decision);
        pilot.moveTo(draft.outcome(), LocalDate.now(), currentUser.username());
        edits.saved(pilot, "DECIDE " + draft.outcome() + (draft.override() ? " (override)" : ""));
        return decision.summary();
    }

    public List<DecisionSummary> decisions(long id) {
        edits.find(id);
        return store.decisions(id).stream().map(Decision::summary).toList();
    }
}
