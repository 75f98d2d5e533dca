package io.terrain.platform.api;

/** The thing asked for does not exist, or the caller may not know it exists. */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
