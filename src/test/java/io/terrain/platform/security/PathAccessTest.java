package io.terrain.platform.security;

import static io.terrain.platform.security.PathAccess.Decision.ALLOWED;
import static io.terrain.platform.security.PathAccess.Decision.FORBIDDEN;
import static io.terrain.platform.security.PathAccess.Decision.PUBLIC;
import static io.terrain.platform.security.PathAccess.Decision.SIGN_IN_FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PathAccessTest {

    private static Caller as(Role... roles) {
        return new Caller(7, "someone", Set.of(roles), false);
    }

    @Test
    void denyByDefaultEverythingButResourcesAndTheLoginPageNeedsASignedInUser() {
        assertEquals(PUBLIC, PathAccess.decide("/login.xhtml", null));
        assertEquals(PUBLIC, PathAccess.decide("/jakarta.faces.resource/core.js.xhtml", null));
        // Where PrimeFaces redirects a screen's AJAX request that failed: reachable by whoever made it.
        assertEquals(PUBLIC, PathAccess.decide("/errors/expired.xhtml", null));
        assertEquals(PUBLIC, PathAccess.decide("/errors/error.xhtml", null));
        assertEquals(SIGN_IN_FIRST, PathAccess.decide("/errors/other.xhtml", null));
        assertEquals(SIGN_IN_FIRST, PathAccess.decide("/index.xhtml", null));
        assertEquals(SIGN_IN_FIRST, PathAccess.decide("/api/sites", null));
        assertEquals(SIGN_IN_FIRST, PathAccess.decide("/some/new/page.xhtml", null));
        assertEquals(SIGN_IN_FIRST, PathAccess.decide("/login.xhtml/../admin/users.xhtml", null));
    }

    @Test
    void eachAreaOpensToItsRolesOnly() {
        assertEquals(FORBIDDEN, PathAccess.decide("/admin/users.xhtml", as(Role.PROGRAM_MANAGER, Role.EXECUTIVE)));
        assertEquals(ALLOWED, PathAccess.decide("/admin/users.xhtml", as(Role.ADMIN)));
        assertEquals(FORBIDDEN, PathAccess.decide("/network/sites.xhtml", as(Role.COACH)));
        assertEquals(FORBIDDEN, PathAccess.decide("/pilots/pilots.xhtml", as(Role.COACH)));
        assertEquals(FORBIDDEN, PathAccess.decide("/coaches/planning.xhtml", as(Role.COACH)));
        assertEquals(ALLOWED, PathAccess.decide("/coaches/today.xhtml", as(Role.COACH)));
        assertEquals(ALLOWED, PathAccess.decide("/indicators/chart.xhtml", as(Role.EXECUTIVE)));
        assertEquals(FORBIDDEN, PathAccess.decide("/index.xhtml", as()), "a user without any role opens nothing");
        assertEquals(ALLOWED, PathAccess.decide("/waves/plans.xhtml", as(Role.LINE_MANAGER)));
        assertEquals(ALLOWED, PathAccess.decide("/dashboards/executive.xhtml", as(Role.EXECUTIVE)));
        assertEquals(ALLOWED, PathAccess.decide("/dashboards/executive.xhtml", as(Role.LINE_MANAGER)));
        assertEquals(FORBIDDEN, PathAccess.decide("/dashboards/executive.xhtml", as(Role.COACH)));
        assertEquals(FORBIDDEN, PathAccess.decide("/api/dashboards/executive", as(Role.COACH)), "refused before the resource");
        assertEquals(FORBIDDEN, PathAccess.decide("/dashboards/reports.xhtml", as(Role.LINE_MANAGER)), "the direction's report is network-wide");
        assertEquals(ALLOWED, PathAccess.decide("/dashboards/reports.xhtml", as(Role.EXECUTIVE)));
        assertEquals(ALLOWED, PathAccess.decide("/waves/site.xhtml", as(Role.LINE_MANAGER)));
        assertEquals(FORBIDDEN, PathAccess.decide("/waves/plans.xhtml", as(Role.COACH)));
        assertEquals(FORBIDDEN, PathAccess.decide("/network/sites.xhtml", as(Role.LINE_MANAGER)), "a line manager's sites come through their plans");
        assertEquals(FORBIDDEN, PathAccess.decide("/admin/users.xhtml", as(Role.LINE_MANAGER)));
        assertEquals(FORBIDDEN, PathAccess.decide("/coaches/roster.xhtml", as(Role.LINE_MANAGER)));
        assertEquals(FORBIDDEN, PathAccess.decide("/diagnostics/campaigns.xhtml", as(Role.LINE_MANAGER)));
        assertEquals(ALLOWED, PathAccess.decide("/diagnostics/campaigns.xhtml", as(Role.COACH)));
        assertEquals(ALLOWED, PathAccess.decide("/coaches/visits.xhtml", as(Role.EXECUTIVE)));
    }

    /** Issue #15 item 6: pages that write open only to who may submit them, not refused at the first click. */
    @Test
    void pagesThatWriteOpenOnlyToTheirWriters() {
        assertEquals(FORBIDDEN, PathAccess.decide("/network/import.xhtml", as(Role.EXECUTIVE)));
        assertEquals(ALLOWED, PathAccess.decide("/network/import.xhtml", as(Role.PROGRAM_MANAGER)));
        assertEquals(FORBIDDEN, PathAccess.decide("/indicators/import.xhtml", as(Role.EXECUTIVE)));
        assertEquals(ALLOWED, PathAccess.decide("/indicators/import.xhtml", as(Role.ADMIN)));
        assertEquals(FORBIDDEN, PathAccess.decide("/diagnostics/observe.xhtml", as(Role.EXECUTIVE)));
        assertEquals(ALLOWED, PathAccess.decide("/diagnostics/observe.xhtml", as(Role.COACH)));
        assertEquals(FORBIDDEN, PathAccess.decide("/coaches/today.xhtml", as(Role.EXECUTIVE)));
        assertEquals(FORBIDDEN, PathAccess.decide("/coaches/today.xhtml", as(Role.PROGRAM_MANAGER)), "a coach's own day");
        assertEquals(ALLOWED, PathAccess.decide("/network/sites.xhtml", as(Role.EXECUTIVE)), "reading stays open");
    }

    @Test
    void beforeChangingAFirstPasswordOnlyThePasswordPageAndMeAreOpen() {
        assertTrue(PathAccess.allowedBeforePasswordChange("/account/password.xhtml"));
        assertTrue(PathAccess.allowedBeforePasswordChange("/api/users/me/password"));
        assertFalse(PathAccess.allowedBeforePasswordChange("/api/users"));
        assertFalse(PathAccess.allowedBeforePasswordChange("/index.xhtml"));
    }
}
