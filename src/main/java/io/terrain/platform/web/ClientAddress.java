package io.terrain.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The address a request came from, for sign-in throttling. Behind a load balancer every request
 * comes from the balancer: then the last address of X-Forwarded-For counts, but only when the direct
 * peer is a proxy named in {@code terrain.http.trusted-proxies} (a client could write anything there).
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request, Set<String> trustedProxies) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? peer : last;
    }
}
