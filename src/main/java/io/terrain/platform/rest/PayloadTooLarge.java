package io.terrain.platform.rest;

import java.io.IOException;

/** A request body went past its size limit while being read: the request answers 413, nothing is kept. */
public class PayloadTooLarge extends IOException {

    private final long limitBytes;

    public PayloadTooLarge(long limitBytes) {
        super("Request body larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
