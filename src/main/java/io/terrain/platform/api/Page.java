package io.terrain.platform.api;

import java.io.Serializable;
import java.util.List;

/** One page of a longer list: the rows asked for and the total the filter matches. */
public record Page<T>(List<T> items, long total, int offset, int limit) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }
}
