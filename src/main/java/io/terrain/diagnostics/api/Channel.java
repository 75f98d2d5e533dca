package io.terrain.diagnostics.api;

/** Where a journey or a verbatim happens. */
public enum Channel {
    STORE,
    WEB,
    PHONE,
    WEB_TO_STORE,
    MOBILE,
    EMAIL
}
