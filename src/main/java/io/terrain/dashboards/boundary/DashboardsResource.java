package io.terrain.dashboards.boundary;

import io.terrain.dashboards.api.Alert;
import io.terrain.dashboards.api.SiteDay;
import io.terrain.dashboards.api.Symmetry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/dashboards}: the executive dashboard and its alerts, for a plan ({@code plan}, default the first active
 * one) at an org unit ({@code unit}) or a site ({@code site}), default the network or a line manager's own unit.
 */
@Path("dashboards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardsResource {

    @Inject
    ExecutiveDashboardFacade dashboards;

    @Inject
    SiteDayFacade siteDay;

    @Inject
    SymmetryFacade symmetry;

    @GET
    @Path("executive")
    public Response executive(@QueryParam("plan") Long plan, @QueryParam("unit") Long unit, @QueryParam("site") Long site) {
        // Written once per counting of the figures, not once per reader: the same text JAX-RS would write.
        return Response.ok(dashboards.executiveJson(plan, unit, site), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Every alert of the place, not only the first of each kind the dashboard lists. */
    @GET
    @Path("alerts")
    public List<Alert> alerts(@QueryParam("plan") Long plan, @QueryParam("unit") Long unit, @QueryParam("site") Long site) {
        return dashboards.alerts(plan, unit, site);
    }

    /** Employee engagement against customer satisfaction per site of a unit (default: eNPS and CSAT, the last three months). */
    @GET
    @Path("symmetry")
    public Symmetry symmetry(@QueryParam("unit") Long unit, @QueryParam("kpiEmployee") String kpiEmployee,
                             @QueryParam("kpiCustomer") String kpiCustomer, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return symmetry.symmetry(unit, kpiEmployee, kpiCustomer, from, to);
    }

    /** A site's day: its KPIs against last period and target, its latest feedback, its checklist items due, its next visit. */
    @GET
    @Path("operational")
    public SiteDay operational(@QueryParam("site") Long site) {
        return siteDay.day(site);
    }
}
