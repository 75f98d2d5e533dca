package io.terrain.diagnostics.control;

import io.terrain.diagnostics.api.Channel;
import io.terrain.diagnostics.api.ScoreKind;
import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A verbatim file: {@code site_code, received_on, channel, text} and at most one score,
 * {@code csat} (1-5) or {@code nps} (0-10), plus an optional {@code category}. Each problem names
 * its line and column.
 */
public final class VerbatimCsv {

    public static final Set<String> REQUIRED = Set.of("site_code", "received_on", "channel", "text");
    public static final Set<String> OPTIONAL = Set.of("csat", "nps", "category");
    public static final List<String> COLUMNS = List.of("site_code", "received_on", "channel", "text", "csat", "nps", "category");

    private VerbatimCsv() {
    }

    public record Parsed(long siteId, LocalDate receivedOn, Channel channel, String text, ScoreKind scoreKind, Integer score,
                         String category) {
    }

    public static Parsed parse(CsvRow row, Map<String, Long> siteIdsByCode, List<Problem> problems) {
        int line = row.line();
        int before = problems.size();
        String code = row.get("site_code");
        Long siteId = null;
        if (code == null) {
            problems.add(Problem.atLine(line, "site_code", "field.required"));
        } else {
            siteId = siteIdsByCode.get(code);
            if (siteId == null) {
                problems.add(Problem.atLine(line, "site_code", "measurement.site.unknown", code));
            }
        }
        LocalDate receivedOn = row.date("received_on", true, problems);
        Channel channel = null;
        String channelText = row.get("channel");
        if (channelText == null) {
            problems.add(Problem.atLine(line, "channel", "field.required"));
        } else {
            try {
                channel = Channel.valueOf(channelText.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.atLine(line, "channel", "verbatim.channel.unknown", channelText, List.of(Channel.values())));
            }
        }
        String text = row.get("text");
        if (text == null || text.isBlank()) {
            problems.add(Problem.atLine(line, "text", "verbatim.text.empty"));
        } else if (text.strip().length() > 4000) {
            problems.add(Problem.atLine(line, "text", "field.tooLong", 4000));
        }
        Integer csat = score(row, "csat", ScoreKind.CSAT, problems);
        Integer nps = score(row, "nps", ScoreKind.NPS, problems);
        if (row.get("csat") != null && row.get("nps") != null) {
            problems.add(Problem.atLine(line, "nps", "verbatim.score.both"));
        }
        String category = row.get("category");
        if (category != null && category.strip().length() > 64) {
            problems.add(Problem.atLine(line, "category", "field.tooLong", 64));
        }
        if (problems.size() > before) {
            return null;
        }
        ScoreKind kind = csat != null ? ScoreKind.CSAT : nps != null ? ScoreKind.NPS : null;
        return new Parsed(siteId, receivedOn, channel, text.strip(), kind, csat != null ? csat : nps,
                category == null || category.isBlank() ? null : category.strip());
    }

    private static Integer score(CsvRow row, String column, ScoreKind kind, List<Problem> problems) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            int score = Integer.parseInt(text.strip());
            if (score < kind.min || score > kind.max) {
                problems.add(Problem.atLine(row.line(), column, "verbatim.score.range", score, kind.min, kind.max));
                return null;
            }
            return score;
        } catch (NumberFormatException e) {
            problems.add(Problem.atLine(row.line(), column, "csv.value.integer", text));
            return null;
        }
    }

}
