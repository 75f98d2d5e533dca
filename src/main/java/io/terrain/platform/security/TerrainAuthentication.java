package io.terrain.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for screens and REST, because Jakarta Security 3 allows only one per application.
 * <ul>
 *   <li>Screens sign in through the login page ({@code SecurityContext.authenticate}); a protected
 *   page without a session redirects there, and so does an AJAX request whose session expired
 *   (with a Faces partial-response redirect, which the browser follows instead of failing silently).
 *   <li>{@code /api} answers 401 with a JSON body, never a redirect; clients send HTTP Basic once and
 *   keep the session cookie, so the slow password hash is not paid per request.
 * </ul>
 * The session id is renewed at sign-in against session fixation.
 */
@AutoApplySession
@ApplicationScoped
public class TerrainAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Session attribute: the page asked for before the login page, to return to it afterwards. */
    public static final String RETURN_TO = "terrain.returnTo";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(credential, request, context);
        }
        if (isApi(request)) {
            return authenticateApiCall(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return sendToLoginPage(request, response);
    }

    private AuthenticationStatus signIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.responseUnauthorized();
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context) {
        UsernamePasswordCredential basic = basicCredential(request.getHeader("Authorization"));
        if (basic != null) {
            CredentialValidationResult result = identityStores.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorizedJson(response, "Invalid credentials");
        }
        if (context.isProtected()) {
            return unauthorizedJson(response, "Authentication required");
        }
        return context.doNothing();
    }

    static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static AuthenticationStatus unauthorizedJson(HttpServletResponse response, String message) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"terrain\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":401,\"error\":\"" + message + "\"}");
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus sendToLoginPage(HttpServletRequest request, HttpServletResponse response) {
        String loginUrl = request.getContextPath() + LOGIN_PAGE;
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + loginUrl + "?expired=true\"></redirect></partial-response>");
                response.flushBuffer();
            } else {
                if ("GET".equals(request.getMethod())) {
                    String query = request.getQueryString();
                    request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
                }
                response.sendRedirect(loginUrl);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
