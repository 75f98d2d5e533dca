package io.terrain.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Payara 6 ignores the Servlet SameSite attribute of the session cookie, and its own
 * {@code cookieSameSite} switch writes the attribute twice on every cookie. Instead, the cookies a
 * response already sets get {@code SameSite=Lax} here, once, before the response is committed.
 */
public final class SameSiteCookies {

    private SameSiteCookies() {
    }

    public static void addLax(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        if (cookies.stream().allMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("samesite="))) {
            return;
        }
        boolean first = true;
        for (String cookie : cookies) {
            String fixed = cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=") ? cookie : cookie + "; SameSite=Lax";
            if (first) {
                response.setHeader("Set-Cookie", fixed);
                first = false;
            } else {
                response.addHeader("Set-Cookie", fixed);
            }
        }
    }
}
