package io.terrain.platform.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Ids cut into lists of a bounded size, for {@code IN} clauses that stay well under every driver's and database's limits. */
public final class Chunks {

    /** Ids per IN list. */
    public static final int IDS_PER_QUERY = 1000;

    private Chunks() {
    }

    public static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)));
        }
        return chunks;
    }
}
