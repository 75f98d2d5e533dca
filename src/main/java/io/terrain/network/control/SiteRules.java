package io.terrain.network.control;

import io.terrain.network.api.SiteDraft;
import io.terrain.platform.api.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes a site acceptable, whether it comes from the screen, the API or a CSV row. Problems
 * name the draft's fields; a CSV import renames them to its columns.
 */
public final class SiteRules {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");
    public static final int MAX_HEADCOUNT = 100_000;
    private static final BigDecimal LAT_MAX = BigDecimal.valueOf(90);
    private static final BigDecimal LON_MAX = BigDecimal.valueOf(180);

    private SiteRules() {
    }

    public static List<Problem> check(SiteDraft site) {
        List<Problem> problems = new ArrayList<>();
        if (isBlank(site.code())) {
            problems.add(Problem.of("code", "field.required"));
        } else if (!CODE.matcher(site.code()).matches()) {
            problems.add(Problem.of("code", "site.code.invalid", site.code()));
        }
        required(problems, "name", site.name(), 128);
        if (site.kind() == null) {
            problems.add(Problem.of("kind", "field.required"));
        }
        maxLength(problems, "segment", site.segment(), 64);
        maxLength(problems, "address", site.address(), 256);
        maxLength(problems, "city", site.city(), 128);
        maxLength(problems, "postalCode", site.postalCode(), 16);
        if (isBlank(site.orgUnitCode())) {
            problems.add(Problem.of("orgUnitCode", "field.required"));
        }
        if (site.latitude() != null && site.latitude().abs().compareTo(LAT_MAX) > 0) {
            problems.add(Problem.of("latitude", "site.latitude.range", site.latitude()));
        }
        if (site.longitude() != null && site.longitude().abs().compareTo(LON_MAX) > 0) {
            problems.add(Problem.of("longitude", "site.longitude.range", site.longitude()));
        }
        if ((site.latitude() == null) != (site.longitude() == null)) {
            problems.add(Problem.of(site.latitude() == null ? "latitude" : "longitude", "site.coordinates.pair"));
        }
        if (site.headcount() != null && (site.headcount() < 0 || site.headcount() > MAX_HEADCOUNT)) {
            problems.add(Problem.of("headcount", "site.headcount.range", site.headcount(), MAX_HEADCOUNT));
        }
        return problems;
    }

    static void required(List<Problem> problems, String field, String value, int maxLength) {
        if (isBlank(value)) {
            problems.add(Problem.of(field, "field.required"));
        } else {
            maxLength(problems, field, value, maxLength);
        }
    }

    static void maxLength(List<Problem> problems, String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            problems.add(Problem.of(field, "field.tooLong", maxLength));
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
