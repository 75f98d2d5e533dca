package io.terrain.coaches.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * How a site is coached: whether a coach is assigned to it on the day asked, its last logged visit (null: none), and
 * its visits in the window asked, logged and still only planned.
 */
public record SiteCoaching(long siteId, boolean coached, LocalDate lastVisit, int visitsLogged, int visitsPlanned)
        implements Serializable {

    public static SiteCoaching none(long siteId) {
        return new SiteCoaching(siteId, false, null, 0, 0);
    }
}
