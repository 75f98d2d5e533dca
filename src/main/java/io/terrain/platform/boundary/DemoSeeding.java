package io.terrain.platform.boundary;

import io.terrain.platform.persistence.DatabaseReady;
import io.terrain.platform.persistence.DemoDataWanted;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Asks the modules for their demo data when it is on: after the first users (FirstUsers, at APPLICATION) and before
 * the start-up banner, so that the run command announces an application whose demo is in place.
 */
@ApplicationScoped
public class DemoSeeding {

    @Inject
    Event<DemoDataWanted> wanted;

    void ask(@Observes @Priority(Interceptor.Priority.APPLICATION + 50) DatabaseReady event) {
        if (event.demoData()) {
            wanted.fire(new DemoDataWanted());
        }
    }
}
