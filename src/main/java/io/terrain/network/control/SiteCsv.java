package io.terrain.network.control;

import io.terrain.network.api.SiteDraft;
import io.terrain.network.api.SiteKind;
import io.terrain.network.api.SiteStatus;
import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The sites CSV: its columns, and how one row becomes a site draft. */
public final class SiteCsv {

    public static final List<String> COLUMNS = List.of("code", "name", "kind", "segment", "address", "city",
            "postal_code", "latitude", "longitude", "org_unit_code", "status", "closed_on", "opened_on", "headcount");
    public static final Set<String> REQUIRED = Set.of("code", "name", "kind", "org_unit_code");
    public static final Set<String> OPTIONAL = Set.of("segment", "address", "city", "postal_code", "latitude",
            "longitude", "status", "closed_on", "opened_on", "headcount");

    /** Draft field names that differ from their column. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "postalCode", "postal_code", "orgUnitCode", "org_unit_code", "openedOn", "opened_on");

    private SiteCsv() {
    }

    /** A parsed row; {@code status} is null when the file does not say, which keeps a site's current status. */
    public record ParsedSite(int line, SiteDraft draft, SiteStatus status, LocalDate closedOn) {
    }

    /** The row as a site, or null when it has problems (added to {@code problems}). */
    public static ParsedSite parse(CsvRow row, List<Problem> problems) {
        int before = problems.size();
        CsvValues values = new CsvValues(row, problems);
        SiteKind kind = null;
        if (values.text("kind") != null) {
            kind = SiteKind.parse(values.text("kind")).orElse(null);
            if (kind == null) {
                values.problem("kind", "site.kind.invalid", values.text("kind"));
            }
        }
        SiteDraft draft = new SiteDraft(values.text("code"), values.text("name"), kind, values.text("segment"),
                values.text("address"), values.text("city"), values.text("postal_code"), values.decimal("latitude"),
                values.decimal("longitude"), values.text("org_unit_code"), values.date("opened_on"), values.integer("headcount"));
        for (Problem problem : SiteRules.check(draft)) {
            boolean kindAlreadyReported = "kind".equals(problem.field()) && values.text("kind") != null;
            if (!kindAlreadyReported) {
                problems.add(new Problem(row.line(), COLUMN_OF_FIELD.getOrDefault(problem.field(), problem.field()),
                        problem.key(), problem.args()));
            }
        }
        SiteStatus status = status(values);
        LocalDate closedOn = values.date("closed_on");
        if (status == SiteStatus.CLOSED && closedOn == null && values.text("closed_on") == null) {
            values.problem("closed_on", "site.closedOn.required");
        }
        return problems.size() > before ? null : new ParsedSite(row.line(), draft, status, closedOn);
    }

    private static SiteStatus status(CsvValues values) {
        String text = values.text("status");
        if (text == null) {
            return null;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "active", "actif", "ouvert":
                return SiteStatus.ACTIVE;
            case "closed", "fermé", "ferme":
                return SiteStatus.CLOSED;
            default:
                values.problem("status", "site.status.invalid", text);
                return null;
        }
    }
}
