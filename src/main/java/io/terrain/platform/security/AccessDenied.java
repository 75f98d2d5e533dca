package io.terrain.platform.security;

/** The caller is signed in but their role or scope does not allow this. */
public class AccessDenied extends RuntimeException {

    public AccessDenied() {
        super("Access denied");
    }
}
