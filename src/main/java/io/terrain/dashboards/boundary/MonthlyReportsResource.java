package io.terrain.dashboards.boundary;

import io.terrain.dashboards.api.MonthlyReportSummary;
import io.terrain.dashboards.api.ReportMailing;
import io.terrain.dashboards.api.ScheduledReportRun;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.persistence.DuplicateKey;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code /api/reports/monthly}: the monthly direction reports' archive, a report generated on demand, its PDF and
 * Excel, and its sending to the subscribers.
 */
@Path("reports/monthly")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MonthlyReportsResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    MonthlyReportsFacade reports;

    @Inject
    ReportMailingFacade mailing;

    @GET
    public List<MonthlyReportSummary> list() {
        return reports.reports();
    }

    /** {@code ?month=2026-10&language=fr|en}. */
    @POST
    public Response generate(@QueryParam("month") String month, @QueryParam("language") String language) {
        MonthlyReportSummary created = reports.generate(month(month), language);
        return Response.created(URI.create("reports/monthly/" + created.id() + "/pdf")).entity(created).build();
    }

    /**
     * What the first-of-the-month timer does, now ({@code ?month=2026-10}; an administrator making up for a missed run):
     * 201 when this instance wrote the month's scheduled report, 200 when another instance already had — the
     * scheduled month is unique, so two instances running it at once write it once.
     */
    @POST
    @Path("scheduled")
    public Response runScheduled(@QueryParam("month") String month) {
        YearMonth parsed = month(month);
        try {
            return reports.generateScheduled(parsed)
                    .map(r -> Response.status(Response.Status.CREATED).entity(new ScheduledReportRun(parsed.toString(), true, r.id())).build())
                    .orElseGet(() -> Response.ok(new ScheduledReportRun(parsed.toString(), false, null)).build());
        } catch (RuntimeException e) {
            if (!DuplicateKey.isCause(e)) {
                throw e;
            }
            // Another instance inserted it between this one's check and its insert.
            return Response.ok(new ScheduledReportRun(parsed.toString(), false, null)).build();
        }
    }

    private static YearMonth month(String month) {
        try {
            return month == null ? null : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(Problem.of("month", "monthlyReport.month.invalid", month));
        }
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(reports.pdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"terrain-report-" + id + ".pdf\"").build();
    }

    @GET
    @Path("{id}/xlsx")
    @Produces(XLSX)
    public Response xlsx(@PathParam("id") long id) {
        return Response.ok(reports.xlsx(id), XLSX)
                .header("Content-Disposition", "attachment; filename=\"terrain-report-" + id + ".xlsx\"").build();
    }

    /** The report to every subscriber now: who received it, who did not and why. */
    @POST
    @Path("{id}/mail")
    public ReportMailing mail(@PathParam("id") long id) {
        return mailing.mail(id);
    }
}
