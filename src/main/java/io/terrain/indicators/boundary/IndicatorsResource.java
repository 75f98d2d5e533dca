package io.terrain.indicators.boundary;

import static io.terrain.platform.rest.RestInput.required;
import static io.terrain.platform.rest.RestInput.version;

import io.terrain.indicators.api.ImpactQuery;
import io.terrain.indicators.api.ImpactResult;
import io.terrain.indicators.api.ImportMode;
import io.terrain.indicators.api.KpiDraft;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.indicators.api.Measurement;
import io.terrain.indicators.api.MeasurementImportReport;
import io.terrain.indicators.api.SeriesPoint;
import io.terrain.platform.api.Progress;
import io.terrain.platform.api.Page;
import io.terrain.platform.rest.UploadedBody;
import jakarta.enterprise.context.RequestScoped;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/indicators}: the KPI catalogue, measurement imports, series read from roll-ups, and
 * the impact engine.
 */
@Path("indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorsResource {

    @Inject
    IndicatorsFacade indicators;

    @GET
    @Path("kpis")
    public List<KpiSummary> kpis() {
        return indicators.kpis();
    }

    @POST
    @Path("kpis")
    public Response createKpi(KpiDraft draft) {
        KpiSummary created = indicators.createKpi(required(draft));
        return Response.created(URI.create("indicators/kpis/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("kpis/{id}")
    public KpiSummary updateKpi(@PathParam("id") long id, @QueryParam("version") Long version, KpiDraft draft) {
        return indicators.updateKpi(id, version(version), required(draft));
    }

    /**
     * A measurements CSV body ({@code site_code,kpi_code,period_start,value,numerator,denominator,
     * promoters,passives,detractors,sample_size,source}), streamed to a temporary file, never held
     * in memory.
     */
    @POST
    @Path("measurements/import")
    @Consumes("text/csv")
    // Checked before the body is read: nobody else makes Terrain store an upload.
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public MeasurementImportReport importMeasurements(@QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") ImportMode mode,
                                                      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                                      InputStream body) {
        return importBody(body, "measurements.csv", mode, dryRun);
    }

    private MeasurementImportReport importBody(InputStream body, String name, ImportMode mode, boolean dryRun) {
        return UploadedBody.asFile(body, "terrain-measurements-", name.substring(name.lastIndexOf('.')),
                file -> indicators.importMeasurements(file, name, mode, dryRun, new Progress()));
    }

    /**
     * The same import from a JSON array of objects: {@code [{"siteCode": "S0001", "kpiCode": "CSAT",
     * "periodStart": "2026-11-16", "value": 4.2}, …]}; rows are numbered from 1 in the report.
     */
    @POST
    @Path("measurements/import")
    @Consumes(MediaType.APPLICATION_JSON)
    // Checked before the body is read: nobody else makes Terrain store an upload.
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public MeasurementImportReport importMeasurementsJson(@QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") ImportMode mode,
                                                          @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                                          InputStream body) {
        return importBody(body, "measurements.json", mode, dryRun);
    }

    /** Stored measurements of one KPI, in period then site order, a page at a time; {@code site}: one site's id. */
    @GET
    @Path("measurements")
    public Page<Measurement> measurements(@QueryParam("kpi") String kpi, @QueryParam("site") Long site,
                                          @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                          @QueryParam("offset") @DefaultValue("0") int offset,
                                          @QueryParam("limit") @DefaultValue("100") int limit) {
        return indicators.measurements(kpi, site, from == null ? LocalDate.of(1900, 1, 1) : from,
                to == null ? LocalDate.of(2999, 12, 31) : to, offset, limit);
    }

    /** {@code scope}: SITE (key = site id), NETWORK, REGION or SECTOR (key = unit id), SEGMENT (key = name). */
    @GET
    @Path("series")
    public List<SeriesPoint> series(@QueryParam("kpi") String kpi, @QueryParam("scope") @DefaultValue("NETWORK") String scope,
                                    @QueryParam("key") String key, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate start = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(2999, 12, 31) : to;
        if ("SITE".equals(scope)) {
            try {
                return indicators.siteSeries(kpi, Long.parseLong(key), start, end);
            } catch (NumberFormatException e) {
                throw new BadRequestException("key must be a site id");
            }
        }
        return indicators.series(kpi, scope, key, start, end);
    }

    @POST
    @Path("impact")
    public ImpactResult impact(ImpactQuery query) {
        return indicators.impact(required(query));
    }
}
