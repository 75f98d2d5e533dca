package io.terrain.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.terrain.platform.security.PublicAddress;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A screen whose page fails because the database is away (restarting, failing over) answers 503 with Retry-After, as
 * the API does — not the 500 error page. Faces hands the driver's failure up wrapped in a ServletException.
 */
class RequestGuardDatabaseAwayTest {

    /** What the guard sent: a status by sendError and the headers it set. */
    private final Map<String, Object> sent = new HashMap<>();

    @Test
    void aScreenFailingOnTheDatabaseAnswers503WithRetryAfter() throws Exception {
        FilterChain facesFailsOnTheDatabase = (request, response) -> {
            throw new ServletException("rendering failed", new SQLTransientConnectionException("Connection refused"));
        };

        guard().doFilter(request("/login.xhtml"), response(), facesFailsOnTheDatabase);

        assertEquals(503, sent.get("status"));
        assertEquals("5", sent.get("Retry-After"));
    }

    @Test
    void aScreenFailingOtherwiseStillReachesTheErrorPage() {
        ServletException notTheDatabase = new ServletException("a bug", new IllegalStateException("a bug"));
        FilterChain facesFails = (request, response) -> {
            throw notTheDatabase;
        };

        ServletException thrown = assertThrows(ServletException.class,
                () -> guard().doFilter(request("/login.xhtml"), response(), facesFails));

        assertSame(notTheDatabase, thrown);
        assertEquals(null, sent.get("status"));
    }

    private static RequestGuard guard() {
        RequestGuard guard = new RequestGuard();
        guard.address = new PublicAddress() {
            @Override
            public boolean https() {
                return false;
            }
        };
        guard.bodyLimits = new BodyLimits() {
            @Override
            public long forPath(String path) {
                return 1024;
            }
        };
        return guard;
    }

    /** A signed-out browser's GET of a page: no cookie, no header. */
    private static HttpServletRequest request(String path) {
        HttpSession session = fake(HttpSession.class, (name, args) -> null);
        return fake(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getRequestURI" -> "/terrain" + path;
            case "getContextPath" -> "/terrain";
            case "getDispatcherType" -> DispatcherType.REQUEST;
            case "getMethod" -> "GET";
            case "getSession" -> session;
            case "getContentLengthLong" -> -1L;
            default -> null;
        });
    }

    private HttpServletResponse response() {
        return fake(HttpServletResponse.class, (name, args) -> {
            switch (name) {
                case "sendError" -> sent.put("status", args[0]);
                case "setHeader" -> sent.put((String) args[0], args[1]);
                case "getHeaders" -> {
                    return List.of();
                }
                default -> {
                }
            }
            return null;
        });
    }

    private interface Answers {
        Object answer(String method, Object[] args);
    }

    /** An interface answered by name; what is not answered gives false, 0 or null. */
    private static <T> T fake(Class<T> type, Answers answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Object answer = answers.answer(method.getName(), args);
            if (answer != null || !method.getReturnType().isPrimitive()) {
                return answer == null && Collection.class.isAssignableFrom(method.getReturnType()) ? List.of() : answer;
            }
            return method.getReturnType() == boolean.class ? Boolean.FALSE : method.getReturnType() == long.class ? 0L : 0;
        }));
    }
}
