package io.terrain.network.control;

import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitDraft;
import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The org units CSV: its columns, and how one row becomes an org unit draft. */
public final class OrgUnitCsv {

    public static final List<String> COLUMNS = List.of("code", "name", "level", "parent_code", "manager_name", "manager_email");
    public static final Set<String> REQUIRED = Set.of("code", "name", "level");
    public static final Set<String> OPTIONAL = Set.of("parent_code", "manager_name", "manager_email");

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "parentCode", "parent_code", "managerName", "manager_name", "managerEmail", "manager_email");
    private static final Map<String, OrgLevel> FRENCH_LEVELS = Map.of(
            "reseau", OrgLevel.NETWORK, "region", OrgLevel.REGION, "secteur", OrgLevel.SECTOR);

    private OrgUnitCsv() {
    }

    public record ParsedUnit(int line, OrgUnitDraft draft) {
    }

    public static ParsedUnit parse(CsvRow row, List<Problem> problems) {
        int before = problems.size();
        CsvValues values = new CsvValues(row, problems);
        OrgLevel level = null;
        String levelText = values.text("level");
        if (levelText != null) {
            level = level(levelText);
            if (level == null) {
                values.problem("level", "orgUnit.level.invalid", levelText);
            }
        }
        OrgUnitDraft draft = new OrgUnitDraft(values.text("code"), values.text("name"), level,
                values.text("parent_code"), values.text("manager_name"), values.text("manager_email"), null);
        for (Problem problem : OrgUnitRules.check(draft)) {
            if (!("level".equals(problem.field()) && levelText != null)) {
                problems.add(new Problem(row.line(), COLUMN_OF_FIELD.getOrDefault(problem.field(), problem.field()),
                        problem.key(), problem.args()));
            }
        }
        return problems.size() > before ? null : new ParsedUnit(row.line(), draft);
    }

    static OrgLevel level(String text) {
        String plain = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        for (OrgLevel level : OrgLevel.values()) {
            if (level.name().equalsIgnoreCase(plain)) {
                return level;
            }
        }
        return FRENCH_LEVELS.get(plain);
    }
}
