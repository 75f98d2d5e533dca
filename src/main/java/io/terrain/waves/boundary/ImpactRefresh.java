package io.terrain.waves.boundary;

import io.terrain.indicators.api.Comparison;
import io.terrain.indicators.api.MeasurementsChanged;
import io.terrain.platform.security.SystemTask;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps stored impacts true: once an import of measurements has committed, the results computed from
 * those KPIs are forgotten and the primary ones computed again, in the background (a 20,000-site
 * computation takes seconds; the importer does not wait for it). A dashboard finding no stored result
 * (adoptions changed since) asks for it here too, and reads it on its next count.
 */
@ApplicationScoped
public class ImpactRefresh {

    private static final Logger LOG = Logger.getLogger(ImpactRefresh.class.getName());

    @Inject
    ImpactsFacade impacts;

    @Resource
    ManagedExecutorService executor;

    /** Plan and KPI pairs being computed on a dashboard's behalf: one computation each at a time on this instance. */
    private final Set<String> computing = ConcurrentHashMap.newKeySet();

    /** The plan's impact on the KPI against not-yet-adopted sites, computed and stored in the background. */
    public void computeLater(long planId, String kpiCode) {
        String key = planId + "|" + kpiCode;
        if (!computing.add(key)) {
            return;
        }
        try {
            executor.submit(() -> {
                try {
                    SystemTask.call(() -> impacts.impact(planId, kpiCode, Comparison.NOT_YET_ADOPTED));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Computing the impact of plan " + planId + " on " + kpiCode + " failed; it is tried again when next read", e);
                } finally {
                    computing.remove(key);
                }
            });
        } catch (RuntimeException e) {
            computing.remove(key);
            throw e;
        }
    }

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
