package io.terrain.network.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.terrain.network.api.SiteKind;
import io.terrain.network.api.SiteStatus;
import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteCsvTest {

    private final List<Problem> problems = new ArrayList<>();

    private static CsvRow row(String... pairs) {
        Map<String, String> values = new HashMap<>();
        values.put("code", "S0001");
        values.put("name", "Agence Lille Centre");
        values.put("kind", "AGENCY");
        values.put("org_unit_code", "NOR-LIL");
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new CsvRow(7, values);
    }

    private Problem onlyProblem() {
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(7, problems.get(0).line());
        return problems.get(0);
    }

    @Test
    void aCompleteRowBecomesASite() {
        SiteCsv.ParsedSite site = SiteCsv.parse(row("latitude", "50.6292", "longitude", "3.0573", "headcount", "12",
                "opened_on", "2019-04-01", "status", "CLOSED", "closed_on", "2024-12-31", "segment", "Urbain"), problems);
        assertNotNull(site);
        assertEquals(SiteKind.AGENCY, site.draft().kind());
        assertEquals(new BigDecimal("50.6292"), site.draft().latitude());
        assertEquals(12, site.draft().headcount());
        assertEquals(LocalDate.of(2019, 4, 1), site.draft().openedOn());
        assertEquals(SiteStatus.CLOSED, site.status());
        assertEquals(LocalDate.of(2024, 12, 31), site.closedOn());
    }

    @Test
    void frenchSpreadsheetHabitsAreUnderstood() {
        SiteCsv.ParsedSite site = SiteCsv.parse(row("kind", "Centre d'appels", "latitude", "48,8566", "longitude", "2,3522",
                "opened_on", "31/03/2024", "status", "fermé", "closed_on", "01/01/2025"), problems);
        assertNotNull(site, problems.toString());
        assertEquals(SiteKind.CALL_CENTRE, site.draft().kind());
        assertEquals(new BigDecimal("48.8566"), site.draft().latitude());
        assertEquals(LocalDate.of(2024, 3, 31), site.draft().openedOn());
        assertEquals(SiteStatus.CLOSED, site.status());
    }

    @Test
    void withoutAStatusColumnTheStatusIsLeftAsItIs() {
        assertNull(SiteCsv.parse(row(), problems).status());
    }

    @Test
    void anUnknownKindIsNamed() {
        assertNull(SiteCsv.parse(row("kind", "spaceport"), problems));
        Problem p = onlyProblem();
        assertEquals("kind", p.field());
        assertEquals("site.kind.invalid", p.key());
        assertEquals(List.of("spaceport"), p.args());
    }

    @Test
    void coordinatesOutOfRangeAreRefused() {
        SiteCsv.parse(row("latitude", "91", "longitude", "2"), problems);
        assertEquals("site.latitude.range", onlyProblem().key());
        problems.clear();
        SiteCsv.parse(row("latitude", "45", "longitude", "-180.5"), problems);
        assertEquals("site.longitude.range", onlyProblem().key());
    }

    @Test
    void aLatitudeWithoutLongitudeIsRefused() {
        SiteCsv.parse(row("latitude", "45"), problems);
        assertEquals("site.coordinates.pair", onlyProblem().key());
        assertEquals("longitude", problems.get(0).field());
    }

    @Test
    void textWhereANumberIsExpectedIsNamedWithItsColumn() {
        SiteCsv.parse(row("headcount", "twelve"), problems);
        Problem p = onlyProblem();
        assertEquals("headcount", p.field());
        assertEquals("csv.value.integer", p.key());
    }

    @Test
    void aBadDateIsNamed() {
        SiteCsv.parse(row("opened_on", "2024-13-45"), problems);
        assertEquals("csv.value.date", onlyProblem().key());
        assertEquals("opened_on", problems.get(0).field());
    }

    @Test
    void requiredColumnsLeftEmptyAreEachReported() {
        SiteCsv.parse(row("name", null, "org_unit_code", null), problems);
        assertEquals(List.of("name", "org_unit_code"), problems.stream().map(Problem::field).toList());
        problems.forEach(p -> assertEquals("field.required", p.key()));
    }

    @Test
    void aBadCodeIsRefused() {
        SiteCsv.parse(row("code", "S 0001!"), problems);
        assertEquals("site.code.invalid", onlyProblem().key());
    }

    @Test
    void aClosedSiteNeedsItsClosingDate() {
        SiteCsv.parse(row("status", "CLOSED"), problems);
        assertEquals("site.closedOn.required", onlyProblem().key());
    }

    @Test
    void anUnknownStatusIsNamed() {
        SiteCsv.parse(row("status", "asleep"), problems);
        assertEquals("site.status.invalid", onlyProblem().key());
    }

    @Test
    void aNegativeHeadcountIsRefused() {
        SiteCsv.parse(row("headcount", "-3"), problems);
        assertEquals("site.headcount.range", onlyProblem().key());
    }
}
