package io.terrain.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cookie that carries a signed-in session's token ({@code terrain_session}): HttpOnly,
 * SameSite=Lax, Secure over https, for the application's path, gone when the browser closes.
 * Written here as a header, so each attribute appears once.
 */
public final class SessionCookie {

    public static final String NAME = "terrain_session";
    /** Request attribute: the token of a session started during this request (not yet in the request's cookies). */
    private static final String STARTED = "terrain.sessionToken";

    private SessionCookie() {
    }

    /** The token this request carries, or the one it started. */
    public static String token(HttpServletRequest request) {
        if (request.getAttribute(STARTED) instanceof String started) {
            return started;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    public static void set(HttpServletRequest request, HttpServletResponse response, String token, boolean secure) {
        request.setAttribute(STARTED, token);
        response.addHeader("Set-Cookie", NAME + "=" + token + "; Path=" + path(request) + "; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : ""));
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response, boolean secure) {
        request.setAttribute(STARTED, "");
        response.addHeader("Set-Cookie", NAME + "=; Path=" + path(request) + "; Max-Age=0; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : ""));
    }

    private static String path(HttpServletRequest request) {
        String context = request.getContextPath();
        return context.isEmpty() ? "/" : context;
    }
}
