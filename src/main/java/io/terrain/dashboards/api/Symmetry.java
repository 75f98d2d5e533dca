package io.terrain.dashboards.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The symmetry of attentions at a place: each site's employee engagement (eNPS by default) against its customers'
 * satisfaction (CSAT by default) over a window, their Pearson correlation with its 95 % interval (Fisher's z; null
 * below 4 sites), and the sites whose employees are least engaged — employee experience limits customer experience.
 *
 * @param sites sites of the place measured on both KPIs in the window (the others are left out)
 */
public record Symmetry(Place place, String kpiEmployee, String kpiCustomer, LocalDate from, LocalDate to, List<SitePair> points,
                       int sites, Double correlation, Double ciLow, Double ciHigh, List<SitePair> leastEngaged) implements Serializable {

    public Symmetry {
        points = List.copyOf(points);
        leastEngaged = List.copyOf(leastEngaged);
    }

    /** A site's two values over the window. */
    public record SitePair(long siteId, String siteCode, double employee, double customer) implements Serializable {
    }
}
