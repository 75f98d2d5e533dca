package io.terrain.platform.security;

import java.io.Serializable;

/**
 * What a web session remembers of its user: the id and the session stamp read at sign-in. Never the
 * roles: they are read again at every request, so a change of rights applies at once and nothing in
 * the container's role cache (Payara issues #6145, #6342) can drop or keep them.
 */
public record SignedInSession(long userId, long sessionStamp) implements Serializable {

    public static final String ATTRIBUTE = "terrain.signedIn";
}
