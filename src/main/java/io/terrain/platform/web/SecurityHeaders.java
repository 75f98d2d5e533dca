package io.terrain.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Response headers of every answer (ASVS 14.4). Screens get their Content-Security-Policy from
 * PrimeFaces (a fresh nonce per page, see web.xml {@code primefaces.CSP_POLICY}); every other answer
 * (API, files) may run no script at all.
 */
final class SecurityHeaders {

    /** Everything but the script sources, which PrimeFaces appends with the page's nonce. */
    static final String PAGE_POLICY_WITHOUT_SCRIPTS = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'; script-src 'self'";
    static final String NO_SCRIPT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response, String path, boolean https) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Server", "Terrain");
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        boolean staticResource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        if (!staticResource) {
            // Signed-in answers carry personal data: no browser or proxy keeps a copy.
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (!path.endsWith(".xhtml") && !path.equals("/") && !path.endsWith("/") && !path.endsWith(".js")) {
            response.setHeader("Content-Security-Policy", NO_SCRIPT_POLICY);
        }
    }
}
