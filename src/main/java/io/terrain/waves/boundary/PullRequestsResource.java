package io.terrain.waves.boundary;

import static io.terrain.platform.rest.RestInput.required;
import static io.terrain.platform.rest.RestInput.version;

import io.terrain.waves.api.PullRequestDecision;
import io.terrain.waves.api.PullRequestDraft;
import io.terrain.waves.api.PullRequestSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** {@code /api/waves/plans/{id}/pull-requests}: line managers asking to go earlier, and the program manager's answer. */
@Path("waves/plans/{id}/pull-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PullRequestsResource {

    @Inject
    PullRequestsFacade pullRequests;

    @GET
    public List<PullRequestSummary> list(@PathParam("id") long id) {
        return pullRequests.list(id);
    }

    /** {@code {orgUnitId | siteId, wishedGoLive, reason}}: a unit or site of the caller's perimeter, to go live earlier. */
    @POST
    public Response request(@PathParam("id") long id, PullRequestDraft draft) {
        PullRequestSummary created = pullRequests.request(id, required(draft));
        return Response.created(URI.create("waves/plans/" + id + "/pull-requests/" + created.id())).entity(created).build();
    }

    /** {@code {accept: true, waveId, reason}} or {@code {accept: false, reason}}, with the version read. */
    @POST
    @Path("{requestId}/decision")
    public PullRequestSummary decide(@PathParam("id") long id, @PathParam("requestId") long requestId,
                                     @QueryParam("version") Long version, PullRequestDecision decision) {
        return pullRequests.decide(id, requestId, version(version), required(decision));
    }
}
