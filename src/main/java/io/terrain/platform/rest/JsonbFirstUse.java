package io.terrain.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * The API's first JSON use happens once, before any request reads or writes JSON.
 *
 * <p>Why: Payara 6's own {@code ContextResolver<Jsonb>} ({@code org.glassfish.weld.JaxRSJsonContextResolver}) creates
 * the application's resolvers ({@link JsonbNumbers}) on its first use for each Java type, in a list shared without a
 * lock. A freshly started instance that receives several JSON requests of different types at once — an instance
 * back in the cluster under load — then fails one of them with a {@code ConcurrentModificationException}: a 500 (seen
 * by {@code .ci/faults}). Once that first use is over the list is empty and never touched again, so making it happen
 * here, one request at a time, removes the race; afterwards the filter costs one volatile read per request.
 */
@Provider
@PreMatching
public class JsonbFirstUse implements ContainerRequestFilter {

    // Jersey keeps one instance of a provider class for the application.
    private final Object firstUse = new Object();
    private volatile boolean done;

    @Context
    Providers providers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (done) {
            return;
        }
        synchronized (firstUse) {
            if (!done) {
                ContextResolver<Jsonb> resolver = providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE);
                if (resolver != null) {
                    resolver.getContext(Object.class);
                }
                done = true;
            }
        }
    }
}
