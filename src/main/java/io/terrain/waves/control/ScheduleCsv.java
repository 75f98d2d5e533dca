package io.terrain.waves.control;

import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An existing schedule, as programmes keep it in spreadsheets:
 * {@code site_code, wave_code, planned_go_live, adopted_on}. Each problem names its line and column.
 * Past adoption dates are history: a programme half-way through imports what already happened.
 */
public final class ScheduleCsv {

    public static final Set<String> REQUIRED = Set.of("site_code", "wave_code");
    /** {@code site_name} and {@code status} are what an export adds for readers; an import ignores them. */
    public static final Set<String> OPTIONAL = Set.of("planned_go_live", "adopted_on", "site_name", "status");
    public static final List<String> COLUMNS = List.of("site_code", "wave_code", "planned_go_live", "adopted_on", "site_name", "status");

    /** One accepted row. */
    public record Row(int line, long siteId, String waveCode, LocalDate goLive, LocalDate adoptedOn) {
    }

    /** What a row is checked against: the network's sites, the plan's perimeter, its waves, the day. */
    public record Context(Map<String, Long> networkSites, Set<Long> perimeter, Map<String, LocalDate> existingWaves,
                          Set<Long> startedElsewhere, Map<Long, String> waveOfStartedSite, LocalDate today) {
    }

    private final Context context;
    private final Map<Long, Integer> lineOfSite = new HashMap<>();
    private final Map<String, LocalDate> goLiveOfNewWave = new HashMap<>();
    private final Map<String, Integer> lineOfNewWave = new HashMap<>();

    public ScheduleCsv(Context context) {
        this.context = context;
    }

    /** Waves the file names that the plan does not have yet, with the go-live the file gives them. */
    public Map<String, LocalDate> newWaves() {
        return Map.copyOf(goLiveOfNewWave);
    }

    /** @return the row, or null when it has a problem (added to {@code problems}) */
    public Row parse(CsvRow row, List<Problem> problems) {
        int line = row.line();
        int before = problems.size();
        Long siteId = site(row, problems);
        // An empty wave code is a site not (or no longer) planned, as the export writes it.
        String waveCode = row.get("wave_code");
        if (waveCode == null) {
            if (row.get("planned_go_live") != null) {
                problems.add(Problem.atLine(line, "wave_code", "waves.import.goLive.noWave"));
            }
        } else if (waveCode.strip().length() > PlanRules.CODE_MAX) {
            problems.add(Problem.atLine(line, "wave_code", "field.tooLong", PlanRules.CODE_MAX));
            waveCode = null;
        } else {
            waveCode = waveCode.strip();
        }
        LocalDate goLive = row.date("planned_go_live", false, problems);
        LocalDate adoptedOn = row.date("adopted_on", false, problems);
        LocalDate waveGoLive = waveCode == null ? null : goLiveOf(line, waveCode, goLive, problems);
        if (adoptedOn != null) {
            if (waveCode == null && row.get("wave_code") == null) {
                problems.add(Problem.atLine(line, "adopted_on", "waves.import.adoption.noWave"));
            } else if (adoptedOn.isAfter(context.today())) {
                problems.add(Problem.atLine(line, "adopted_on", "waves.import.adoption.future", adoptedOn));
            } else if (waveGoLive != null && adoptedOn.isBefore(waveGoLive)) {
                problems.add(Problem.atLine(line, "adopted_on", "waves.import.adoption.beforeGoLive", adoptedOn, waveGoLive));
            }
        }
        if (siteId != null && context.startedElsewhere().contains(siteId)
                && !java.util.Objects.equals(waveCode, context.waveOfStartedSite().get(siteId))) {
            problems.add(Problem.atLine(line, "wave_code", "waves.import.site.started", row.get("site_code").strip(),
                    String.valueOf(context.waveOfStartedSite().get(siteId))));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Row(line, siteId, waveCode, waveGoLive, adoptedOn);
    }

    private Long site(CsvRow row, List<Problem> problems) {
        int line = row.line();
        String code = row.get("site_code");
        if (code == null) {
            problems.add(Problem.atLine(line, "site_code", "field.required"));
            return null;
        }
        Long siteId = context.networkSites().get(code.strip());
        if (siteId == null) {
            problems.add(Problem.atLine(line, "site_code", "waves.import.site.unknown", code.strip()));
            return null;
        }
        if (!context.perimeter().contains(siteId)) {
            problems.add(Problem.atLine(line, "site_code", "waves.import.site.outside", code.strip()));
            return null;
        }
        Integer first = lineOfSite.putIfAbsent(siteId, line);
        if (first != null) {
            problems.add(Problem.atLine(line, "site_code", "waves.import.site.twice", code.strip(), first));
            return null;
        }
        return siteId;
    }

    /**
     * The go-live of the row's wave: the plan's for an existing wave (a different date in the file is
     * refused), the file's for a new one (required, and the same on every row of that wave).
     */
    private LocalDate goLiveOf(int line, String waveCode, LocalDate goLive, List<Problem> problems) {
        LocalDate existing = context.existingWaves().get(waveCode);
        if (existing != null) {
            if (goLive != null && !goLive.equals(existing)) {
                problems.add(Problem.atLine(line, "planned_go_live", "waves.import.goLive.differs", waveCode, existing));
            }
            return existing;
        }
        LocalDate known = goLiveOfNewWave.get(waveCode);
        if (known == null) {
            if (goLive == null) {
                problems.add(Problem.atLine(line, "planned_go_live", "waves.import.goLive.required", waveCode));
                return null;
            }
            goLiveOfNewWave.put(waveCode, goLive);
            lineOfNewWave.put(waveCode, line);
            return goLive;
        }
        if (goLive != null && !goLive.equals(known)) {
            problems.add(Problem.atLine(line, "planned_go_live", "waves.import.goLive.inconsistent", waveCode, known,
                    lineOfNewWave.get(waveCode)));
        }
        return known;
    }
}
