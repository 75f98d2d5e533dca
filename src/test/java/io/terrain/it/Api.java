package io.terrain.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A REST client of Terrain's API for tests: one user, HTTP Basic, JSON in and out. */
final class Api {

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray jsonArray() {
            return Json.createReader(new StringReader(body)).readArray();
        }
    }

    private final URL base;
    private final String authorization;
    private final String forwardedFor;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    private Api(URL base, String authorization, String forwardedFor) {
        this.base = base;
        this.authorization = authorization;
        this.forwardedFor = forwardedFor;
    }

    private Api(URL base, String authorization) {
        this(base, authorization, null);
    }

    /**
     * The same user, as if coming through the load balancer from another client address (the tests
     * run with 127.0.0.1 as a trusted proxy), so sign-in throttling by address stays within a test.
     */
    static Api from(URL base, String address, String username, String password) {
        return new Api(base, "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), address);
    }

    private volatile String sessionToken;

    /** The session token (cookie terrain_session) the server last gave this client, read from Set-Cookie. */
    String sessionToken() {
        if (sessionToken == null) {
            throw new IllegalStateException("no session yet: sign in with a request first");
        }
        return sessionToken;
    }

    private static final java.util.Map<String, Api> SIGNED_IN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The client the checks use for a user's everyday requests: one per deployment, user and password, signing in once
     * and then riding on its session cookie as a browser does (a sign-in costs a PBKDF2 hash at 310,000 rounds and a
     * session row: hundreds of them were a third of the API checks' time). The credentials still go with every
     * request, so a session ended meanwhile is started again. Checks about signing in itself use {@link #as}.
     */
    static Api signedIn(URL base, String username, String password) {
        return SIGNED_IN.computeIfAbsent(base + " " + username + " " + password, key -> as(base, username, password));
    }

    /** A new client: its first request signs in. */
    static Api as(URL base, String username, String password) {
        return new Api(base, "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static Api anonymous(URL base) {
        return new Api(base, null);
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    Reply postCsv(String path, String csv) {
        return send(request(path).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    Reply postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        // X-Requested-With: state-changing API calls must carry it (a cross-site form cannot).
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString() + path)).header("Accept-Language", "en")
                .header("X-Requested-With", "terrain-tests");
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("terrain_session="))
                    .reduce((first, last) -> last).ifPresent(c -> sessionToken = c.substring("terrain_session=".length()).split(";")[0]);
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
