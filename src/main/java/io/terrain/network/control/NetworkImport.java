package io.terrain.network.control;

import io.terrain.network.api.ImportKind;
import io.terrain.network.api.ImportReport;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitDraft;
import io.terrain.network.control.OrgUnitCsv.ParsedUnit;
import io.terrain.network.control.SiteCsv.ParsedSite;
import io.terrain.network.entity.OrgUnit;
import io.terrain.platform.api.Problem;
import io.terrain.platform.api.Progress;
import io.terrain.platform.csv.CsvRow;
import io.terrain.platform.csv.CsvUpload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a network CSV, checks every row against the file and the database, and (when asked and only
 * when no row has a problem) writes it all. Reading takes the first half of the progress bar,
 * writing the second.
 */
@ApplicationScoped
public class NetworkImport {

    @Inject
    SiteStore sites;

    @Inject
    OrgUnitStore units;

    @Inject
    SiteBulkWriter siteWriter;

    @Inject
    @ConfigProperty(name = "terrain.import.max-megabytes", defaultValue = "50")
    long maxMegabytes;

    public ImportReport run(ImportKind kind, Path file, String fileName, boolean apply, Progress progress) {
        return kind == ImportKind.SITES
                ? sites(file, fileName, apply, progress)
                : orgUnits(file, fileName, apply, progress);
    }

    private ImportReport sites(Path file, String fileName, boolean apply, Progress progress) {
        Map<String, Long> unitIds = new HashMap<>();
        units.all().forEach(u -> unitIds.put(u.getCode(), u.getId()));
        Map<String, Long> siteIds = sites.idsByCode();
        List<Problem> problems = new ArrayList<>();
        List<ParsedSite> parsed = new ArrayList<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        int rows = read(file, fileName, SiteCsv.REQUIRED, SiteCsv.OPTIONAL, progress, problems, row -> {
            ParsedSite site = SiteCsv.parse(row, problems);
            if (site == null) {
                return;
            }
            Integer firstLine = lineOfCode.putIfAbsent(site.draft().code(), row.line());
            if (firstLine != null) {
                problems.add(Problem.atLine(row.line(), "code", "csv.code.duplicate", site.draft().code(), firstLine));
            } else if (!unitIds.containsKey(site.draft().orgUnitCode())) {
                problems.add(Problem.atLine(row.line(), "org_unit_code", "site.orgUnit.unknown", site.draft().orgUnitCode()));
            } else {
                parsed.add(site);
            }
        });
        int changed = (int) parsed.stream().filter(s -> siteIds.containsKey(s.draft().code())).count();
        boolean applied = apply && problems.isEmpty();
        if (applied) {
            siteWriter.write(parsed, siteIds, unitIds,
                    written -> progress.update("import.phase.writing", 50 + written * 50 / Math.max(1, parsed.size())));
        }
        progress.update("import.phase.done", 100);
        return new ImportReport(ImportKind.SITES, rows, parsed.size() - changed, changed, sorted(problems), applied);
    }

    private ImportReport orgUnits(Path file, String fileName, boolean apply, Progress progress) {
        Map<String, OrgUnit> existing = units.byCode();
        List<Problem> problems = new ArrayList<>();
        Map<String, ParsedUnit> inFile = new HashMap<>();
        int rows = read(file, fileName, OrgUnitCsv.REQUIRED, OrgUnitCsv.OPTIONAL, progress, problems, row -> {
            ParsedUnit unit = OrgUnitCsv.parse(row, problems);
            if (unit == null) {
                return;
            }
            ParsedUnit first = inFile.putIfAbsent(unit.draft().code(), unit);
            if (first != null) {
                problems.add(Problem.atLine(row.line(), "code", "csv.code.duplicate", unit.draft().code(), first.line()));
            }
        });
        // The tree is checked once the whole file is read: a parent may come after its children.
        for (ParsedUnit unit : inFile.values()) {
            OrgUnitDraft draft = unit.draft();
            OrgUnit current = existing.get(draft.code());
            if (current != null && current.getLevel() != draft.level()) {
                problems.add(Problem.atLine(unit.line(), "level", "orgUnit.level.changed", current.getLevel(), draft.level()));
            }
            if (draft.parentCode() != null) {
                OrgLevel parentLevel = inFile.containsKey(draft.parentCode()) ? inFile.get(draft.parentCode()).draft().level()
                        : existing.containsKey(draft.parentCode()) ? existing.get(draft.parentCode()).getLevel() : null;
                if (parentLevel == null) {
                    problems.add(Problem.atLine(unit.line(), "parent_code", "orgUnit.parent.unknown", draft.parentCode()));
                } else {
                    OrgUnitRules.checkParent(draft.level(), parentLevel, draft.parentCode()).forEach(p ->
                            problems.add(new Problem(unit.line(), "parent_code", p.key(), p.args())));
                }
            }
        }
        int changed = (int) inFile.keySet().stream().filter(existing::containsKey).count();
        boolean applied = apply && problems.isEmpty();
        if (applied) {
            List<ParsedUnit> topDown = inFile.values().stream()
                    .sorted(Comparator.comparing((ParsedUnit u) -> u.draft().level()).thenComparing(ParsedUnit::line)).toList();
            int done = 0;
            for (ParsedUnit unit : topDown) {
                OrgUnitDraft draft = unit.draft();
                OrgUnit target = existing.computeIfAbsent(draft.code(), code -> {
                    OrgUnit created = new OrgUnit(code);
                    units.add(created);
                    return created;
                });
                target.update(draft.name(), draft.level(), draft.parentCode() == null ? null : existing.get(draft.parentCode()),
                        draft.managerName(), draft.managerEmail(), draft.managerUserId());
                progress.update("import.phase.writing", 50 + ++done * 50 / topDown.size());
            }
            units.flush();
        }
        progress.update("import.phase.done", 100);
        return new ImportReport(ImportKind.ORG_UNITS, rows, inFile.size() - changed, changed, sorted(problems), applied);
    }

    private int read(Path file, String fileName, Set<String> required, Set<String> optional,
                     Progress progress, List<Problem> problems, Consumer<CsvRow> rows) {
        long size = sizeOf(file);
        progress.update("import.phase.reading", 0);
        return new CsvUpload(required, optional, maxMegabytes * 1024 * 1024)
                .read(file, fileName, bytes -> progress.update("import.phase.reading", (int) (bytes * 50 / size)), rows, problems);
    }

    private static long sizeOf(Path file) {
        try {
            return Math.max(1, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(Comparator.comparing((Problem p) -> p.line() == null ? 0 : p.line())).toList();
    }
}
