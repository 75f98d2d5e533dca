package io.terrain.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest body each kind of request may send, enforced while it streams in: measurement files
 * (their own limit), other imports and screen forms with uploads (the import limit), and JSON calls.
 */
@ApplicationScoped
public class BodyLimits {

    private static final long MB = 1024L * 1024;

    @Inject
    @ConfigProperty(name = "terrain.measurements.max-megabytes", defaultValue = "2048")
    long measurementMegabytes;

    @Inject
    @ConfigProperty(name = "terrain.import.max-megabytes", defaultValue = "50")
    long importMegabytes;

    @Inject
    @ConfigProperty(name = "terrain.api.max-json-kilobytes", defaultValue = "1024")
    long jsonKilobytes;

    public long forPath(String path) {
        if (path.equals("/api/indicators/measurements/import") || path.equals("/indicators/import.xhtml")) {
            return measurementMegabytes * MB;
        }
        if (path.startsWith("/api/") && !path.endsWith("/import")) {
            return jsonKilobytes * 1024;
        }
        return importMegabytes * MB;
    }
}
