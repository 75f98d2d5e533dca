package io.terrain.platform.web;

import io.terrain.platform.api.AuditRecord;
import io.terrain.platform.boundary.AuditFacade;
import io.terrain.platform.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** admin/audit.xhtml: the audit trail, newest first, filtered by entity type or user. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditFacade audit;

    private String entityType;
    private String username;
    private PagedModel<AuditRecord> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>((offset, limit, sort, desc) -> audit.page(entityType, username, offset, limit),
                r -> String.valueOf(r.id()));
    }

    /**
     * The action in the reader's language: its first word is the verb Terrain recorded (CREATE, STATUS, DECIDE…), read
     * out as a word; what follows (a status, a count) is kept as recorded. An unknown verb is shown as it is.
     */
    public String actionLabel(String action) {
        return actionLabel(action, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    static String actionLabel(String action, java.util.Locale locale) {
        if (action == null || action.isBlank()) {
            return "";
        }
        String[] parts = action.strip().split(" ", 2);
        String key = "audit.verb." + parts[0];
        String verb = Messages.text(locale, key);
        if (verb.equals(key)) {
            return action;
        }
        return parts.length == 1 ? verb : verb + " · " + parts[1];
    }

    /** What the line says, in the reader's language when it was recorded as words; data (a code, a name) as recorded. */
    public String details(AuditRecord line) {
        return line.message() == null ? line.details()
                : Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), line.message());
    }

    /** What was changed, in the reader's language (Visite, Plan de déploiement…); an unknown type as recorded. */
    public String entityLabel(String entityType) {
        return entityLabel(entityType, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The kinds of things Terrain records, by their name in the reader's language. */
    public java.util.List<String> getEntityTypes() {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return java.util.ResourceBundle.getBundle(Messages.BUNDLE, Messages.supported(locale)).keySet().stream()
                .filter(k -> k.startsWith("audit.entity.")).map(k -> k.substring("audit.entity.".length()))
                .sorted(java.util.Comparator.comparing(t -> entityLabel(t, locale))).toList();
    }

    static String entityLabel(String entityType, java.util.Locale locale) {
        String key = "audit.entity." + entityType;
        String label = Messages.text(locale, key);
        return label.equals(key) ? entityType : label;
    }

    public PagedModel<AuditRecord> getModel() {
        return model;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
