package io.terrain.network.boundary;

import static io.terrain.platform.rest.RestInput.required;
import static io.terrain.platform.rest.RestInput.version;

import io.terrain.network.api.ExportFormat;
import io.terrain.network.api.ImportKind;
import io.terrain.network.api.ImportReport;
import io.terrain.network.api.SiteDetails;
import io.terrain.network.api.SiteDraft;
import io.terrain.network.api.SiteManagerChange;
import io.terrain.network.api.SiteFilter;
import io.terrain.network.api.SiteKind;
import io.terrain.network.api.SiteStatus;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Page;
import io.terrain.platform.api.Progress;
import io.terrain.platform.rest.UploadedBody;
import jakarta.enterprise.context.RequestScoped;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;

/** {@code /api/sites}: the paged, filtered site list, one site, create, update, close, reopen, import, export. */
@Path("sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SitesResource {

    @Inject
    NetworkFacade network;

    @Inject
    NetworkImportFacade imports;

    @GET
    public Page<SiteSummary> list(@QueryParam("q") String text, @QueryParam("kind") SiteKind kind,
                                  @QueryParam("regionId") Long regionId, @QueryParam("sectorId") Long sectorId,
                                  @QueryParam("segment") String segment, @QueryParam("status") SiteStatus status,
                                  @QueryParam("sort") @DefaultValue("name") String sort,
                                  @QueryParam("desc") @DefaultValue("false") boolean descending,
                                  @QueryParam("offset") @DefaultValue("0") int offset,
                                  @QueryParam("limit") @DefaultValue("50") int limit) {
        return network.sites(new SiteFilter(text, kind, regionId, sectorId, segment, status, sort, descending), offset, limit);
    }

    @GET
    @Path("{id}")
    public SiteDetails get(@PathParam("id") long id) {
        return network.site(id).orElseThrow(() -> new NotFound("Site", id));
    }

    @POST
    public Response create(SiteDraft draft) {
        SiteDetails created = network.createSite(required(draft));
        return Response.created(URI.create("sites/" + created.id())).entity(created).build();
    }

    /** {@code version} is the one the client read: a site changed since then is refused with 409. */
    @PUT
    @Path("{id}")
    public SiteDetails update(@PathParam("id") long id, @QueryParam("version") Long version, SiteDraft draft) {
        return network.updateSite(id, version(version), required(draft));
    }

    /** {@code {"userId": 42}}: that LINE_MANAGER answers for this site alone; {@code {"userId": null}} unlinks. */
    @PUT
    @Path("{id}/manager")
    public SiteDetails assignManager(@PathParam("id") long id, @QueryParam("version") Long version, SiteManagerChange change) {
        return network.assignSiteManager(id, version(version), required(change).userId());
    }

    @POST
    @Path("{id}/close")
    public SiteDetails close(@PathParam("id") long id, @QueryParam("version") Long version, @QueryParam("on") LocalDate on) {
        return network.closeSite(id, version(version), on == null ? LocalDate.now() : on);
    }

    @POST
    @Path("{id}/reopen")
    public SiteDetails reopen(@PathParam("id") long id, @QueryParam("version") Long version) {
        return network.reopenSite(id, version(version));
    }

    /** A CSV body (sites or org units); {@code dryRun=true} checks without writing. */
    @POST
    @Path("import")
    @Consumes("text/csv")
    // Checked before the body is read: nobody else makes Terrain store an upload.
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public ImportReport importCsv(@QueryParam("kind") @DefaultValue("SITES") ImportKind kind,
                                  @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, InputStream body) {
        String name = kind.name().toLowerCase() + ".csv";
        return UploadedBody.asFile(body, "terrain-import-", ".csv",
                file -> dryRun ? imports.preview(kind, file, name, new Progress()) : imports.apply(kind, file, name, new Progress()));
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response export(@QueryParam("format") @DefaultValue("csv") String format, @QueryParam("q") String text,
                           @QueryParam("kind") SiteKind kind, @QueryParam("regionId") Long regionId,
                           @QueryParam("sectorId") Long sectorId, @QueryParam("segment") String segment,
                           @QueryParam("status") SiteStatus status) {
        ExportFormat chosen = "xlsx".equalsIgnoreCase(format) ? ExportFormat.XLSX : ExportFormat.CSV;
        SiteFilter filter = new SiteFilter(text, kind, regionId, sectorId, segment, status, "code", false);
        StreamingOutput body = out -> network.exportSites(filter, chosen, out);
        return Response.ok(body, chosen == ExportFormat.CSV ? "text/csv; charset=UTF-8"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"sites." + chosen.name().toLowerCase() + "\"")
                .build();
    }
}
