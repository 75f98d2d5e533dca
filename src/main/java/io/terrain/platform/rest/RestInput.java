package io.terrain.platform.rest;

import jakarta.ws.rs.BadRequestException;

/** The two checks every resource makes before calling its facade: a body was sent, and the version read. */
public final class RestInput {

    private RestInput() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        return body;
    }

    /** The version the client read (optimistic locking): required on every update. */
    public static long version(Long version) {
        if (version == null) {
            throw new BadRequestException("Query parameter 'version' is required: send the version you read");
        }
        return version;
    }
}
