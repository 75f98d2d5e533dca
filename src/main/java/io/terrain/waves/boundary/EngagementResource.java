package io.terrain.waves.boundary;

import static io.terrain.platform.rest.RestInput.required;

import io.terrain.waves.api.BlockRequest;
import io.terrain.waves.api.EngagementDraft;
import io.terrain.waves.api.UnitEngagement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/waves/plans/{id}/engagement}: the perimeter's units with their engagement level and blocks. */
@Path("waves/plans/{id}/engagement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EngagementResource {

    @Inject
    EngagementFacade engagement;

    @GET
    public List<UnitEngagement> units(@PathParam("id") long id) {
        return engagement.units(id);
    }

    /** {@code {orgUnitId, level, comment}}: a level noted today for a unit of the perimeter. */
    @POST
    public List<UnitEngagement> note(@PathParam("id") long id, EngagementDraft draft) {
        return engagement.note(id, required(draft));
    }

    @POST
    @Path("{unitId}/block")
    public List<UnitEngagement> block(@PathParam("id") long id, @PathParam("unitId") long unitId, BlockRequest request) {
        return engagement.block(id, unitId, required(request).reason(), true);
    }

    @POST
    @Path("{unitId}/unblock")
    public List<UnitEngagement> unblock(@PathParam("id") long id, @PathParam("unitId") long unitId) {
        return engagement.block(id, unitId, null, false);
    }
}
