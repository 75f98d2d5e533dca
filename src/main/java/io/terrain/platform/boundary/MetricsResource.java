package io.terrain.platform.boundary;

import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/metrics}: how this instance is doing, for administrators only. Payara's own public
 * {@code /metrics} endpoint is switched off (config/post-boot-commands.asadmin): it told anyone the
 * server's internals.
 */
@Path("metrics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {

    @Inject
    WebSessions sessions;

    @GET
    @RequiresRole(Role.ADMIN)
    public Map<String, Object> metrics() {
        Map<String, Object> figures = new LinkedHashMap<>();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        figures.put("heapUsedBytes", heap.getUsed());
        figures.put("heapMaxBytes", heap.getMax());
        figures.put("threads", ManagementFactory.getThreadMXBean().getThreadCount());
        figures.put("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
        long collections = 0;
        long collectionMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += Math.max(0, gc.getCollectionCount());
            collectionMillis += Math.max(0, gc.getCollectionTime());
        }
        figures.put("gcCollections", collections);
        figures.put("gcMillis", collectionMillis);
        figures.put("signedInSessions", sessions.liveSessions());
        return figures;
    }
}
