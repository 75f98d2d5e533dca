package io.terrain.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where users reach Terrain ({@code terrain.public-url}) and which proxies stand in front of it
 * ({@code terrain.http.trusted-proxies}): the one place that says whether cookies are Secure, which
 * origin is Terrain's own, and from which address a request came.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "terrain.public-url", defaultValue = "http://localhost:8080/terrain/")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "terrain.http.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    private Set<String> proxies;
    private String origin;

    @PostConstruct
    void read() {
        proxies = Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        URI uri = URI.create(publicUrl);
        origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** A page's address as users reach it, for links in mails: {@code page("dashboards/reports.xhtml")}. */
    public String page(String path) {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + path;
    }

    /** Served over https: cookies are Secure and HSTS is sent. */
    public boolean https() {
        return publicUrl.startsWith("https:");
    }

    /** The origin users' browsers send for Terrain's own pages, e.g. {@code https://terrain.example.com}. */
    public String origin() {
        return origin;
    }

    /**
     * The address a request came from, for sign-in throttling. Behind a load balancer every request
     * comes from the balancer: then the last address of X-Forwarded-For counts, but only when the
     * direct peer is a trusted proxy (a client could write anything there).
     */
    public String clientAddress(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !proxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? peer : last;
    }
}
