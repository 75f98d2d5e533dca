package io.terrain.platform.rest;

import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.persistence.Causes;
import io.terrain.platform.persistence.DatabaseUnavailable;
import io.terrain.platform.security.AccessDenied;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns Terrain's exceptions into JSON errors. The caller's Accept-Language picks French or English.
 * Unexpected failures get a reference id that is logged with the stack trace; the trace never leaves.
 */
@Provider
public class ErrorMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof PayloadTooLarge tooLarge) {
                return json(413, ErrorBody.of(413, Messages.text(locale(), "error.payloadTooLarge",
                        Math.max(1, tooLarge.limitBytes() / (1024 * 1024)))));
            }
        }
        Throwable cause = unwrap(thrown);
        if (cause instanceof InvalidInput invalid) {
            Locale locale = locale();
            var fields = invalid.problems().stream()
                    .map(p -> new ErrorBody.FieldError(p.field(), p.line(), p.key(), Messages.text(locale, p)))
                    .toList();
            return json(400, new ErrorBody(400, Messages.text(locale, "error.invalidInput"), fields, null));
        }
        if (cause instanceof NotFound) {
            return json(404, ErrorBody.of(404, cause.getMessage()));
        }
        if (cause instanceof AccessDenied) {
            return json(403, ErrorBody.of(403, Messages.text(locale(), "error.forbidden")));
        }
        if (cause instanceof EditConflict conflict) {
            return json(409, ErrorBody.of(409, Messages.text(locale(), conflict.messageKey())));
        }
        if (cause instanceof OptimisticLockException) {
            return json(409, ErrorBody.of(409, Messages.text(locale(), "error.editConflict")));
        }
        if (cause instanceof ProcessingException || cause instanceof JsonbException) {
            // The body is not JSON of the expected shape (a misspelt enum value, text for a number...).
            // The parser's own message names Java types: say which property, never how it is implemented.
            String field = unreadableProperty(cause).orElse("body");
            ErrorBody.FieldError error = unknownChoice(cause)
                    .map(choice -> new ErrorBody.FieldError(field, null, "body.unknownChoice",
                            Messages.text(locale(), "body.unknownChoice", choice.value(), choice.allowed())))
                    .orElseGet(() -> new ErrorBody.FieldError(field, null, "body.unreadable", Messages.text(locale(), "body.unreadable")));
            return json(400, new ErrorBody(400, Messages.text(locale(), "error.invalidInput"), List.of(error), null));
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return json(status, ErrorBody.of(status, web.getMessage()));
        }
        if (isDataException(thrown)) {
            // A value the database refuses (too long, out of range) that no rule caught first: the caller's input, not a failure.
            LOG.log(Level.WARNING, "A value was refused by the database; a validation rule is missing", thrown);
            return json(400, new ErrorBody(400, Messages.text(locale(), "error.invalidInput"),
                    List.of(new ErrorBody.FieldError("body", null, "body.valueRefused", Messages.text(locale(), "body.valueRefused"))), null));
        }
        if (DatabaseUnavailable.isCause(thrown)) {
            // Restarting or failing over: nothing is wrong with the request, it may be sent again in a few seconds.
            LOG.log(Level.WARNING, "The database cannot be reached: " + thrown);
            return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE).header("Retry-After", "5")
                    .entity(ErrorBody.of(503, Messages.text(locale(), "error.databaseUnavailable"))).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API error, reference " + reference, thrown);
        return json(500, new ErrorBody(500, Messages.text(locale(), "error.unexpected"), List.of(), reference));
    }

    /** Transactions and CDI wrap what the boundary threw; the first Terrain exception inside decides. */
    static Throwable unwrap(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InvalidInput || t instanceof NotFound || t instanceof AccessDenied
                    || t instanceof EditConflict || t instanceof OptimisticLockException || t instanceof WebApplicationException
                    || t instanceof ProcessingException || t instanceof JsonbException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return thrown;
    }

    /** SQL state class 22: data exception (string too long, numeric value out of range…). */
    static boolean isDataException(Throwable thrown) {
        return Causes.anyMatch(thrown, t -> t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22"));
    }

    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z_][A-Za-z0-9_]{0,63})'?");

    private static final Pattern NO_ENUM_CONSTANT = Pattern.compile("No enum constant ([\\w.$]+)\\.([^\\s.]+)");

    record UnknownChoice(String value, String allowed) {
    }

    /** A value that is none of an enumeration's choices: the value and the choices, never the Java type. */
    static Optional<UnknownChoice> unknownChoice(Throwable thrown) {
        for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
            Matcher match = t.getMessage() == null ? null : NO_ENUM_CONSTANT.matcher(t.getMessage());
            if (match != null && match.find()) {
                try {
                    Object[] constants = Class.forName(match.group(1)).getEnumConstants();
                    if (constants != null) {
                        return Optional.of(new UnknownChoice(match.group(2),
                                java.util.Arrays.stream(constants).map(Object::toString).collect(java.util.stream.Collectors.joining(", "))));
                    }
                } catch (ClassNotFoundException | LinkageError notOurs) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The JSON property JSON-B could not read, when its message names one. */
    static Optional<String> unreadableProperty(Throwable thrown) {
        for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
            Matcher property = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
            if (property != null && property.find()) {
                return Optional.of(property.group(1));
            }
        }
        return Optional.empty();
    }

    private Locale locale() {
        return headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.ENGLISH : Messages.supported(headers.getAcceptableLanguages().get(0));
    }

    private static Response json(int status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
