package io.terrain.network.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.network.api.OrgLevel;
import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrgUnitCsvTest {

    private final List<Problem> problems = new ArrayList<>();

    private static CsvRow row(String code, String name, String level, String parent, String email) {
        Map<String, String> values = new HashMap<>();
        values.put("code", code);
        values.put("name", name);
        values.put("level", level);
        values.put("parent_code", parent);
        values.put("manager_email", email);
        return new CsvRow(3, values);
    }

    @Test
    void frenchLevelNamesAreUnderstood() {
        var unit = OrgUnitCsv.parse(row("NOR", "Nord", "Région", "FR", "a.b@example.com"), problems);
        assertNotNull(unit, problems.toString());
        assertEquals(OrgLevel.REGION, unit.draft().level());
    }

    @Test
    void anUnknownLevelIsNamed() {
        assertNull(OrgUnitCsv.parse(row("X", "X", "galaxy", "FR", null), problems));
        assertEquals("orgUnit.level.invalid", problems.get(0).key());
        assertEquals("level", problems.get(0).field());
    }

    @Test
    void onlyTheNetworkHasNoParent() {
        OrgUnitCsv.parse(row("FR", "France", "NETWORK", "EU", null), problems);
        assertEquals("orgUnit.network.noParent", problems.get(0).key());
        problems.clear();
        OrgUnitCsv.parse(row("NOR", "Nord", "REGION", null, null), problems);
        assertEquals("field.required", problems.get(0).key());
        assertEquals("parent_code", problems.get(0).field());
    }

    @Test
    void aBadManagerEmailIsRefused() {
        OrgUnitCsv.parse(row("NOR", "Nord", "REGION", "FR", "not-an-email"), problems);
        assertEquals("field.email.invalid", problems.get(0).key());
        assertEquals("manager_email", problems.get(0).field());
    }

    @Test
    void aParentMustSitOneLevelUp() {
        assertTrue(OrgUnitRules.checkParent(OrgLevel.SECTOR, OrgLevel.REGION, "NOR").isEmpty());
        assertEquals("orgUnit.parent.level", OrgUnitRules.checkParent(OrgLevel.SECTOR, OrgLevel.NETWORK, "FR").get(0).key());
    }
}
