package io.terrain.platform.web;

import io.terrain.platform.api.AuditRecord;
import io.terrain.platform.boundary.AuditFacade;
import jakarta.annotation.PostConstruct;
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
