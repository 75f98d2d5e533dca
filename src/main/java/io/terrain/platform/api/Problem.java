package io.terrain.platform.api;

import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong with input: which field (or CSV column), on which line when the input is a file,
 * and why, as a message key of the {@code i18n/messages} bundle with its arguments. The key is
 * turned into French or English text only where the problem is shown.
 */
public record Problem(Integer line, String field, String key, List<Object> args) implements Serializable {

    public Problem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Problem of(String field, String key, Object... args) {
        return new Problem(null, field, key, List.of(args));
    }

    public static Problem atLine(int line, String field, String key, Object... args) {
        return new Problem(line, field, key, List.of(args));
    }
}
