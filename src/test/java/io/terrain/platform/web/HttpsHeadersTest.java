package io.terrain.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.platform.security.SameSiteCookies;
import io.terrain.platform.security.SessionCookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the browser is told over https (tests run on http, so the https branch is checked here). */
class HttpsHeadersTest {

    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, Object> attributes = new HashMap<>();

    private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                case "setHeader" -> {
                    headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                    yield null;
                }
                case "addHeader" -> {
                    headers.computeIfAbsent((String) args[0], k -> new ArrayList<>()).add((String) args[1]);
                    yield null;
                }
                case "getHeaders" -> List.copyOf(headers.getOrDefault((String) args[0], List.of()));
                case "isCommitted" -> false;
                default -> null;
            });

    private final HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getContextPath" -> "/terrain";
                case "setAttribute" -> {
                    attributes.put((String) args[0], args[1]);
                    yield null;
                }
                case "getAttribute" -> attributes.get((String) args[0]);
                default -> null;
            });

    @Test
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() {
        SessionCookie.set(request, response, "token-123", true);
        assertEquals(List.of("terrain_session=token-123; Path=/terrain; HttpOnly; SameSite=Lax; Secure"), headers.get("Set-Cookie"));
        assertEquals("token-123", SessionCookie.token(request), "a session started in this request is seen by the rest of it");
        SecurityHeaders.apply(request, response, "/index.xhtml", true);
        assertEquals(List.of("max-age=31536000; includeSubDomains"), headers.get("Strict-Transport-Security"));
    }

    @Test
    void overHttpNeitherSecureNorHsts() {
        SessionCookie.set(request, response, "token-123", false);
        assertFalse(headers.get("Set-Cookie").get(0).contains("Secure"));
        SecurityHeaders.apply(request, response, "/api/sites", false);
        assertFalse(headers.containsKey("Strict-Transport-Security"));
        assertTrue(headers.get("Content-Security-Policy").get(0).startsWith("default-src 'none'"));
    }

    @Test
    void theContainersCookiesGetSameSiteOnceAndOursAreLeftAsTheyAre() {
        response.addHeader("Set-Cookie", "JSESSIONID=abc; Path=/terrain; HttpOnly");
        SessionCookie.set(request, response, "token-123", false);
        SameSiteCookies.addLax(response);
        SameSiteCookies.addLax(response);
        assertEquals(List.of("JSESSIONID=abc; Path=/terrain; HttpOnly; SameSite=Lax",
                "terrain_session=token-123; Path=/terrain; HttpOnly; SameSite=Lax"), headers.get("Set-Cookie"));
    }
}
