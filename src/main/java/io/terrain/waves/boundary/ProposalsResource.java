package io.terrain.waves.boundary;

import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.ProposalAcceptance;
import io.terrain.waves.api.ProposalRequest;
import io.terrain.waves.api.ProposalSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /api/waves/plans/{id}/proposal}: start a wave proposal (202, searched in the background),
 * poll it (best so far, progress, score by rule, why sites are left out), stop it keeping the best
 * found, accept it with edits. Program managers and administrators only.
 */
@Path("waves/plans/{id}/proposal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
public class ProposalsResource {

    @Inject
    ProposalsFacade proposals;

    @Inject
    ProposalJobs jobs;

    /** {@code {waves, firstGoLive, cadenceWeeks, daysPerSite, comparisonShare, timeLimitSeconds}}, all optional. */
    @POST
    public Response start(@PathParam("id") long id, ProposalRequest request) {
        ProposalSummary started = proposals.start(id, request);
        return Response.accepted(started).location(URI.create("waves/plans/" + id + "/proposal/" + started.id())).build();
    }

    @GET
    @Path("{jobId}")
    public ProposalSummary poll(@PathParam("id") long id, @PathParam("jobId") String jobId) {
        return jobs.poll(id, jobId);
    }

    @POST
    @Path("{jobId}/stop")
    public ProposalSummary stop(@PathParam("id") long id, @PathParam("jobId") String jobId) {
        return jobs.stop(id, jobId);
    }

    /** {@code {overrides: [{siteId, waveIndex}]}} (optional): writes the proposal to the plan. */
    @POST
    @Path("{jobId}/accept")
    public ProposalSummary accept(@PathParam("id") long id, @PathParam("jobId") String jobId, ProposalAcceptance acceptance) {
        return proposals.accept(id, jobId, acceptance == null ? java.util.List.of() : acceptance.overrides());
    }
}
