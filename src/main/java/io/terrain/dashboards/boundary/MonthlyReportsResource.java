package io.terrain.dashboards.boundary;

import io.terrain.dashboards.api.MonthlyReportSummary;
import io.terrain.dashboards.api.ReportMailing;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
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
        YearMonth parsed;
        try {
            parsed = month == null ? null : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(Problem.of("month", "monthlyReport.month.invalid", month));
        }
        MonthlyReportSummary created = reports.generate(parsed, language);
        return Response.created(URI.create("reports/monthly/" + created.id() + "/pdf")).entity(created).build();
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
