package io.terrain.platform.web;

import io.terrain.platform.persistence.DatabaseUnavailable;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A screen whose request fails because the database cannot be reached (restarting, failing over) answers as
 * {@link RequestGuard} does for the API: 503 with {@code Retry-After}, the static "back shortly" page — not the
 * "unexpected error" page. Faces hands such failures to its exception handler, and PrimeFaces' (which this one
 * wraps) would redirect them to the error page before the request ever left Faces (seen by {@code .ci/faults}: a
 * 302 to the error page while the database restarted). An AJAX request is sent to its page again, which answers
 * 503 as long as the database is away.
 */
public class DatabaseAwayExceptionHandlerFactory extends ExceptionHandlerFactory {

    public DatabaseAwayExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new DatabaseAway(getWrapped().getExceptionHandler());
    }

    static final class DatabaseAway extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(DatabaseAwayExceptionHandlerFactory.class.getName());

        DatabaseAway(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                if (DatabaseUnavailable.isCause(failure) && !context.getExternalContext().isResponseCommitted()) {
                    LOG.warning(() -> "The database cannot be reached: " + failure);
                    events.remove();
                    answerUnavailable(context);
                    // Whatever else failed in this request failed for the same reason: nothing more to show.
                    while (events.hasNext()) {
                        events.next();
                        events.remove();
                    }
                    return;
                }
            }
            getWrapped().handle();
        }

        private static void answerUnavailable(FacesContext context) {
            ExternalContext external = context.getExternalContext();
            try {
                if (context.getPartialViewContext().isAjaxRequest()) {
                    HttpServletRequest request = (HttpServletRequest) external.getRequest();
                    external.redirect(request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
                } else {
                    external.setResponseHeader("Retry-After", "5");
                    external.responseSendError(503, null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
