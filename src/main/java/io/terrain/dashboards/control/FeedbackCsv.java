package io.terrain.dashboards.control;

import io.terrain.dashboards.api.FeedbackChannel;
import io.terrain.dashboards.entity.Feedback;
import io.terrain.network.api.SitePlacement;
import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Customer feedback as survey tools export it: {@code response_id, site_code, responded_on, channel, contact_reason,
 * csat, recommend, verbatim, category}. Each problem names its line and column; a response id twice in one file is
 * refused (which of the two would be right?).
 */
public final class FeedbackCsv {

    public static final Set<String> REQUIRED = Set.of("response_id", "site_code", "responded_on", "channel");
    public static final Set<String> OPTIONAL = Set.of("contact_reason", "csat", "recommend", "verbatim", "category");
    public static final List<String> COLUMNS = List.of("response_id", "site_code", "responded_on", "channel", "contact_reason", "csat",
            "recommend", "verbatim", "category");

    static final int RESPONSE_ID_MAX = 64;
    static final int REASON_MAX = 128;
    static final int VERBATIM_MAX = 2000;
    static final int CATEGORY_MAX = 64;

    /** Channels as people write them, French or English, any case. */
    private static final Map<String, FeedbackChannel> CHANNELS = Map.ofEntries(Map.entry("magasin", FeedbackChannel.STORE),
            Map.entry("agence", FeedbackChannel.STORE), Map.entry("boutique", FeedbackChannel.STORE),
            Map.entry("telephone", FeedbackChannel.PHONE), Map.entry("téléphone", FeedbackChannel.PHONE),
            Map.entry("courrier", FeedbackChannel.MAIL), Map.entry("e-mail", FeedbackChannel.MAIL), Map.entry("email", FeedbackChannel.MAIL),
            Map.entry("courriel", FeedbackChannel.MAIL), Map.entry("autre", FeedbackChannel.OTHER));

    private final Map<String, SitePlacement> sites;
    private final LocalDate today;
    private final Map<String, Integer> lineOfResponse = new HashMap<>();

    public FeedbackCsv(Map<String, SitePlacement> sitesByCode, LocalDate today) {
        this.sites = sitesByCode;
        this.today = today;
    }

    /** @return the response, or null when the row has a problem (added to {@code problems}) */
    public Feedback.Received parse(CsvRow row, List<Problem> problems) {
        int line = row.line();
        int before = problems.size();
        String responseId = text(row, "response_id", RESPONSE_ID_MAX, problems);
        if (responseId != null) {
            Integer first = lineOfResponse.putIfAbsent(responseId, line);
            if (first != null) {
                problems.add(Problem.atLine(line, "response_id", "feedback.response.duplicate", responseId, first));
            }
        } else if (row.get("response_id") == null) {
            problems.add(Problem.atLine(line, "response_id", "field.required"));
        }
        SitePlacement site = null;
        String code = row.get("site_code");
        if (code == null) {
            problems.add(Problem.atLine(line, "site_code", "field.required"));
        } else {
            site = sites.get(code.strip());
            if (site == null) {
                problems.add(Problem.atLine(line, "site_code", "measurement.site.unknown", code.strip()));
            }
        }
        LocalDate respondedOn = row.date("responded_on", true, problems);
        if (respondedOn != null && respondedOn.isAfter(today)) {
            problems.add(Problem.atLine(line, "responded_on", "feedback.date.future", respondedOn));
        }
        FeedbackChannel channel = channel(row, problems);
        Integer csat = score(row, "csat", 1, 5, problems);
        Integer recommend = score(row, "recommend", 0, 10, problems);
        if (row.get("csat") == null && row.get("recommend") == null) {
            problems.add(Problem.atLine(line, "csat", "feedback.score.none"));
        }
        String reason = text(row, "contact_reason", REASON_MAX, problems);
        String verbatim = text(row, "verbatim", VERBATIM_MAX, problems);
        String category = text(row, "category", CATEGORY_MAX, problems);
        if (problems.size() > before) {
            return null;
        }
        return new Feedback.Received(line, responseId, site.siteId(), site.code(), site.regionId(), site.sectorId(), respondedOn, channel,
                reason, csat, recommend, verbatim, category);
    }

    private static FeedbackChannel channel(CsvRow row, List<Problem> problems) {
        String text = row.get("channel");
        if (text == null) {
            problems.add(Problem.atLine(row.line(), "channel", "field.required"));
            return null;
        }
        String key = text.strip().toLowerCase(Locale.ROOT);
        FeedbackChannel known = CHANNELS.get(key);
        if (known != null) {
            return known;
        }
        try {
            return FeedbackChannel.valueOf(key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.atLine(row.line(), "channel", "verbatim.channel.unknown", text.strip(),
                    Arrays.stream(FeedbackChannel.values()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static Integer score(CsvRow row, String column, int min, int max, List<Problem> problems) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            int score = Integer.parseInt(text.strip());
            if (score < min || score > max) {
                problems.add(Problem.atLine(row.line(), column, "feedback.score.range", score, min, max));
                return null;
            }
            return score;
        } catch (NumberFormatException e) {
            problems.add(Problem.atLine(row.line(), column, "csv.value.integer", text.strip()));
            return null;
        }
    }

    private static String text(CsvRow row, String column, int max, List<Problem> problems) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            problems.add(Problem.atLine(row.line(), column, "field.tooLong", max));
            return null;
        }
        return stripped;
    }
}
