package io.terrain.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Starting and ending a signed-in web session, the same way for the login page and API clients. */
public final class SignedInSessions {

    /** Session attribute: the page asked for before the login page, to return to it afterwards. */
    public static final String RETURN_TO = "terrain.returnTo";

    private SignedInSessions() {
    }

    /** Binds the session to the user; the session id changes (no fixation), what the session held stays. */
    public static void begin(HttpServletRequest request, long userId, long sessionStamp) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SignedInSession.ATTRIBUTE, new SignedInSession(userId, sessionStamp));
    }

    /** After the user changed their own password: this session goes on with the new stamp. */
    public static void renew(HttpServletRequest request, long userId, long sessionStamp) {
        request.changeSessionId();
        request.getSession().setAttribute(SignedInSession.ATTRIBUTE, new SignedInSession(userId, sessionStamp));
    }

    public static SignedInSession of(HttpSession session) {
        if (session == null) {
            return null;
        }
        try {
            return session.getAttribute(SignedInSession.ATTRIBUTE) instanceof SignedInSession signedIn ? signedIn : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
