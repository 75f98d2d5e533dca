package io.terrain.pilots.control;

import io.terrain.pilots.api.PerceptionDraft;
import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file of team responses: {@code site_code, responded_on, score_1 … score_n, recommend} and an
 * optional {@code comment}, one score column per improvement of the pilot in its order (one,
 * {@code score_1}, when the pilot lists none). Each problem names its line and column.
 */
public final class PerceptionCsv {

    private PerceptionCsv() {
    }

    public static Set<String> required(int scores) {
        Set<String> columns = new LinkedHashSet<>(List.of("site_code", "responded_on"));
        columns.addAll(scoreColumns(scores));
        columns.add("recommend");
        return columns;
    }

    public static Set<String> optional() {
        return Set.of("comment");
    }

    /** The header of a template for this many improvements. */
    public static List<String> columns(int scores) {
        List<String> columns = new ArrayList<>(required(scores));
        columns.add("comment");
        return columns;
    }

    private static List<String> scoreColumns(int scores) {
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= scores; i++) {
            columns.add("score_" + i);
        }
        return columns;
    }

    /**
     * @param pilotSitesByCode the pilot's own pilot sites: a response from anywhere else is refused
     * @return the response, or null when the row has a problem (added to {@code problems})
     */
    public static PerceptionDraft parse(CsvRow row, Map<String, Long> pilotSitesByCode, int scores, List<Problem> problems) {
        int line = row.line();
        int before = problems.size();
        String code = row.get("site_code");
        Long siteId = null;
        if (code == null) {
            problems.add(Problem.atLine(line, "site_code", "field.required"));
        } else {
            siteId = pilotSitesByCode.get(code.strip());
            if (siteId == null) {
                problems.add(Problem.atLine(line, "site_code", "pilot.perception.notPilotSite", code));
            }
        }
        LocalDate respondedOn = row.date("responded_on", true, problems);
        List<Integer> values = new ArrayList<>();
        for (String column : scoreColumns(scores)) {
            values.add(integer(row, column, 1, 5, problems));
        }
        Integer recommend = integer(row, "recommend", 0, 10, problems);
        String comment = row.get("comment");
        if (comment != null && comment.strip().length() > 2000) {
            problems.add(Problem.atLine(line, "comment", "field.tooLong", 2000));
        }
        if (problems.size() > before) {
            return null;
        }
        return new PerceptionDraft(siteId, respondedOn, values, recommend, comment);
    }

    private static Integer integer(CsvRow row, String column, int min, int max, List<Problem> problems) {
        String text = row.get(column);
        if (text == null) {
            problems.add(Problem.atLine(row.line(), column, "field.required"));
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                problems.add(Problem.atLine(row.line(), column, "pilot.perception.range", value, min, max));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(Problem.atLine(row.line(), column, "csv.value.integer", text));
            return null;
        }
    }
}
