package io.terrain.platform.api;

import java.io.Serializable;
import java.time.Instant;

public record AuditRecord(long id, Instant occurredAt, String username, String entityType, String entityId,
                          String action, String details) implements Serializable {
}
