package io.terrain.pilots.boundary;

import static io.terrain.platform.rest.RestInput.required;
import static io.terrain.platform.rest.RestInput.version;

import io.terrain.diagnostics.api.StakeSummary;
import io.terrain.pilots.api.ControlProposal;
import io.terrain.pilots.api.DecisionDraft;
import io.terrain.pilots.api.DecisionSummary;
import io.terrain.pilots.api.DesignCheck;
import io.terrain.pilots.api.GateStatus;
import io.terrain.pilots.api.PackageDraft;
import io.terrain.pilots.api.PackageSummary;
import io.terrain.pilots.api.PerceptionDraft;
import io.terrain.pilots.api.PerceptionImportReport;
import io.terrain.pilots.api.PerceptionSummary;
import io.terrain.pilots.api.PilotDraft;
import io.terrain.pilots.api.PilotReport;
import io.terrain.pilots.api.PilotResults;
import io.terrain.pilots.api.PilotStatus;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.control.PilotReportExport;
import io.terrain.platform.api.NotFound;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/pilots}: design, sites and matched controls, the pre-launch check, status, results,
 * team perception, the decision gate, packages, and the report as PDF or Excel.
 */
@Path("pilots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PilotsResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    PilotsFacade pilots;

    @Inject
    PilotMatchingFacade pilotMatching;

    @Inject
    PilotResultsFacade pilotResults;

    @Inject
    PilotDecisionsFacade pilotDecisions;

    @Inject
    PackagesFacade packages;

    @Inject
    PilotReportExport export;

    @Context
    HttpHeaders headers;

    @GET
    public List<PilotSummary> list() {
        return pilots.pilots();
    }

    @POST
    public Response create(PilotDraft draft) {
        PilotSummary created = pilots.create(required(draft));
        return Response.created(URI.create("pilots/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public PilotSummary get(@PathParam("id") long id) {
        return pilots.pilot(id);
    }

    @PUT
    @Path("{id}")
    public PilotSummary update(@PathParam("id") long id, @QueryParam("version") Long version, PilotDraft draft) {
        return pilots.update(id, version(version), required(draft));
    }

    /** Body: {"pilotSiteIds": [...], "controlSiteIds": [...]}. */
    @PUT
    @Path("{id}/sites")
    public PilotSummary sites(@PathParam("id") long id, @QueryParam("version") Long version, Sites sites) {
        Sites s = required(sites);
        return pilotMatching.placeSites(id, version(version), s.pilotSiteIds() == null ? List.of() : s.pilotSiteIds(),
                s.controlSiteIds() == null ? List.of() : s.controlSiteIds());
    }

    public record Sites(List<Long> pilotSiteIds, List<Long> controlSiteIds) {
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces("application/pdf")
    public Response reportPdf(@PathParam("id") long id) {
        PilotReport report = pilots.report(id);
        Locale locale = language();
        StreamingOutput body = out -> export.pdf(report, locale, out);
        return Response.ok(body, "application/pdf").header("Content-Disposition", "attachment; filename=\"pilot-" + id + ".pdf\"").build();
    }

    @GET
    @Path("{id}/report.xlsx")
    @Produces(XLSX)
    public Response reportExcel(@PathParam("id") long id) {
        PilotReport report = pilots.report(id);
        Locale locale = language();
        StreamingOutput body = out -> export.excel(report, locale, out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"pilot-" + id + ".xlsx\"").build();
    }

    private Locale language() {
        return headers.getAcceptableLanguages().stream().map(Locale::getLanguage).filter("fr"::equals).findFirst()
                .map(l -> Locale.FRENCH).orElse(Locale.ENGLISH);
    }

    /** Body: {"status": "RUNNING" or "MEASURED", "effectiveOn": "2026-03-02"}; decisions go to {@code decision}. */
    @POST
    @Path("{id}/status")
    public PilotSummary status(@PathParam("id") long id, @QueryParam("version") Long version, StatusMove move) {
        StatusMove m = required(move);
        return pilots.moveTo(id, version(version), m.status(), m.effectiveOn());
    }

    public record StatusMove(PilotStatus status, LocalDate effectiveOn) {
    }

    @POST
    @Path("{id}/controls/proposal")
    public ControlProposal propose(@PathParam("id") long id, @QueryParam("perPilot") @DefaultValue("2") int perPilot) {
        return pilotMatching.proposeControls(id, perPilot);
    }

    @GET
    @Path("{id}/balance")
    public ControlProposal balance(@PathParam("id") long id) {
        return pilotMatching.balance(id);
    }

    @GET
    @Path("{id}/check")
    public DesignCheck check(@PathParam("id") long id) {
        return pilotMatching.designCheck(id);
    }

    @GET
    @Path("{id}/results")
    public PilotResults results(@PathParam("id") long id) {
        return pilotResults.results(id);
    }

    @GET
    @Path("{id}/perception")
    public PerceptionSummary perception(@PathParam("id") long id) {
        return pilotDecisions.perception(id);
    }

    /** One team member's response; answers the new summary. */
    @POST
    @Path("{id}/perception")
    public PerceptionSummary addPerception(@PathParam("id") long id, PerceptionDraft draft) {
        return pilotDecisions.addPerception(id, required(draft));
    }

    /** A CSV of team responses ({@code site_code, responded_on, score_1…, recommend, comment}), all or nothing. */
    @POST
    @Path("{id}/perception/import")
    @Consumes("text/csv")
    // Checked before the body is read: nobody else makes Terrain store an upload.
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PerceptionImportReport importPerception(@PathParam("id") long id, InputStream body) {
        return UploadedBody.asFile(body, "terrain-perception-", ".csv", file -> pilotDecisions.importPerception(id, file, "perception.csv"));
    }

    @GET
    @Path("{id}/gate")
    public GateStatus gate(@PathParam("id") long id) {
        return pilotDecisions.gate(id);
    }

    @POST
    @Path("{id}/decision")
    public Response decide(@PathParam("id") long id, @QueryParam("version") Long version, DecisionDraft draft) {
        return Response.status(Response.Status.CREATED).entity(pilotDecisions.decide(id, version(version), required(draft))).build();
    }

    @GET
    @Path("{id}/decisions")
    public List<DecisionSummary> decisions(@PathParam("id") long id) {
        return pilotDecisions.decisions(id);
    }

    /** The evidence a decision was taken on, as it was frozen then (results, perception, gate). */
    @GET
    @Path("{id}/decisions/{decisionId}/evidence")
    public Response evidence(@PathParam("id") long id, @PathParam("decisionId") long decisionId) {
        DecisionSummary decision = pilotDecisions.decisions(id).stream().filter(d -> d.id() == decisionId).findFirst()
                .orElseThrow(() -> new NotFound("Decision", decisionId));
        return Response.ok(decision.evidence(), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"pilot-" + id + "-decision-" + decisionId + ".json\"").build();
    }

    @GET
    @Path("{id}/packages")
    public List<PackageSummary> packages(@PathParam("id") long id) {
        return packages.packages(id);
    }

    /** A validated pilot becomes a package (version 1, a draft). */
    @POST
    @Path("{id}/packages")
    public Response createPackage(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(packages.create(id)).build();
    }

    @GET
    @Path("packages")
    public List<PackageSummary> published() {
        return packages.published();
    }

    @PUT
    @Path("packages/{packageId}")
    public PackageSummary updatePackage(@PathParam("packageId") long packageId, @QueryParam("version") Long version,
                                                             PackageDraft draft) {
        return packages.update(packageId, version(version), required(draft));
    }

    @POST
    @Path("packages/{packageId}/publish")
    public PackageSummary publish(@PathParam("packageId") long packageId, @QueryParam("version") Long version) {
        return packages.publish(packageId, version(version));
    }

    /** The next version, as a draft copy of the latest published one. */
    @POST
    @Path("packages/{packageId}/versions")
    public Response newVersion(@PathParam("packageId") long packageId) {
        return Response.status(Response.Status.CREATED).entity(packages.newVersion(packageId)).build();
    }

    @GET
    @Path("stakes")
    public List<StakeSummary> stakes(@QueryParam("campaign") Long campaign) {
        return pilots.stakesOf(campaign);
    }
}
