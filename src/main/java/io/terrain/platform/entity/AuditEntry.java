package io.terrain.platform.entity;

import io.terrain.platform.api.AuditDetail;
import io.terrain.platform.api.AuditRecord;
import io.terrain.platform.api.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /** The details' message key, read in each reader's language; null for details that are only data. */
    @Column(name = "detail_key")
    private String detailKey;

    /** The message's arguments as a JSON array: numbers, texts, dates as {"date": ISO}, terms as {"term": key}. */
    @Column(name = "detail_args")
    private String detailArgs;

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

    /** A line whose details are words: their English text, and the message each reader reads in their language. */
    public AuditEntry(Instant occurredAt, String username, String entityType, String entityId, String action, String english,
                      AuditDetail detail) {
        this(occurredAt, username, entityType, entityId, action, english);
        String args = writeArgs(detail.args());
        if (args.length() <= MAX_ARGS) {
            this.detailKey = detail.key();
            this.detailArgs = args;
        }
    }

    /** Longer arguments (a long rationale) are not kept: the line is then read in English, as written. */
    private static final int MAX_ARGS = 2000;

    public AuditRecord record() {
        return new AuditRecord(id, occurredAt, username, entityType, entityId, action, details,
                detailKey == null ? null : new AuditDetail(detailKey, readArgs(detailArgs)));
    }

    private static String writeArgs(List<Object> args) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        for (Object arg : args) {
            if (arg instanceof AuditDetail.Term term) {
                array.add(Jsons.createObjectBuilder().add("term", term.key()));
            } else if (arg instanceof Long n) {
                array.add(n);
            } else if (arg instanceof Double d) {
                array.add(d);
            } else if (arg instanceof LocalDate date) {
                array.add(Jsons.createObjectBuilder().add("date", date.toString()));
            } else {
                array.add(arg.toString());
            }
        }
        return array.build().toString();
    }

    private static List<Object> readArgs(String json) {
        List<Object> args = new ArrayList<>();
        for (JsonValue value : Jsons.createReader(new StringReader(json)).readArray()) {
            switch (value.getValueType()) {
                case NUMBER -> {
                    JsonNumber n = (JsonNumber) value;
                    args.add(n.isIntegral() ? (Object) n.longValue() : (Object) n.doubleValue());
                }
                case STRING -> args.add(((JsonString) value).getString());
                case OBJECT -> args.add(value.asJsonObject().containsKey("date")
                        ? LocalDate.parse(value.asJsonObject().getString("date"))
                        : AuditDetail.term(value.asJsonObject().getString("term")));
                default -> args.add("");
            }
        }
        return args;
    }
}
