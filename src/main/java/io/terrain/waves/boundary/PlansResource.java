package io.terrain.waves.boundary;

import static io.terrain.platform.rest.RestInput.required;
import static io.terrain.platform.rest.RestInput.version;

import io.terrain.indicators.api.Comparison;
import io.terrain.network.api.ExportFormat;
import io.terrain.network.api.ManagedPerimeter;
import io.terrain.platform.api.Page;
import io.terrain.platform.rest.UploadedBody;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.api.PlanStatus;
import io.terrain.waves.api.PlanSummary;
import io.terrain.waves.api.RolloutFilter;
import io.terrain.waves.api.RolloutStatus;
import io.terrain.waves.api.ScheduleImportReport;
import io.terrain.waves.api.SiteMove;
import io.terrain.waves.api.SiteRollout;
import io.terrain.waves.api.WaveDraft;
import io.terrain.waves.api.WaveSummary;
import io.terrain.waves.control.ScheduleExport;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.List;

/**
 * {@code /api/waves/plans}: rollout plans, their waves, their perimeter sites, the schedule's import
 * and export, and the impact measured as the waves go.
 */
@Path("waves/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    PlansFacade plans;

    @Inject
    PlanWavesFacade planWaves;

    @Inject
    RolloutsFacade rollouts;

    @Inject
    ScheduleFacade schedule;

    @Inject
    ImpactsFacade impacts;

    @Inject
    ScheduleExport export;

    @Inject
    RolloutScope scope;

    @GET
    public List<PlanSummary> list() {
        return plans.plans();
    }

    /** A DRAFT plan; without {@code kpis} the package's KPI targets are proposed (the first primary). */
    @POST
    public Response create(PlanDraft draft) {
        PlanSummary created = plans.create(required(draft));
        return Response.created(URI.create("waves/plans/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public PlanSummary get(@PathParam("id") long id) {
        return plans.plan(id);
    }

    /** Name, KPIs, status ({@code ?status=ACTIVE}); package and perimeter while DRAFT. */
    @PUT
    @Path("{id}")
    public PlanSummary update(@PathParam("id") long id, @QueryParam("version") Long version, @QueryParam("status") PlanStatus status,
                              PlanDraft draft) {
        return plans.update(id, version(version), required(draft), status);
    }

    @GET
    @Path("{id}/waves")
    public List<WaveSummary> waves(@PathParam("id") long id) {
        return plans.waves(id);
    }

    @POST
    @Path("{id}/waves")
    public Response addWave(@PathParam("id") long id, WaveDraft draft) {
        WaveSummary created = planWaves.addWave(id, required(draft));
        return Response.created(URI.create("waves/plans/" + id + "/waves/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}/waves/{waveId}")
    public WaveSummary wave(@PathParam("id") long id, @PathParam("waveId") long waveId) {
        return planWaves.wave(id, waveId);
    }

    @PUT
    @Path("{id}/waves/{waveId}")
    public WaveSummary updateWave(@PathParam("id") long id, @PathParam("waveId") long waveId, @QueryParam("version") Long version,
                                  WaveDraft draft) {
        return planWaves.updateWave(id, waveId, version(version), required(draft));
    }

    /** The perimeter's sites, by code: {@code wave}, {@code unplanned=true}, {@code status}, {@code region}, {@code sector}, {@code segment}, {@code code}. */
    @GET
    @Path("{id}/sites")
    public Page<SiteRollout> sites(@PathParam("id") long id, @QueryParam("wave") Long wave,
                                   @QueryParam("unplanned") @DefaultValue("false") boolean unplanned,
                                   @QueryParam("status") RolloutStatus status, @QueryParam("region") Long region,
                                   @QueryParam("sector") Long sector, @QueryParam("segment") String segment,
                                   @QueryParam("code") String code, @QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("50") int limit) {
        return rollouts.sites(id, new RolloutFilter(wave, unplanned, status, region, sector, segment, code), offset, limit);
    }

    @GET
    @Path("{id}/sites/{siteId}")
    public SiteRollout site(@PathParam("id") long id, @PathParam("siteId") long siteId) {
        return rollouts.site(id, siteId);
    }

    /** {@code {waveId, pinned}}: into a wave (null: out of any); refused once the site's rollout started. */
    @PUT
    @Path("{id}/sites/{siteId}")
    public SiteRollout move(@PathParam("id") long id, @PathParam("siteId") long siteId, @QueryParam("version") Long version,
                            SiteMove move) {
        return rollouts.move(id, siteId, version(version), required(move));
    }

    /** {@code site_code, wave_code, planned_go_live, adopted_on}: all or nothing; {@code ?dryRun=true} only checks. */
    @POST
    @Path("{id}/import")
    @Consumes("text/csv")
    // Checked before the body is read: nobody else makes Terrain store an upload.
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public ScheduleImportReport importSchedule(@PathParam("id") long id, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                               InputStream body) {
        return UploadedBody.asFile(body, "terrain-schedule-", ".csv", file -> schedule.importSchedule(id, file, "schedule.csv", dryRun));
    }

    @GET
    @Path("{id}/export")
    @Produces({"text/csv", XLSX})
    public Response export(@PathParam("id") long id, @QueryParam("format") @DefaultValue("csv") String format) {
        plans.plan(id);
        ManagedPerimeter within = scope.linePerimeter().orElse(null); // read now: the body is written after this returns
        ExportFormat chosen = "xlsx".equalsIgnoreCase(format) ? ExportFormat.XLSX : ExportFormat.CSV;
        StreamingOutput body = out -> export.write(id, within, chosen, out);
        return Response.ok(body, chosen == ExportFormat.CSV ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"schedule-" + id + "." + chosen.name().toLowerCase() + "\"")
                .build();
    }

    /**
     * Callaway &amp; Sant'Anna effects of the plan on one of its KPIs; 204 when nothing can be measured
     * yet (no adopted cohort with a measured period before its adoption).
     */
    @GET
    @Path("{id}/impact")
    public Response impact(@PathParam("id") long id, @QueryParam("kpi") String kpi,
                           @QueryParam("comparison") @DefaultValue("NOT_YET_ADOPTED") Comparison comparison) {
        return impacts.impact(id, kpi, comparison).map(i -> Response.ok(i, MediaType.APPLICATION_JSON_TYPE))
                .orElseGet(Response::noContent).build();
    }

    @GET
    @Path("proposed-kpis")
    public List<PlanDraft.PlanKpi> proposedKpis(@QueryParam("packageId") long packageId) {
        return plans.proposedKpis(packageId);
    }
}
