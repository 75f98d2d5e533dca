package io.terrain.platform.entity;

import io.terrain.platform.api.AuditRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail. Written once, never changed. */
@Entity
@Table(name = "platform_audit")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String username;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    private String action;

    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String username, String entityType, String entityId, String action, String details) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.details = details == null || details.length() <= 1000 ? details : details.substring(0, 997) + "...";
    }

    public AuditRecord record() {
        return new AuditRecord(id, occurredAt, username, entityType, entityId, action, details);
    }
}
