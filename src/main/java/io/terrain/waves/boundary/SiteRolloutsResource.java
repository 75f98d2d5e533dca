package io.terrain.waves.boundary;

import static io.terrain.platform.rest.RestInput.required;
import static io.terrain.platform.rest.RestInput.version;

import io.terrain.waves.api.BlockRequest;
import io.terrain.waves.api.ChecklistChange;
import io.terrain.waves.api.ChecklistEntry;
import io.terrain.waves.api.SiteRolloutDetails;
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
import java.util.List;

/**
 * {@code /api/waves/sites/{siteId}}: a site's rollout and checklist (in {@code ?plan=}, or its
 * current active plan), ticking items, blocking and unblocking. A coach reaches only their own sites.
 */
@Path("waves/sites/{siteId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteRolloutsResource {

    @Inject
    ChecklistsFacade checklists;

    @GET
    public SiteRolloutDetails get(@PathParam("siteId") long siteId, @QueryParam("plan") Long plan) {
        return checklists.site(siteId, plan);
    }

    @GET
    @Path("checklist")
    public List<ChecklistEntry> checklist(@PathParam("siteId") long siteId, @QueryParam("plan") Long plan) {
        return checklists.site(siteId, plan).checklist();
    }

    /** {@code {status, evidence, notApplicableReason, adaptation}}: DONE needs evidence, NOT_APPLICABLE a reason. */
    @PUT
    @Path("checklist/{itemId}")
    public SiteRolloutDetails change(@PathParam("siteId") long siteId, @PathParam("itemId") long itemId,
                                     @QueryParam("version") Long version, ChecklistChange change) {
        return checklists.change(siteId, itemId, version(version), required(change));
    }

    @POST
    @Path("block")
    public SiteRolloutDetails block(@PathParam("siteId") long siteId, @QueryParam("plan") Long plan, @QueryParam("version") Long version,
                                    BlockRequest request) {
        return checklists.block(siteId, plan(plan), version(version), required(request).reason(), true);
    }

    @POST
    @Path("unblock")
    public SiteRolloutDetails unblock(@PathParam("siteId") long siteId, @QueryParam("plan") Long plan, @QueryParam("version") Long version) {
        return checklists.block(siteId, plan(plan), version(version), null, false);
    }

    private static long plan(Long plan) {
        if (plan == null) {
            throw new BadRequestException("Query parameter 'plan' is required: the plan whose rollout of this site changes");
        }
        return plan;
    }
}
