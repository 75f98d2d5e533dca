package io.terrain.coaches.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What the dashboards read of the coaching of a set of sites: grouped counts, no visit read one by one. */
public interface CoachingFigures {

    /**
     * Each site's coaching: coached on {@code on}, last logged visit ever, visits logged and planned between
     * {@code from} and {@code to} (inclusive). Every site asked for has an entry.
     */
    Map<Long, SiteCoaching> coaching(Collection<Long> siteIds, LocalDate on, LocalDate from, LocalDate to);

    /** The first visit planned at the site on or after {@code from}; the caller has kept the site to the reader's scope. */
    Optional<NextVisit> nextVisit(long siteId, LocalDate from);
}
