package io.terrain.platform.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the audit trail. {@code details} is as written, in English for words; {@code message}, when the details are
 * words, is the same as a message key and its arguments, for a reader in another language (null for data only: a code, a
 * name).
 */
public record AuditRecord(long id, Instant occurredAt, String username, String entityType, String entityId,
                          String action, String details, AuditDetail message) implements Serializable {
}
