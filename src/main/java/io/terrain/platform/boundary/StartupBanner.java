package io.terrain.platform.boundary;

import io.terrain.platform.persistence.DatabaseReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells whoever started Terrain where to open it and how to sign in; runs after every seeder. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    @ConfigProperty(name = "terrain.public-url", defaultValue = "http://localhost:8080/terrain/")
    String publicUrl;

    void print(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) DatabaseReady event) {
        StringBuilder banner = new StringBuilder("\n\n  Terrain is starting at ").append(publicUrl).append('\n');
        if (event.demoData()) {
            banner.append("  Demo logins (password '").append(FirstUsers.DEMO_PASSWORD).append("'):\n");
            FirstUsers.DEMO_LOGINS.forEach(login -> banner.append(String.format("    %-12s %s%n", login.username(), login.role())));
        }
        if (event.demoData()) {
            LOG.warning(banner.append("  Demo data is on: never in production (TERRAIN_DEMO_DATA=false).").toString());
        } else {
            LOG.info(banner.toString());
        }
    }
}
