package io.terrain.diagnostics.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.diagnostics.api.VerbatimDraft;
import io.terrain.diagnostics.api.VerbatimFilter;
import io.terrain.diagnostics.api.VerbatimImportReport;
import io.terrain.diagnostics.api.VerbatimSummary;
import io.terrain.diagnostics.control.CampaignStore;
import io.terrain.diagnostics.control.VerbatimCsv;
import io.terrain.diagnostics.entity.Campaign;
import io.terrain.diagnostics.entity.Verbatim;
import io.terrain.network.api.Network;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Page;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.csv.CsvUpload;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Customers' verbatims of a campaign: paged lists, one by hand, or a CSV file all or nothing. */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH})
public class VerbatimsFacade {

    public static final int MAX_PAGE = 200;
    private static final long MAX_IMPORT_BYTES = 50L * 1024 * 1024;

    @Inject
    CampaignStore campaigns;

    @Inject
    Network network;

    @Inject
    AuditTrail audit;

    @Inject
    CampaignAccess access;

    // ---- verbatims ----

    public Page<VerbatimSummary> verbatims(long campaignId, VerbatimFilter filter, int offset, int limit) {
        access.visible(campaignId);
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
        Campaign campaign = access.forRecording(campaignId);
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
        if (draft.stepId() != null && !access.campaignSteps(campaign).containsKey(draft.stepId())) {
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
        access.forRecording(campaignId);
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
            audit.record("Verbatim", null, "IMPORT", AuditDetail.of("audit.detail.verbatimImport", fileName, parsed.size(), String.valueOf(campaignId)));
        }
        return new VerbatimImportReport(read, applied ? parsed.size() : 0, rejected, problems, applied, dryRun);
    }
}
