package io.terrain.dashboards.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.terrain.dashboards.api.FeedbackChannel;
import io.terrain.dashboards.entity.Feedback;
import io.terrain.network.api.SiteKind;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteStatus;
import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    private final FeedbackCsv csv = new FeedbackCsv(Map.of("S1", new SitePlacement(7, "S1", 3L, 2L, "A", SiteKind.STORE, SiteStatus.ACTIVE)),
            TODAY);

    private static CsvRow row(int line, String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new CsvRow(line, values);
    }

    @Test
    void aRightRowIsReadWithItsSitesPlaceAndAFrenchChannel() {
        List<Problem> problems = new ArrayList<>();
        Feedback.Received r = csv.parse(row(2, "response_id", " R1 ", "site_code", "S1", "responded_on", "09/03/2027", "channel", "Téléphone",
                "csat", "4", "recommend", "9", "verbatim", " Très bien ", "category", "Accueil"), problems);
        assertEquals(List.of(), problems);
        assertEquals(new Feedback.Received(2, "R1", 7, "S1", 2L, 3L, LocalDate.of(2027, 3, 9), FeedbackChannel.PHONE, null, 4, 9, "Très bien",
                "Accueil"), r);
    }

    @Test
    void eachProblemNamesItsLineAndColumn() {
        List<Problem> problems = new ArrayList<>();
        assertNull(csv.parse(row(3, "response_id", "R2", "site_code", "S9", "responded_on", "2027-03-11", "channel", "fax",
                "csat", "six", "recommend", "11"), problems));
        assertEquals(List.of("site_code:measurement.site.unknown", "responded_on:feedback.date.future", "channel:verbatim.channel.unknown",
                "csat:csv.value.integer", "recommend:feedback.score.range"), problems.stream().map(p -> p.field() + ":" + p.key()).toList());
        problems.clear();
        csv.parse(row(4, "response_id", "R3", "site_code", "S1", "responded_on", "2027-03-01", "channel", "WEB", "csat", "5"), problems);
        csv.parse(row(5, "response_id", "R3", "site_code", "S1", "responded_on", "2027-03-01", "channel", "WEB"), problems);
        assertEquals(List.of("response_id:feedback.response.duplicate", "csat:feedback.score.none"),
                problems.stream().map(p -> p.field() + ":" + p.key()).toList());
        assertEquals(List.of("R3", 4), problems.get(0).args());
    }
}
