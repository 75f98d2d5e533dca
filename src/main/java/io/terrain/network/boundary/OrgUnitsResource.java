package io.terrain.network.boundary;

import static io.terrain.platform.rest.RestInput.required;
import static io.terrain.platform.rest.RestInput.version;

import io.terrain.network.api.OrgUnitDraft;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.platform.api.NotFound;
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
import java.util.List;

/** {@code /api/org-units}: the org tree (parents first), one unit, create, update. */
@Path("org-units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrgUnitsResource {

    @Inject
    NetworkFacade network;

    @GET
    public List<OrgUnitSummary> list() {
        return network.orgUnits();
    }

    @GET
    @Path("{id}")
    public OrgUnitSummary get(@PathParam("id") long id) {
        return network.orgUnits().stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("OrgUnit", id));
    }

    @POST
    public Response create(OrgUnitDraft draft) {
        OrgUnitSummary created = network.createOrgUnit(required(draft));
        return Response.created(URI.create("org-units/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public OrgUnitSummary update(@PathParam("id") long id, @QueryParam("version") Long version, OrgUnitDraft draft) {
        return network.updateOrgUnit(id, version(version), required(draft));
    }
}
