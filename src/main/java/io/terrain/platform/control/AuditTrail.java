package io.terrain.platform.control;

import io.terrain.platform.api.AuditDetail;
import io.terrain.platform.api.AuditRecord;
import io.terrain.platform.api.Page;
import io.terrain.platform.entity.AuditEntry;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Locale;

/**
 * Who changed what and when. Every module records its changes here from its boundary, inside the
 * change's own transaction, so a change and its audit line commit or roll back together.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** A change that needs no details: the action says it all. */
    public void record(String entityType, Object entityId, String action) {
        record(entityType, entityId, action, (String) null);
    }

    /** A change whose details are only data: a code, a name, a version (nothing to translate). */
    public void record(String entityType, Object entityId, String action, String details) {
        em.persist(new AuditEntry(Instant.now(), currentUser.username(), entityType,
                entityId == null ? null : entityId.toString(), action, details));
    }

    /** A change whose details are words: kept in English and as a message each reader reads in their own language. */
    public void record(String entityType, Object entityId, String action, AuditDetail detail) {
        if (detail == null) {
            record(entityType, entityId, action, (String) null);
            return;
        }
        em.persist(new AuditEntry(Instant.now(), currentUser.username(), entityType,
                entityId == null ? null : entityId.toString(), action, Messages.text(Locale.ENGLISH, detail), detail));
    }

    public Page<AuditRecord> page(String entityType, String username, int offset, int limit) {
        String where = " WHERE (:type IS NULL OR a.entityType = :type) AND (:user IS NULL OR a.username = :user)";
        TypedQuery<AuditEntry> rows = em.createQuery("SELECT a FROM AuditEntry a" + where + " ORDER BY a.id DESC", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where, Long.class);
        for (TypedQuery<?> q : new TypedQuery<?>[] {rows, count}) {
            q.setParameter("type", blankToNull(entityType));
            q.setParameter("user", blankToNull(username));
        }
        return new Page<>(rows.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(AuditEntry::record).toList(),
                count.getSingleResult(), offset, limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
