package io.terrain.platform.api;

import java.util.List;

/** One page of a longer list: the rows asked for and the total the filter matches. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}
