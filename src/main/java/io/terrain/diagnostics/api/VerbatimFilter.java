package io.terrain.diagnostics.api;

import java.io.Serializable;

/** Narrows a campaign's verbatims; null fields do not filter. Detractors always come first. */
public record VerbatimFilter(Long siteId, Long stepId, Channel channel, String category, Boolean detractorsOnly, String text)
        implements Serializable {

    public static VerbatimFilter all() {
        return new VerbatimFilter(null, null, null, null, null, null);
    }
}
