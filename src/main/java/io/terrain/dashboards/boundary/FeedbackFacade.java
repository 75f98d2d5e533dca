package io.terrain.dashboards.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.dashboards.api.FeedbackImportReport;
import io.terrain.dashboards.api.FeedbackPriority;
import io.terrain.dashboards.api.FeedbackResponse;
import io.terrain.dashboards.control.FeedbackCsv;
import io.terrain.dashboards.control.FeedbackJson;
import io.terrain.dashboards.control.FeedbackStore;
import io.terrain.dashboards.control.SiteWeekScores;
import io.terrain.dashboards.entity.Feedback;
import io.terrain.indicators.api.ImportMode;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.MeasurementImportReport;
import io.terrain.network.api.ManagedPerimeter;
import io.terrain.network.api.Network;
import io.terrain.network.api.SitePlacement;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Page;
import io.terrain.platform.api.Problem;
import io.terrain.platform.api.Progress;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.csv.CsvRow;
import io.terrain.platform.csv.CsvUpload;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Customers' feedback: imported from survey files or calls (program managers), each response once by its id; the CSAT
 * and NPS of the site-weeks it touches computed again into the indicators; read in treatment order by the network's
 * readers and, for their own sites, by line managers.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
public class FeedbackFacade {

    /** A week of surveys for 20,000 sites is a few MB. */
    static final long MAX_IMPORT_BYTES = 50L * 1024 * 1024;

    /** A site's file: a year of a busy site's responses. */
    static final int MAX_EXPORT = 50_000;

    /** Responses one page lists at most. */
    public static final int MAX_PAGE = 500;

    @Inject
    FeedbackStore store;

    @Inject
    Network network;

    @Inject
    Indicators indicators;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /**
     * Checks every row; with {@code ALL_OR_NOTHING} writes nothing unless all are right, with {@code VALID_ROWS} the
     * right ones; never in a dry run. A response id already kept is a resend (nothing written) or, with other content,
     * a correction.
     */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public FeedbackImportReport importFeedback(Path file, String fileName, boolean json, ImportMode mode, boolean dryRun) {
        Map<String, SitePlacement> sites = network.sitePlacements().stream()
                .collect(Collectors.toMap(SitePlacement::code, Function.identity()));
        FeedbackCsv checker = new FeedbackCsv(sites, LocalDate.now());
        List<Problem> problems = new ArrayList<>();
        List<Feedback.Received> received = new ArrayList<>();
        long rows;
        if (json) {
            List<CsvRow> jsonRows = FeedbackJson.rows(file, problems);
            jsonRows.forEach(row -> add(checker.parse(row, problems), received));
            rows = jsonRows.size() + problems.stream().filter(p -> "feedback.json.notObject".equals(p.key())).count();
        } else {
            int read = new CsvUpload(FeedbackCsv.REQUIRED, FeedbackCsv.OPTIONAL, MAX_IMPORT_BYTES).read(file, fileName, bytes -> { },
                    row -> add(checker.parse(row, problems), received), problems);
            rows = read + CsvUpload.malformedRows(problems);
        }
        // A row the checker passed may still carry a problem found before it (a JSON field nobody knows).
        Set<Integer> badLines = problems.stream().map(Problem::line).filter(l -> l != null && l > 0).collect(Collectors.toSet());
        received.removeIf(r -> badLines.contains(r.line()));
        if (rows == 0 && problems.isEmpty()) {
            problems.add(Problem.atLine(0, null, "csv.empty"));
        }
        long rejected = problems.stream().map(Problem::line).filter(l -> l != null && l > 0).distinct().count();
        boolean fileProblem = problems.stream().anyMatch(p -> p.line() == null || p.line() == 0);
        boolean applied = !dryRun && !fileProblem && !received.isEmpty() && (mode == ImportMode.VALID_ROWS || problems.isEmpty());
        if (!applied) {
            return new FeedbackImportReport(rows, 0, 0, 0, rejected, problems, false, dryRun, 0);
        }
        Map<String, Feedback> known = store.byResponseIds(received.stream().map(Feedback.Received::responseId).toList());
        Set<Map.Entry<Long, LocalDate>> touched = new HashSet<>();
        long added = 0;
        long corrected = 0;
        long resent = 0;
        LocalDateTime now = LocalDateTime.now();
        for (Feedback.Received r : received) {
            Feedback kept = known.get(r.responseId());
            if (kept == null) {
                Feedback feedback = new Feedback(r.responseId());
                feedback.apply(r, currentUser.username(), now);
                store.add(feedback);
                added++;
            } else if (kept.sameAs(r)) {
                resent++;
                continue;
            } else {
                touched.add(Map.entry(kept.getSiteId(), SiteWeekScores.weekOf(kept.getRespondedOn())));
                kept.apply(r, currentUser.username(), now);
                corrected++;
            }
            touched.add(Map.entry(r.siteId(), SiteWeekScores.weekOf(r.respondedOn())));
        }
        store.flush();
        long measured = measure(touched);
        audit.record("Feedback", null, "IMPORT", AuditDetail.of("audit.detail.feedbackImport", fileName, added, corrected, resent, rejected,
                AuditDetail.term("measurements.mode." + mode)));
        return new FeedbackImportReport(rows, added, corrected, resent, rejected, problems, true, false, measured);
    }

    private static void add(Feedback.Received parsed, List<Feedback.Received> received) {
        if (parsed != null) {
            received.add(parsed);
        }
    }

    /** The CSAT and NPS of each touched site-week, from all of its responses, written as the indicators' measurements. */
    private long measure(Set<Map.Entry<Long, LocalDate>> touched) {
        if (touched.isEmpty()) {
            return 0;
        }
        Set<Long> siteIds = touched.stream().map(Map.Entry::getKey).collect(Collectors.toSet());
        LocalDate from = touched.stream().map(Map.Entry::getValue).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = touched.stream().map(Map.Entry::getValue).max(LocalDate::compareTo).orElseThrow().plusDays(6);
        Map<Long, String> codes = new HashMap<>();
        network.placementsOf(siteIds).forEach(p -> codes.put(p.siteId(), p.code()));
        Set<String> wanted = touched.stream().map(t -> codes.get(t.getKey()) + "|" + t.getValue()).collect(Collectors.toSet());
        List<SiteWeekScores> weeks = SiteWeekScores.of(store.scores(siteIds, from, to)).stream()
                .filter(w -> wanted.contains(w.siteCode() + "|" + w.week())).toList();
        if (weeks.isEmpty()) {
            return 0;
        }
        try {
            Path csv = Files.createTempFile("terrain-feedback-scores-", ".csv");
            try {
                Files.writeString(csv, SiteWeekScores.measurementsCsv(weeks), StandardCharsets.UTF_8);
                MeasurementImportReport report = indicators.importMeasurements(csv, "feedback-scores.csv", ImportMode.ALL_OR_NOTHING, false,
                        new Progress());
                if (!report.applied()) {
                    throw new IllegalStateException("The feedback's scores were refused as measurements: " + report.problems());
                }
            } finally {
                Files.deleteIfExists(csv);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing the feedback's scores failed", e);
        }
        return weeks.size();
    }

    /**
     * Responses between two days (default: the last 30), of a site or of everything the caller may read, optionally of
     * one priority, in treatment order. A site outside a line manager's perimeter answers 404.
     */
    public Page<FeedbackResponse> list(Long siteId, LocalDate from, LocalDate to, FeedbackPriority priority, int offset, int limit) {
        LocalDate end = to == null ? LocalDate.now() : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end)) {
            throw new InvalidInput(Problem.of("from", "feedback.period.reversed", start, end));
        }
        ManagedPerimeter within = perimeter();
        if (siteId != null) {
            checkSite(siteId, within);
        }
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        return new Page<>(store.list(siteId, within, start, end, priority, Math.max(0, offset), size).stream().map(Feedback::summary).toList(),
                store.count(siteId, within, start, end, priority), Math.max(0, offset), size);
    }

    /** A site's responses between two days for its file, in treatment order (at most {@value #MAX_EXPORT}). */
    public List<FeedbackResponse> export(Long siteId, LocalDate from, LocalDate to) {
        if (siteId == null) {
            throw new InvalidInput(Problem.of("site", "field.required"));
        }
        if (from.isAfter(to)) {
            throw new InvalidInput(Problem.of("from", "feedback.period.reversed", from, to));
        }
        checkSite(siteId, perimeter());
        return store.list(siteId, null, from, to, null, 0, MAX_EXPORT).stream().map(Feedback::summary).toList();
    }

    /** A line manager's perimeter; null for the network's readers. */
    ManagedPerimeter perimeter() {
        boolean network = currentUser.isSystemTask() || currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER)
                || currentUser.hasRole(Role.EXECUTIVE);
        return network ? null : currentUser.id().map(this.network::managedBy).orElse(ManagedPerimeter.NOTHING);
    }

    void checkSite(long siteId, ManagedPerimeter within) {
        SitePlacement site = network.placementsOf(List.of(siteId)).stream().findFirst().orElseThrow(() -> new NotFound("Site", siteId));
        if (within != null && !within.covers(siteId, site.regionId(), site.sectorId())) {
            throw new NotFound("Site", siteId);
        }
    }
}
