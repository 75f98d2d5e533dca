package io.terrain.coaches.boundary;

import static io.terrain.platform.rest.RestInput.required;
import static io.terrain.platform.rest.RestInput.version;

import io.terrain.coaches.api.AssignmentDraft;
import io.terrain.coaches.api.AssignmentSummary;
import io.terrain.coaches.api.CoachDraft;
import io.terrain.coaches.api.CoachSummary;
import io.terrain.coaches.api.RegionCoverage;
import io.terrain.coaches.api.VisitDraft;
import io.terrain.coaches.api.VisitSummary;
import io.terrain.coaches.api.WeekLoad;
import io.terrain.network.api.SiteSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/coaches}: the roster, assignments, coverage, workload and planned visits. A coach
 * reaches only their own records (others answer 404).
 */
@Path("coaches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoachesResource {

    @Inject
    CoachesFacade coaches;

    @Inject
    CoachAssignmentsFacade assignmentsFacade;

    @Inject
    VisitPlanningFacade planningFacade;

    @GET
    public List<CoachSummary> roster() {
        return coaches.coaches();
    }

    @GET
    @Path("me")
    public CoachSummary me() {
        return coaches.me();
    }

    @GET
    @Path("{id}")
    public CoachSummary coach(@PathParam("id") long id) {
        return coaches.coach(id);
    }

    @POST
    public Response create(CoachDraft draft) {
        CoachSummary created = coaches.saveCoach(null, 0, required(draft));
        return Response.created(URI.create("coaches/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public CoachSummary update(@PathParam("id") long id, @QueryParam("version") Long version, CoachDraft draft) {
        return coaches.saveCoach(id, version(version), required(draft));
    }

    @GET
    @Path("assignments")
    public List<AssignmentSummary> assignments(@QueryParam("coach") Long coach, @QueryParam("from") LocalDate from,
                                               @QueryParam("to") LocalDate to) {
        LocalDate day = LocalDate.now();
        return assignmentsFacade.assignments(coach, from == null ? day : from, to == null ? (from == null ? day : from) : to);
    }

    @POST
    @Path("assignments")
    public Response assign(AssignmentDraft draft) {
        return Response.status(Response.Status.CREATED).entity(assignmentsFacade.assign(required(draft))).build();
    }

    @POST
    @Path("assignments/{id}/end")
    public AssignmentSummary end(@PathParam("id") long id, @QueryParam("version") Long version, @QueryParam("on") LocalDate on) {
        return assignmentsFacade.endAssignment(id, version(version), on == null ? LocalDate.now() : on);
    }

    @GET
    @Path("coverage")
    public List<RegionCoverage> coverage(@QueryParam("on") LocalDate on) {
        return assignmentsFacade.coverage(on == null ? LocalDate.now() : on);
    }

    @GET
    @Path("coverage/uncovered")
    public List<SiteSummary> uncovered(@QueryParam("region") Long region, @QueryParam("on") LocalDate on) {
        return assignmentsFacade.uncoveredSites(region, on == null ? LocalDate.now() : on);
    }

    @GET
    @Path("workload")
    public List<WeekLoad> workload(@QueryParam("coach") Long coach, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate start = from == null ? LocalDate.now() : from;
        return coaches.workload(coach, start, to == null ? start.plusWeeks(4) : to);
    }

    @GET
    @Path("visits")
    public List<VisitSummary> visits(@QueryParam("coach") Long coach, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate start = from == null ? LocalDate.now() : from;
        return planningFacade.visits(coach, start, to == null ? start.plusWeeks(4) : to);
    }

    /** Plans a visit; the same UUID again moves it. */
    @PUT
    @Path("visits")
    public VisitSummary plan(VisitDraft draft) {
        return planningFacade.planVisit(required(draft));
    }

    /** A suggested cadence for a coach on a site from a day (nothing saved). */
    @GET
    @Path("{id}/cadence")
    public List<VisitDraft> cadence(@PathParam("id") long id, @QueryParam("site") long site, @QueryParam("start") LocalDate start) {
        return planningFacade.suggestCadence(id, site, start == null ? LocalDate.now() : start);
    }
}
