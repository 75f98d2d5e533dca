package io.terrain.network.api;

import java.io.Serializable;
import io.terrain.platform.api.Problem;
import java.util.List;

/**
 * The outcome of reading (preview) or importing a network CSV. An import with any problem applies
 * nothing: {@code applied} is then false and {@code problems} lists every rejected row and why.
 *
 * @param rows       data rows read
 * @param newRows    rows that create a unit or site (or would, in a preview)
 * @param changedRows rows that update an existing one, found by code
 */
public record ImportReport(ImportKind kind, int rows, int newRows, int changedRows, List<Problem> problems,
                           boolean applied) implements Serializable {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
