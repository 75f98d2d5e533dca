package io.terrain.platform.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What an audit line says in words, kept as a message key and its arguments so that each reader reads it in their own
 * language (the English text is stored beside it, for the API and for the lines written before). An argument is data —
 * a code, a name, a count, a date (counts and dates written in the reader's format) — or a {@link Term}: a status, a level or a kind, itself translated.
 * Identifiers are passed as text, so that no language groups their digits.
 */
public record AuditDetail(String key, List<Object> args) implements Serializable {

    public AuditDetail {
        Objects.requireNonNull(key, "key");
        args = args.stream().map(AuditDetail::kept).toList();
    }

    public static AuditDetail of(String key, Object... args) {
        return new AuditDetail(key, Arrays.asList(args));
    }

    /** An argument read in the reader's language: the message key of a status, a level, a kind. */
    public static Term term(String key) {
        return new Term(key);
    }

    /** Numbers, dates and terms as they are; anything else as its text. */
    private static Object kept(Object arg) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof Term || arg instanceof Long || arg instanceof Double || arg instanceof LocalDate) {
            return arg;
        }
        if (arg instanceof Integer || arg instanceof Short) {
            return ((Number) arg).longValue();
        }
        if (arg instanceof Float) {
            return ((Float) arg).doubleValue();
        }
        return arg.toString();
    }

    public record Term(String key) implements Serializable {
        public Term {
            Objects.requireNonNull(key, "key");
        }
    }
}
