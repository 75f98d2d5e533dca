package io.terrain.platform.boundary;

import io.terrain.platform.persistence.DatabaseReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The run command starts Payara Micro as a child of Maven; stopping Maven by its process (an IDE's stop button, a
 * kill) would leave the child serving port 8080. When {@code terrain.exit-with-parent} is on — the run command sets
 * it, nothing else does — Payara stops as soon as the process that started it is gone.
 */
@ApplicationScoped
public class RunCommandWatch {

    private static final Logger LOG = Logger.getLogger(RunCommandWatch.class.getName());

    @Inject
    @ConfigProperty(name = "terrain.exit-with-parent", defaultValue = "false")
    boolean exitWithParent;

    void watch(@Observes DatabaseReady event) {
        if (exitWithParent) {
            ProcessHandle.current().parent().ifPresent(parent -> whenGone(Optional.of(parent), () -> {
                LOG.warning("The run command that started Terrain has ended: stopping Payara Micro.");
                System.exit(0);
            }));
        }
    }

    /** Runs {@code then} once {@code parent} has exited (at once when there is none to watch). */
    static void whenGone(Optional<ProcessHandle> parent, Runnable then) {
        parent.ifPresentOrElse(p -> p.onExit().thenRun(then), then);
    }
}
