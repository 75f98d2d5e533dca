package io.terrain.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Error pages show a reference id, logged with the failure so support can find it; never a stack trace. */
@Named("errorView")
@RequestScoped
public class ErrorView {

    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    private String reference;

    @PostConstruct
    void logFailure() {
        reference = UUID.randomUUID().toString().substring(0, 8);
        var request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object uri = request.get(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.get(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.get(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null) {
            LOG.log(Level.SEVERE, "Error reference " + reference + " on " + uri, failure);
        } else if (status == null) {
            // Opened by PrimeFaces' redirect after a screen's AJAX request failed (it logged the failure itself).
            LOG.info(() -> "Error reference " + reference + ": " + FacesContext.getCurrentInstance().getViewRoot().getViewId()
                    + " after a screen's AJAX request failed");
        } else {
            LOG.info(() -> "Error reference " + reference + ": status " + status + " on " + uri);
        }
    }

    public String getReference() {
        return reference;
    }
}
