package io.terrain.coaches.boundary;

import static io.terrain.platform.rest.RestInput.version;

import io.terrain.coaches.api.LoggedVisit;
import io.terrain.coaches.api.OpenAction;
import io.terrain.coaches.api.VisitLog;
import io.terrain.coaches.api.VisitSummary;
import io.terrain.platform.persistence.DuplicateKey;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/visits}: a coach's visits, logged from the phone (also when it comes back online
 * with a queue of them). 201 when recorded now, 200 when it had been already (a resend), 409 when
 * the UUID was used for another visit.
 */
@Path("visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitsResource {

    @Inject
    VisitPlanningFacade planningFacade;

    @Inject
    VisitsFacade visitsFacade;

    @POST
    public Response log(VisitLog log) {
        if (log == null) {
            throw new BadRequestException("A JSON body is required");
        }
        LoggedVisit logged;
        try {
            logged = visitsFacade.logVisit(log);
        } catch (RuntimeException e) {
            if (!DuplicateKey.isCause(e)) {
                throw e;
            }
            // A concurrent resend stored the same UUID between our check and our insert: asked again
            // (a new transaction), the facade answers as for any resend.
            logged = visitsFacade.logVisit(log);
        }
        return Response.status(logged.created() ? Response.Status.CREATED : Response.Status.OK).entity(logged.visit()).build();
    }

    /** Visits between two days; a coach gets their own. */
    @GET
    public List<VisitSummary> visits(@QueryParam("coach") Long coach, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate end = to == null ? LocalDate.now() : to;
        return planningFacade.visits(coach, from == null ? end.minusWeeks(12) : from, end);
    }

    /** Logged visits, newest first; {@code site} narrows to one site; a coach gets their own. */
    @GET
    @Path("history")
    public List<VisitSummary> history(@QueryParam("coach") Long coach, @QueryParam("site") Long site, @QueryParam("from") LocalDate from,
                                      @QueryParam("to") LocalDate to) {
        LocalDate end = to == null ? LocalDate.now() : to;
        return visitsFacade.history(coach, site, from == null ? end.minusYears(1) : from, end);
    }

    /** Actions agreed at visits and still open, overdue first; a coach gets their own. */
    @GET
    @Path("actions/open")
    public List<OpenAction> openActions(@QueryParam("coach") Long coach) {
        return visitsFacade.openActions(coach, LocalDate.now());
    }

    /** An agreed action moves on: {@code status} DONE, DROPPED or OPEN. */
    @PUT
    @Path("{id}/actions/{position}")
    public Response setActionStatus(@PathParam("id") long id, @PathParam("position") int position,
                                    @QueryParam("status") String status, @QueryParam("version") Long version) {
        visitsFacade.setActionStatus(id, version(version), position, status);
        return Response.noContent().build();
    }

    /** The signed-in coach's day: planned visits, sites, agenda. */
    @GET
    @Path("day")
    public VisitsFacade.MyDay day(@QueryParam("date") LocalDate date) {
        return visitsFacade.myDay(date == null ? LocalDate.now() : date);
    }

}
