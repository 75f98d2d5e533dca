package io.terrain.pilots.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One person's response at a pilot site: a 1-5 score per improvement (pilot order), 0-10 recommend, a comment. */
public record PerceptionDraft(Long siteId, LocalDate respondedOn, List<Integer> scores, Integer recommend, String comment)
        implements Serializable {
}
