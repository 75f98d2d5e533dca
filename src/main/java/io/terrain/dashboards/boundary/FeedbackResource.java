package io.terrain.dashboards.boundary;

import io.terrain.dashboards.api.FeedbackImportReport;
import io.terrain.dashboards.api.FeedbackPriority;
import io.terrain.dashboards.api.FeedbackResponse;
import io.terrain.dashboards.control.FeedbackExport;
import io.terrain.indicators.api.ImportMode;
import io.terrain.network.api.ExportFormat;
import io.terrain.platform.api.Page;
import io.terrain.platform.rest.UploadedBody;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/feedback}: customers' feedback in (CSV or a JSON array, from survey tools) and out, in treatment order.
 * CSV columns: {@code response_id, site_code, responded_on, channel, contact_reason, csat, recommend, verbatim, category}.
 */
@Path("feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    FeedbackFacade feedback;

    @POST
    @Path("import")
    @Consumes("text/csv")
    // Checked before the body is read: nobody else makes Terrain store an upload.
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public FeedbackImportReport importCsv(@QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") ImportMode mode,
                                          @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, InputStream body) {
        return UploadedBody.asFile(body, "terrain-feedback-", ".csv", file -> feedback.importFeedback(file, "feedback.csv", false, mode, dryRun));
    }

    /** The same from {@code [{"responseId", "siteCode", "respondedOn", "channel", "contactReason", "csat", "recommend", "verbatim", "category"}]}. */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public FeedbackImportReport importJson(@QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") ImportMode mode,
                                           @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, InputStream body) {
        return UploadedBody.asFile(body, "terrain-feedback-", ".json", file -> feedback.importFeedback(file, "feedback.json", true, mode, dryRun));
    }

    /** A site's feedback as a file (the day's by default), in treatment order. */
    @GET
    @Path("export")
    @Produces({"text/csv", XLSX})
    public Response export(@QueryParam("site") Long site, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                           @QueryParam("format") @DefaultValue("csv") String format) {
        LocalDate end = to == null ? LocalDate.now() : to;
        List<FeedbackResponse> rows = feedback.export(site, from == null ? end : from, end);
        ExportFormat chosen = "xlsx".equalsIgnoreCase(format) ? ExportFormat.XLSX : ExportFormat.CSV;
        StreamingOutput body = out -> FeedbackExport.write(rows, chosen, out);
        return Response.ok(body, chosen == ExportFormat.CSV ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"feedback-" + site + "-" + end + "." + chosen.name().toLowerCase(Locale.ROOT)
                        + "\"").build();
    }

    @GET
    public Page<FeedbackResponse> list(@QueryParam("site") Long site, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                       @QueryParam("priority") FeedbackPriority priority,
                                       @QueryParam("offset") @DefaultValue("0") int offset,
                                       @QueryParam("limit") @DefaultValue("100") int limit) {
        return feedback.list(site, from, to, priority, offset, limit);
    }
}
