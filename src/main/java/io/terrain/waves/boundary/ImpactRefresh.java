package io.terrain.waves.boundary;

import io.terrain.indicators.api.MeasurementsChanged;
import io.terrain.platform.security.SystemTask;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps stored impacts true: once an import of measurements has committed, the results computed from
 * those KPIs are forgotten and the primary ones computed again, in the background (a 20,000-site
 * computation takes seconds; the importer does not wait for it).
 */
@ApplicationScoped
public class ImpactRefresh {

    private static final Logger LOG = Logger.getLogger(ImpactRefresh.class.getName());

    @Inject
    ImpactsFacade impacts;

    @Resource
    ManagedExecutorService executor;

    void measurementsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeasurementsChanged event) {
        List<String> codes = List.copyOf(event.kpiCodes());
        executor.submit(() -> {
            try {
                SystemTask.call(() -> {
                    impacts.refresh(codes);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Refreshing the impacts of " + codes + " failed; they are computed when next read", e);
            }
        });
    }
}
