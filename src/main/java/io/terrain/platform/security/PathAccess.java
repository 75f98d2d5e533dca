package io.terrain.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may open which path, decided before a request reaches a page or a resource (deny by default:
 * any path not named here needs a signed-in user with a role). The boundary checks roles again on
 * every call; this is the first wall, and the one that keeps a body unread when its caller may not
 * send it.
 */
public final class PathAccess {

    public enum Decision { PUBLIC, SIGN_IN_FIRST, FORBIDDEN, ALLOWED }

    private record Rule(String prefix, Set<Role> roles) {
        boolean matches(String path) {
            return prefix.endsWith("/") ? path.startsWith(prefix) : path.equals(prefix);
        }
    }

    private static final Set<Role> ANY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> READERS_OF_THE_NETWORK = EnumSet.of(Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE);
    private static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.PROGRAM_MANAGER);
    private static final Set<Role> STEERING = EnumSet.of(Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER);
    private static final Set<Role> FIELD_AND_PROGRAMME = EnumSet.of(Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH);

    /** Static resources and the sign-in page: nobody needs to be signed in, and nothing is looked up. */
    private static final List<String> PUBLIC_PREFIXES = List.of("/jakarta.faces.resource/", "/resources/");
    /** The sign-in page, and the error pages an AJAX failure redirects to (they show nothing of anybody's). */
    private static final Set<String> PUBLIC_PAGES = Set.of("/login.xhtml", "/errors/expired.xhtml", "/errors/error.xhtml");

    /** First match wins; more specific rules first. */
    private static final List<Rule> RULES = List.of(
            new Rule("/admin/", EnumSet.of(Role.ADMIN)),
            // Pages that write: opened only by who may submit them (not refused at the first click).
            new Rule("/network/import.xhtml", WRITERS),
            new Rule("/indicators/import.xhtml", WRITERS),
            new Rule("/diagnostics/observe.xhtml", EnumSet.of(Role.ADMIN, Role.PROGRAM_MANAGER, Role.COACH)),
            new Rule("/coaches/today.xhtml", EnumSet.of(Role.COACH)),
            new Rule("/network/", READERS_OF_THE_NETWORK),
            // Dashboards: leadership, and line managers on their perimeter (the boundary keeps them to it).
            // The monthly report is the direction's, over the whole network.
            new Rule("/dashboards/reports.xhtml", READERS_OF_THE_NETWORK),
            new Rule("/dashboards/", STEERING),
            new Rule("/api/dashboards/", STEERING),
            new Rule("/api/feedback/", STEERING),
            new Rule("/api/reports/", READERS_OF_THE_NETWORK),
            new Rule("/api/feedback", STEERING),
            new Rule("/indicators/", READERS_OF_THE_NETWORK),
            new Rule("/pilots/", READERS_OF_THE_NETWORK),
            // A site's rollout page: coaches and line managers tick their sites' checklists there (the boundary keeps
            // each to their own sites, everything else answering 404).
            new Rule("/waves/site.xhtml", EnumSet.of(Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH, Role.LINE_MANAGER)),
            new Rule("/waves/", EnumSet.of(Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER)),
            new Rule("/coaches/planning.xhtml", READERS_OF_THE_NETWORK),
            // Diagnostics and the coaches' pages are the field's and the programme's; a line manager follows their
            // perimeter's rollout from the waves' pages.
            new Rule("/diagnostics/", FIELD_AND_PROGRAMME),
            new Rule("/coaches/", FIELD_AND_PROGRAMME));

    /** What a signed-in user whose password was set for them may still do: change it, and see who they are. */
    private static final Set<String> BEFORE_PASSWORD_CHANGE = Set.of(
            "/account/password.xhtml", "/api/users/me", "/api/users/me/password");

    private PathAccess() {
    }

    /** A path nothing about the caller matters for: the guard does not even read the session. */
    public static boolean isStaticResource(String path) {
        return PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    public static Decision decide(String path, Caller caller) {
        if (isStaticResource(path) || PUBLIC_PAGES.contains(path)) {
            return Decision.PUBLIC;
        }
        if (caller == null) {
            return Decision.SIGN_IN_FIRST;
        }
        Set<Role> allowed = RULES.stream().filter(rule -> rule.matches(path)).findFirst().map(Rule::roles).orElse(ANY_ROLE);
        return caller.roles().stream().anyMatch(allowed::contains) ? Decision.ALLOWED : Decision.FORBIDDEN;
    }

    public static boolean allowedBeforePasswordChange(String path) {
        return BEFORE_PASSWORD_CHANGE.contains(path);
    }

    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
