package io.terrain.platform.boundary;

import io.terrain.platform.api.AuditRecord;
import io.terrain.platform.api.Page;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reading the audit trail: administrators only. */
@ApplicationScoped
@Transactional
@RequiresRole(Role.ADMIN)
public class AuditFacade {

    @Inject
    AuditTrail trail;

    public Page<AuditRecord> page(String entityType, String username, int offset, int limit) {
        return trail.page(entityType, username, offset, Math.min(limit, 500));
    }
}
