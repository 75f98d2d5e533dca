package io.terrain.diagnostics.boundary;

import static io.terrain.platform.rest.RestInput.required;
import static io.terrain.platform.rest.RestInput.version;

import io.terrain.diagnostics.api.AspirationDraft;
import io.terrain.diagnostics.api.CampaignDraft;
import io.terrain.diagnostics.api.CampaignSummary;
import io.terrain.diagnostics.api.Channel;
import io.terrain.diagnostics.api.DeterminantDraft;
import io.terrain.diagnostics.api.DeterminantSummary;
import io.terrain.diagnostics.api.DiagnosticReport;
import io.terrain.diagnostics.api.FrictionDraft;
import io.terrain.diagnostics.api.FrictionSummary;
import io.terrain.diagnostics.api.JourneyDraft;
import io.terrain.diagnostics.api.JourneySummary;
import io.terrain.diagnostics.api.ObservationDraft;
import io.terrain.diagnostics.api.ObservationSummary;
import io.terrain.diagnostics.api.SampleCoverage;
import io.terrain.diagnostics.api.SiteContextDraft;
import io.terrain.diagnostics.api.SiteContextSummary;
import io.terrain.diagnostics.api.StakeDraft;
import io.terrain.diagnostics.api.StakeSummary;
import io.terrain.diagnostics.api.VerbatimDraft;
import io.terrain.diagnostics.api.VerbatimFilter;
import io.terrain.diagnostics.api.VerbatimImportReport;
import io.terrain.diagnostics.api.VerbatimSummary;
import io.terrain.diagnostics.control.ReportExport;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.Page;
import io.terrain.platform.persistence.DuplicateKey;
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
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/diagnostics}: journeys, campaigns and everything recorded in them. Scope rules are
 * the facade's: a coach reaches only the campaigns they observe in (others answer 404).
 */
@Path("diagnostics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DiagnosticsResource {

    @Inject
    CampaignsFacade campaignsFacade;

    @Inject
    JourneysFacade journeysFacade;

    @Inject
    FieldworkFacade fieldworkFacade;

    @Inject
    VerbatimsFacade verbatimsFacade;

    @Inject
    FindingsFacade findingsFacade;

    @Inject
    DiagnosticsFacade diagnostics;

    @Inject
    ReportExport export;

    @Context
    HttpHeaders headers;

    @GET
    @Path("journeys")
    public List<JourneySummary> journeys() {
        return journeysFacade.journeys();
    }

    @POST
    @Path("journeys")
    public Response createJourney(JourneyDraft draft) {
        JourneySummary created = journeysFacade.createJourney(required(draft));
        return Response.created(URI.create("diagnostics/journeys/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("journeys/{id}")
    public JourneySummary updateJourney(@PathParam("id") long id, @QueryParam("version") Long version, JourneyDraft draft) {
        return journeysFacade.updateJourney(id, version(version), required(draft));
    }

    @GET
    @Path("campaigns")
    public List<CampaignSummary> campaigns() {
        return campaignsFacade.campaigns();
    }

    @POST
    @Path("campaigns")
    public Response createCampaign(CampaignDraft draft) {
        CampaignSummary created = campaignsFacade.createCampaign(required(draft));
        return Response.created(URI.create("diagnostics/campaigns/" + created.id())).entity(created).build();
    }

    @GET
    @Path("campaigns/{id}")
    public CampaignSummary campaign(@PathParam("id") long id) {
        return campaignsFacade.campaign(id);
    }

    @PUT
    @Path("campaigns/{id}")
    public CampaignSummary updateCampaign(@PathParam("id") long id, @QueryParam("version") Long version, CampaignDraft draft) {
        return campaignsFacade.updateCampaign(id, version(version), required(draft));
    }

    @PUT
    @Path("campaigns/{id}/aspiration")
    public CampaignSummary aspiration(@PathParam("id") long id, @QueryParam("version") Long version, AspirationDraft draft) {
        return campaignsFacade.agreeAspiration(id, version(version), required(draft));
    }

    @GET
    @Path("campaigns/{id}/journeys")
    public List<JourneySummary> campaignJourneys(@PathParam("id") long id) {
        return journeysFacade.campaignJourneys(id);
    }

    @GET
    @Path("campaigns/{id}/sample")
    public List<SiteSummary> sample(@PathParam("id") long id) {
        return campaignsFacade.sample(id);
    }

    @PUT
    @Path("campaigns/{id}/sample")
    public CampaignSummary saveSample(@PathParam("id") long id, @QueryParam("version") Long version, List<Long> siteIds) {
        return campaignsFacade.saveSample(id, version(version), required(siteIds));
    }

    @GET
    @Path("campaigns/{id}/coverage")
    public SampleCoverage coverage(@PathParam("id") long id) {
        return campaignsFacade.coverage(id);
    }

    /** A stratified random sample proposal of {@code size} sites (not saved). */
    @POST
    @Path("campaigns/{id}/sample/proposal")
    public List<SiteSummary> proposeSample(@PathParam("id") long id, @QueryParam("size") int size,
                                           @QueryParam("seed") @DefaultValue("1") long seed) {
        return campaignsFacade.proposeSample(id, size, seed);
    }

    @GET
    @Path("campaigns/{id}/observations")
    public List<ObservationSummary> observations(@PathParam("id") long id) {
        return fieldworkFacade.observations(id);
    }

    /** 201 when stored now; 200 when the same observation (same UUID and content) had been stored before; 409 if it differs. */
    @POST
    @Path("campaigns/{id}/observations")
    public Response recordObservation(@PathParam("id") long id, ObservationDraft draft) {
        FieldworkFacade.Recorded<ObservationSummary> recorded;
        try {
            recorded = fieldworkFacade.recordObservation(id, required(draft));
        } catch (RuntimeException e) {
            if (!DuplicateKey.isCause(e)) {
                throw e;
            }
            // The same UUID was stored by a concurrent resend between our check and our insert; asked
            // again (a new transaction), the facade now answers as for any resend.
            recorded = fieldworkFacade.recordObservation(id, draft);
        }
        return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK).entity(recorded.value()).build();
    }

    @GET
    @Path("campaigns/{id}/contexts")
    public List<SiteContextSummary> contexts(@PathParam("id") long id) {
        return fieldworkFacade.contexts(id);
    }

    @PUT
    @Path("campaigns/{id}/contexts")
    public SiteContextSummary saveContext(@PathParam("id") long id, SiteContextDraft draft) {
        return fieldworkFacade.saveContext(id, required(draft));
    }

    @GET
    @Path("campaigns/{id}/verbatims")
    public Page<VerbatimSummary> verbatims(@PathParam("id") long id, @QueryParam("site") Long site, @QueryParam("step") Long step,
                                           @QueryParam("channel") Channel channel, @QueryParam("category") String category,
                                           @QueryParam("detractors") Boolean detractors, @QueryParam("q") String text,
                                           @QueryParam("offset") @DefaultValue("0") int offset,
                                           @QueryParam("limit") @DefaultValue("50") int limit) {
        return verbatimsFacade.verbatims(id, new VerbatimFilter(site, step, channel, category, detractors, text), offset, limit);
    }

    @POST
    @Path("campaigns/{id}/verbatims")
    public Response addVerbatim(@PathParam("id") long id, VerbatimDraft draft) {
        return Response.status(Response.Status.CREATED).entity(verbatimsFacade.addVerbatim(id, required(draft))).build();
    }

    /** A verbatim CSV, all or nothing; {@code dryRun=true} checks without writing. */
    @POST
    @Path("campaigns/{id}/verbatims/import")
    @Consumes("text/csv")
    // Checked before the body is read: nobody else makes Terrain store an upload.
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public VerbatimImportReport importVerbatims(@PathParam("id") long id, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                                InputStream body) {
        return UploadedBody.asFile(body, "terrain-verbatims-", ".csv", file -> verbatimsFacade.importVerbatims(id, file, "verbatims.csv", dryRun));
    }

    @GET
    @Path("campaigns/{id}/frictions")
    public List<FrictionSummary> frictions(@PathParam("id") long id) {
        return findingsFacade.frictions(id);
    }

    @POST
    @Path("campaigns/{id}/frictions")
    public Response createFriction(@PathParam("id") long id, FrictionDraft draft) {
        return Response.status(Response.Status.CREATED).entity(findingsFacade.saveFriction(id, null, 0, required(draft))).build();
    }

    @PUT
    @Path("campaigns/{id}/frictions/{frictionId}")
    public FrictionSummary updateFriction(@PathParam("id") long id, @PathParam("frictionId") long frictionId,
                                          @QueryParam("version") Long version, FrictionDraft draft) {
        return findingsFacade.saveFriction(id, frictionId, version(version), required(draft));
    }

    @GET
    @Path("campaigns/{id}/determinants")
    public List<DeterminantSummary> determinants(@PathParam("id") long id) {
        return findingsFacade.determinants(id);
    }

    @POST
    @Path("campaigns/{id}/determinants")
    public Response createDeterminant(@PathParam("id") long id, DeterminantDraft draft) {
        return Response.status(Response.Status.CREATED).entity(findingsFacade.saveDeterminant(id, null, 0, required(draft))).build();
    }

    @GET
    @Path("campaigns/{id}/stakes")
    public List<StakeSummary> stakes(@PathParam("id") long id) {
        return findingsFacade.stakes(id);
    }

    @POST
    @Path("campaigns/{id}/stakes")
    public Response createStake(@PathParam("id") long id, StakeDraft draft) {
        return Response.status(Response.Status.CREATED).entity(findingsFacade.saveStake(id, null, 0, required(draft))).build();
    }

    @PUT
    @Path("campaigns/{id}/stakes/{stakeId}")
    public StakeSummary updateStake(@PathParam("id") long id, @PathParam("stakeId") long stakeId, @QueryParam("version") Long version,
                                    StakeDraft draft) {
        return findingsFacade.saveStake(id, stakeId, version(version), required(draft));
    }

    @GET
    @Path("campaigns/{id}/report")
    public DiagnosticReport report(@PathParam("id") long id) {
        return diagnostics.report(id);
    }

    @GET
    @Path("campaigns/{id}/report.pdf")
    @Produces("application/pdf")
    public Response reportPdf(@PathParam("id") long id) {
        DiagnosticReport report = diagnostics.report(id);
        Locale locale = language();
        StreamingOutput body = out -> export.pdf(report, locale, out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"diagnostic-" + id + ".pdf\"").build();
    }

    @GET
    @Path("campaigns/{id}/report.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response reportExcel(@PathParam("id") long id) {
        DiagnosticReport report = diagnostics.report(id);
        Locale locale = language();
        StreamingOutput body = out -> export.excel(report, locale, out);
        return Response.ok(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"diagnostic-" + id + ".xlsx\"").build();
    }

    private Locale language() {
        return headers.getAcceptableLanguages().stream().map(Locale::getLanguage).filter("fr"::equals).findFirst()
                .map(l -> Locale.FRENCH).orElse(Locale.ENGLISH);
    }
}
