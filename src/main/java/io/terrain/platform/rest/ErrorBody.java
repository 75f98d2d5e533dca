package io.terrain.platform.rest;

import java.util.List;

/** The JSON body of every API error: status, a sentence, and per-field problems for a 400. */
public record ErrorBody(int status, String error, List<FieldError> fieldErrors, String reference) {

    public record FieldError(String field, Integer line, String code, String message) {
    }

    public static ErrorBody of(int status, String error) {
        return new ErrorBody(status, error, List.of(), null);
    }
}
