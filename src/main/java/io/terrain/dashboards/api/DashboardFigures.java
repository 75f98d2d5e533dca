package io.terrain.dashboards.api;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * A dashboard as counted, with what screens derive from it (a chart's configuration in one language) kept beside it: the
 * figures are served to every reader for some seconds, so each chart is written once per counting, not once per page.
 */
public final class DashboardFigures {

    private final ExecutiveDashboard dashboard;
    private final ConcurrentMap<String, String> derived = new ConcurrentHashMap<>();

    public DashboardFigures(ExecutiveDashboard dashboard) {
        this.dashboard = Objects.requireNonNull(dashboard);
    }

    public ExecutiveDashboard dashboard() {
        return dashboard;
    }

    /** What {@code derive} writes from these figures under {@code key}, written by the first reader only. */
    public String derived(String key, Supplier<String> derive) {
        return derived.computeIfAbsent(key, k -> derive.get());
    }
}
