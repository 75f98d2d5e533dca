package io.terrain.platform.boundary;

import io.terrain.platform.api.AuditRecord;
import io.terrain.platform.api.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/audit}: the audit trail, newest first (ADMIN). */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditFacade audit;

    @GET
    public Page<AuditRecord> list(@QueryParam("entityType") String entityType, @QueryParam("username") String username,
                                  @QueryParam("offset") @DefaultValue("0") int offset,
                                  @QueryParam("limit") @DefaultValue("50") int limit) {
        return audit.page(entityType, username, Math.max(0, offset), Math.max(1, limit));
    }
}
