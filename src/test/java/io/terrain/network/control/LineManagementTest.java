package io.terrain.network.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.network.api.ManagedPerimeter;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineManagementTest {

    private static OrgUnitSummary unit(long id, OrgLevel level, Long parentId, Long managerUserId) {
        return new OrgUnitSummary(id, "U" + id, "Unit " + id, level, parentId, null, null, managerUserId, 0);
    }

    /** Network 1 > regions 10, 20 > sectors 11, 12 (of 10) and 21 (of 20). */
    private static List<OrgUnitSummary> tree(Long networkManager, Long region10Manager, Long sector21Manager) {
        return List.of(unit(1, OrgLevel.NETWORK, null, networkManager), unit(10, OrgLevel.REGION, 1L, region10Manager),
                unit(20, OrgLevel.REGION, 1L, null), unit(11, OrgLevel.SECTOR, 10L, null), unit(12, OrgLevel.SECTOR, 10L, null),
                unit(21, OrgLevel.SECTOR, 20L, sector21Manager));
    }

    @Test
    void aRegionsManagerAnswersForTheRegionAndItsSectorsAndNothingElse() {
        ManagedPerimeter perimeter = LineManagement.perimeter(7, tree(null, 7L, 8L), List.of());
        assertEquals(Set.of(10L, 11L, 12L), perimeter.orgUnitIds());
        assertFalse(perimeter.wholeNetwork());
        assertTrue(perimeter.covers(500, 10L, 12L));
        assertFalse(perimeter.covers(501, 20L, 21L));
        assertFalse(perimeter.coversUnit(20));
    }

    @Test
    void aSectorAndASiteElsewhereAddUp() {
        ManagedPerimeter perimeter = LineManagement.perimeter(8, tree(null, 7L, 8L), List.of(900L));
        assertEquals(Set.of(21L), perimeter.orgUnitIds());
        assertTrue(perimeter.covers(501, 20L, 21L));
        assertTrue(perimeter.covers(900, 10L, 11L), "the site they manage by itself");
        assertFalse(perimeter.covers(901, 10L, 11L));
    }

    @Test
    void theNetworksManagerSeesEverythingAndAnyoneElseNothing() {
        assertTrue(LineManagement.perimeter(5, tree(5L, null, null), List.of()).covers(1, null, null));
        ManagedPerimeter nobody = LineManagement.perimeter(6, tree(5L, 7L, 8L), List.of());
        assertTrue(nobody.isEmpty());
        assertFalse(nobody.covers(500, 10L, 11L));
    }
}
