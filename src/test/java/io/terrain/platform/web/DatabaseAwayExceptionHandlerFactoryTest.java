package io.terrain.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialViewContext;
import jakarta.faces.context.PartialViewContextWrapper;
import jakarta.faces.context.ResponseStream;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.render.RenderKit;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A screen's request that meets the database away: a page answers 503 with Retry-After (the static "back shortly"
 * page), not PrimeFaces' redirect to the error page; any other failure still goes to PrimeFaces' handler.
 */
class DatabaseAwayExceptionHandlerFactoryTest {

    private final Map<String, Object> sent = new HashMap<>();
    private final Faces faces = new Faces();
    private final Queued primeFaces = new Queued();

    @AfterEach
    void leave() {
        faces.release();
    }

    @Test
    void aPageWhoseQueryMeetsTheDatabaseAwayAnswers503WithRetryAfter() {
        primeFaces.queue(new RuntimeException("query failed", new SQLTransientConnectionException("link failure")));

        new DatabaseAwayExceptionHandlerFactory.DatabaseAway(primeFaces).handle();

        assertEquals(503, sent.get("error"));
        assertEquals("5", sent.get("Retry-After"));
        assertTrue(faces.complete);
        assertEquals(0, primeFaces.handled, "PrimeFaces' handler never sees it");
        assertTrue(primeFaces.unhandled.isEmpty());
    }

    @Test
    void anAjaxRequestIsSentToItsPageAgain() {
        faces.ajax = true;
        primeFaces.queue(new RuntimeException("query failed", new SQLTransientConnectionException("link failure")));

        new DatabaseAwayExceptionHandlerFactory.DatabaseAway(primeFaces).handle();

        assertEquals("/terrain/dashboards/executive.xhtml?plan=3", sent.get("redirect"));
        assertNull(sent.get("error"));
        assertTrue(faces.complete);
    }

    @Test
    void anyOtherFailureStillGoesToPrimeFaces() {
        primeFaces.queue(new IllegalStateException("a bug"));

        new DatabaseAwayExceptionHandlerFactory.DatabaseAway(primeFaces).handle();

        assertEquals(1, primeFaces.handled);
        assertTrue(sent.isEmpty());
        assertEquals(false, faces.complete);
    }

    /** Stands for PrimeFaces' handler: holds the queued failures and counts its handling. */
    private final class Queued extends ExceptionHandler {
        final List<ExceptionQueuedEvent> unhandled = new ArrayList<>();
        int handled;

        void queue(Throwable failure) {
            unhandled.add(new ExceptionQueuedEvent(faces, new ExceptionQueuedEventContext(faces, failure)));
        }

        @Override
        public void handle() {
            handled++;
        }

        @Override
        public ExceptionQueuedEvent getHandledExceptionQueuedEvent() {
            return null;
        }

        @Override
        public Iterable<ExceptionQueuedEvent> getUnhandledExceptionQueuedEvents() {
            return unhandled;
        }

        @Override
        public Iterable<ExceptionQueuedEvent> getHandledExceptionQueuedEvents() {
            return List.of();
        }

        @Override
        public void processEvent(SystemEvent event) {
        }

        @Override
        public boolean isListenerForSource(Object source) {
            return false;
        }

        @Override
        public Throwable getRootCause(Throwable t) {
            return t;
        }
    }

    /** A Faces request of the executive dashboard, the current instance while a test runs. */
    private final class Faces extends FacesContext {
        boolean ajax;
        boolean complete;

        Faces() {
            setCurrentInstance(this);
        }

        private final ExternalContext external = new ExternalContextWrapper(null) {
            @Override
            public boolean isResponseCommitted() {
                return false;
            }

            @Override
            public Object getRequest() {
                return Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                        (proxy, method, args) -> switch (method.getName()) {
                            case "getRequestURI" -> "/terrain/dashboards/executive.xhtml";
                            case "getQueryString" -> "plan=3";
                            default -> throw new UnsupportedOperationException(method.getName());
                        });
            }

            @Override
            public void setResponseHeader(String name, String value) {
                sent.put(name, value);
            }

            @Override
            public void responseSendError(int statusCode, String message) {
                sent.put("error", statusCode);
            }

            @Override
            public void redirect(String url) {
                sent.put("redirect", url);
            }
        };

        @Override
        public ExternalContext getExternalContext() {
            return external;
        }

        @Override
        public PartialViewContext getPartialViewContext() {
            return new PartialViewContextWrapper(null) {
                @Override
                public boolean isAjaxRequest() {
                    return ajax;
                }
            };
        }

        @Override
        public void responseComplete() {
            complete = true;
        }

        @Override
        public PhaseId getCurrentPhaseId() {
            return PhaseId.INVOKE_APPLICATION;
        }

        @Override
        public void release() {
            setCurrentInstance(null);
        }

        @Override
        public Application getApplication() {
            return null;
        }

        @Override
        public Iterator<String> getClientIdsWithMessages() {
            return Collections.emptyIterator();
        }

        @Override
        public FacesMessage.Severity getMaximumSeverity() {
            return null;
        }

        @Override
        public Iterator<FacesMessage> getMessages() {
            return Collections.emptyIterator();
        }

        @Override
        public Iterator<FacesMessage> getMessages(String clientId) {
            return Collections.emptyIterator();
        }

        @Override
        public RenderKit getRenderKit() {
            return null;
        }

        @Override
        public boolean getRenderResponse() {
            return false;
        }

        @Override
        public boolean getResponseComplete() {
            return complete;
        }

        @Override
        public ResponseStream getResponseStream() {
            return null;
        }

        @Override
        public void setResponseStream(ResponseStream responseStream) {
        }

        @Override
        public ResponseWriter getResponseWriter() {
            return null;
        }

        @Override
        public void setResponseWriter(ResponseWriter responseWriter) {
        }

        @Override
        public UIViewRoot getViewRoot() {
            return null;
        }

        @Override
        public void setViewRoot(UIViewRoot root) {
        }

        @Override
        public void addMessage(String clientId, FacesMessage message) {
        }

        @Override
        public void renderResponse() {
        }

        @Override
        public Lifecycle getLifecycle() {
            return null;
        }
    }
}
