package io.terrain.network.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitDraft;
import io.terrain.network.api.SiteDraft;
import io.terrain.network.api.SiteKind;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoNetworkPlanTest {

    private final DemoNetworkPlan.Plan plan = DemoNetworkPlan.build();

    @Test
    void oneNetworkSixRegionsTwentyFourSectorsTwoHundredFortySites() {
        Map<OrgLevel, Long> levels = plan.units().stream().collect(Collectors.groupingBy(OrgUnitDraft::level, Collectors.counting()));
        assertEquals(Map.of(OrgLevel.NETWORK, 1L, OrgLevel.REGION, 6L, OrgLevel.SECTOR, 24L), levels);
        assertEquals(240, plan.sites().size());
    }

    @Test
    void everyUnitAndSiteIsValidAndSitsInAKnownSector() {
        Map<String, OrgUnitDraft> units = plan.units().stream().collect(Collectors.toMap(OrgUnitDraft::code, Function.identity()));
        for (OrgUnitDraft unit : plan.units()) {
            assertTrue(OrgUnitRules.check(unit).isEmpty(), unit + " " + OrgUnitRules.check(unit));
            if (unit.parentCode() != null) {
                assertTrue(OrgUnitRules.checkParent(unit.level(), units.get(unit.parentCode()).level(), unit.parentCode()).isEmpty());
            }
        }
        for (SiteDraft site : plan.sites()) {
            assertTrue(SiteRules.check(site).isEmpty(), site + " " + SiteRules.check(site));
            assertEquals(OrgLevel.SECTOR, units.get(site.orgUnitCode()).level());
        }
        assertEquals(240, plan.sites().stream().map(SiteDraft::code).distinct().count());
    }

    @Test
    void theNetworkMixesKindsWithOneWebDesk() {
        Map<SiteKind, Long> kinds = plan.sites().stream().collect(Collectors.groupingBy(SiteDraft::kind, Collectors.counting()));
        assertEquals(Set.of(SiteKind.STORE, SiteKind.AGENCY, SiteKind.CALL_CENTRE, SiteKind.WEB_DESK), kinds.keySet());
        assertEquals(1L, kinds.get(SiteKind.WEB_DESK));
    }

    @Test
    void theDemoIsTheSameEveryTime() {
        assertEquals(plan, DemoNetworkPlan.build());
    }
}
