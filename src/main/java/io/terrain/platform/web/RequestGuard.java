package io.terrain.platform.web;

import io.terrain.platform.boundary.SignIn;
import io.terrain.platform.boundary.WebSessions;
import io.terrain.platform.persistence.DatabaseUnavailable;
import io.terrain.platform.persistence.DeadlockRetry;
import io.terrain.platform.security.BasicCredentials;
import io.terrain.platform.security.Caller;
import io.terrain.platform.security.CallerContext;
import io.terrain.platform.security.SameSiteCookies;
import io.terrain.platform.security.SessionCookie;
import io.terrain.platform.security.PathAccess;
import io.terrain.platform.security.PublicAddress;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every request of screens and API passes here first (DESIGN.md §7). Terrain does its own
 * authentication instead of the container's, whose role cache drops roles under concurrency
 * (Payara #6145) and across cluster members (#6342):
 * <ol>
 *   <li>the client holds a session token (cookie {@link SessionCookie#NAME}); the session and its
 *   user's roles are read from the database at every request ({@link WebSessions}), so deactivation,
 *   a change of roles or a password reset applies at the next request, on any instance;
 *   <li>API clients without a session sign in once with HTTP Basic and keep the session cookie;
 *   <li>{@link PathAccess} decides before any body is read (deny by default); the API always answers
 *   in JSON, screens redirect to the login page;
 *   <li>state-changing calls prove same origin: a foreign {@code Origin} is refused, and API calls
 *   must carry {@code X-Requested-With}, which a cross-site form cannot send;
 *   <li>a body is read only up to its limit (413).
 * </ol>
 */
public class RequestGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestGuard.class.getName());
    static final String PASSWORD_PAGE = "/account/password.xhtml";
    /** Session attribute: the page asked for before the login page, to return to it afterwards. */
    static final String RETURN_TO = "terrain.returnTo";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    transient WebSessions sessions;

    @Inject
    transient SignIn signIn;

    @Inject
    transient PublicAddress address;

    @Inject
    transient BodyLimits bodyLimits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SecurityHeaders.apply(request, response, path, https());
        if (PathAccess.isStaticResource(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            // An error page rendered after a refusal: it shows who is signed in, and decides nothing.
            serve(request, response, chain, errorPageCaller(request), Long.MAX_VALUE);
            return;
        }
        boolean api = PathAccess.isApi(path);
        try {
            guard(request, response, chain, path, api);
        } catch (ServletException | RuntimeException failure) {
            // A screen's failure reaches here as Faces' ServletException around the driver's: the same 503 for both.
            if (!response.isCommitted() && DatabaseUnavailable.isCause(failure)) {
                // Restarting or failing over: a clear "try again shortly", not an error of Terrain's.
                LOG.warning(() -> "The database cannot be reached: " + failure);
                response.setHeader("Retry-After", "5");
                if (api) {
                    ApiErrorResponse.send(request, response, 503, "error.databaseUnavailable");
                } else {
                    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                }
                return;
            }
            if (!api || response.isCommitted() || failure instanceof ServletException) {
                throw failure;
            }
            // The API's errors are JSON, even when the failure happened before JAX-RS.
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "API error, reference " + reference, failure);
            ApiErrorResponse.send(request, response, 500, "error.unexpected");
        }
    }

    /** Who an error page shows as signed in: nobody when the database that knows it cannot be reached. */
    private Caller errorPageCaller(HttpServletRequest request) {
        try {
            return sessions.resolve(SessionCookie.token(request)).orElse(null);
        } catch (RuntimeException failure) {
            if (DatabaseUnavailable.isCause(failure)) {
                return null;
            }
            throw failure;
        }
    }

    private void guard(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path, boolean api)
            throws IOException, ServletException {
        Caller caller = sessionCaller(request, response).orElse(null);
        if (caller == null && api) {
            BasicCredentials basic = BasicCredentials.parse(request.getHeader("Authorization"));
            if (basic != null) {
                SignIn.Outcome outcome = DeadlockRetry.call(() -> signIn.attempt(basic.username(), basic.password(),
                        address.clientAddress(request)));
                if (outcome instanceof SignIn.Throttled throttled) {
                    response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
                    ApiErrorResponse.send(request, response, 429, "login.throttled", Math.max(1, throttled.retryAfter().toSeconds()));
                    return;
                }
                if (!(outcome instanceof SignIn.SignedIn signedIn)) {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"terrain\"");
                    ApiErrorResponse.send(request, response, 401, "login.invalid");
                    return;
                }
                // Sign-ins at the same moment each clear idle sessions and insert their own: a deadlock victim starts again.
                SessionCookie.set(request, response, DeadlockRetry.call(() -> sessions.start(signedIn.caller().id(), signedIn.sessionStamp())),
                        https());
                caller = signedIn.caller();
            }
        }
        switch (PathAccess.decide(path, caller)) {
            case PUBLIC -> serve(request, response, chain, caller, bodyLimits.forPath(path));
            case SIGN_IN_FIRST -> signInFirst(request, response, api);
            case FORBIDDEN -> refuse(request, response, api);
            case ALLOWED -> {
                if (caller.mustChangePassword() && !PathAccess.allowedBeforePasswordChange(path)) {
                    if (api) {
                        ApiErrorResponse.send(request, response, 403, "error.passwordMustChange");
                    } else {
                        response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                    }
                    return;
                }
                if (!SAFE_METHODS.contains(request.getMethod()) && !sameOrigin(request, response, api)) {
                    return;
                }
                long limit = bodyLimits.forPath(path);
                if (request.getContentLengthLong() > limit) {
                    refuseLargeBody(request, response, api, limit);
                    return;
                }
                serve(request, response, chain, caller, limit);
            }
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Caller caller, long limit)
            throws IOException, ServletException {
        if (!PathAccess.isApi(request.getRequestURI().substring(request.getContextPath().length()))
                && request.getDispatcherType() == DispatcherType.REQUEST) {
            // Screens keep their view state in the container session: start it now, while its cookie can still get SameSite.
            request.getSession(true);
            SameSiteCookies.addLax(response);
        }
        CallerContext.set(caller);
        try {
            chain.doFilter(new LimitedRequest(request, caller, limit), response);
        } finally {
            CallerContext.clear();
        }
    }

    /** The session's user as the database says now; the cookie of a session that ended is cleared. */
    private Optional<Caller> sessionCaller(HttpServletRequest request, HttpServletResponse response) {
        String token = SessionCookie.token(request);
        if (token == null) {
            return Optional.empty();
        }
        Optional<Caller> caller = sessions.resolve(token);
        if (caller.isEmpty()) {
            SessionCookie.clear(request, response, https());
            HttpSession container = request.getSession(false);
            if (container != null) {
                try {
                    container.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    // a concurrent request of the same session ended it first
                }
            }
        }
        return caller;
    }

    private boolean https() {
        return address.https();
    }

    private boolean sameOrigin(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals(ownOrigin(request)) && !origin.equals(address.origin())) {
            if (api) {
                ApiErrorResponse.send(request, response, 403, "error.crossOrigin");
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return false;
        }
        // A cross-site form can send a cookie (and a browser's cached Basic credentials) but no custom header.
        if (api && request.getHeader("X-Requested-With") == null) {
            ApiErrorResponse.send(request, response, 403, "error.sameOriginHeader");
            return false;
        }
        return true;
    }

    private void signInFirst(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
        if (api) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"terrain\"");
            ApiErrorResponse.send(request, response, 401, "error.signInRequired");
            return;
        }
        String loginUrl = request.getContextPath() + "/login.xhtml";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An AJAX request whose session expired: a partial-response redirect, which the browser follows.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + loginUrl + "?expired=true\"></redirect></partial-response>");
            response.flushBuffer();
            return;
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        response.sendRedirect(loginUrl);
    }

    /** The API answers in JSON; a screen shows the "access denied" page (its ERROR dispatch comes back here for the caller). */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
        if (api) {
            ApiErrorResponse.send(request, response, 403, "error.forbidden");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static void refuseLargeBody(HttpServletRequest request, HttpServletResponse response, boolean api, long limit)
            throws IOException {
        if (api) {
            ApiErrorResponse.send(request, response, 413, "error.payloadTooLarge", Math.max(1, limit / (1024 * 1024)));
        } else {
            response.sendError(413);
        }
    }

    private static String ownOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
