package io.terrain.waves.boundary;

import static io.terrain.platform.rest.RestInput.required;

import io.terrain.waves.api.GateDecisionSummary;
import io.terrain.waves.api.GateDraft;
import io.terrain.waves.api.GateEvidence;
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
import java.util.List;

/** {@code /api/waves/plans/{id}/waves/{waveId}/gate}: the evidence before a wave goes live, and the decisions taken. */
@Path("waves/plans/{id}/waves/{waveId}/gate")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GateResource {

    @Inject
    GateFacade gate;

    @GET
    public GateEvidence evidence(@PathParam("id") long id, @PathParam("waveId") long waveId) {
        return gate.evidence(id, waveId);
    }

    @GET
    @Path("decisions")
    public List<GateDecisionSummary> decisions(@PathParam("id") long id, @PathParam("waveId") long waveId) {
        return gate.decisions(id, waveId);
    }

    /** {@code {decision: GO|HOLD|ADJUST, rationale}}: GO puts the wave live; the evidence is frozen with the decision. */
    @POST
    public Response decide(@PathParam("id") long id, @PathParam("waveId") long waveId, GateDraft draft) {
        return Response.status(Response.Status.CREATED).entity(gate.decide(id, waveId, required(draft))).build();
    }
}
