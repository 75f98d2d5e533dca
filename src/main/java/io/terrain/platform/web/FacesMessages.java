package io.terrain.platform.web;

import io.terrain.platform.api.Problem;
import io.terrain.platform.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;

/** Shows messages in the user's language; a problem about a field is attached to that field's input. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void warn(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_WARN, key, args);
    }

    public static void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** @param formId the form whose inputs are named like the problems' fields */
    public static void problems(String formId, List<Problem> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Problem problem : problems) {
            String clientId = problem.field() == null ? null : formId + ":" + problem.field();
            boolean hasInput = clientId != null && faces.getViewRoot().findComponent(clientId) != null;
            String text = Messages.text(faces.getViewRoot().getLocale(), problem);
            String label = problem.field() == null || hasInput ? "" : problem.field() + ": ";
            faces.addMessage(hasInput ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + text, label + text));
        }
        faces.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(faces.getViewRoot().getLocale(), key, args);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
