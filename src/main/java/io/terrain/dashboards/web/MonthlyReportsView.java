package io.terrain.dashboards.web;

import io.terrain.dashboards.api.MonthlyReportSummary;
import io.terrain.dashboards.api.ReportMailing;
import io.terrain.dashboards.api.ReportMailing.Outcome;
import io.terrain.dashboards.api.ReportSubscriptionStatus;
import io.terrain.dashboards.boundary.MonthlyReportsFacade;
import io.terrain.dashboards.boundary.ReportMailingFacade;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.web.FacesMessages;
import io.terrain.platform.web.LanguageView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** dashboards/reports.xhtml: the monthly reports' archive, a report made now, one's own subscription, a report sent to the subscribers. */
@Named
@ViewScoped
public class MonthlyReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MonthlyReportsFacade reports;

    @Inject
    ReportMailingFacade mailing;

    @Inject
    LanguageView userLanguage;

    private List<MonthlyReportSummary> archive;
    private ReportSubscriptionStatus subscription;
    private String month = YearMonth.now().minusMonths(1).toString();
    private String language;

    public void load() {
        if (language == null) {
            // The session's language: the view's locale is set only when the page renders, after this action.
            language = userLanguage.getCode();
        }
        archive = reports.reports();
        subscription = mailing.subscription();
    }

    public void generate() {
        try {
            MonthlyReportSummary made = reports.generate(YearMonth.parse(month), language);
            FacesMessages.info("monthlyReports.generated", monthName(made));
            load();
        } catch (InvalidInput e) {
            FacesMessages.problems("reportForm", e.problems());
        }
    }

    public void subscribe() {
        try {
            subscription = mailing.subscribe();
            FacesMessages.info("monthlyReports.subscribed", subscription.email());
        } catch (InvalidInput e) {
            FacesMessages.problems("subscriptionForm", e.problems());
        }
    }

    public void unsubscribe() {
        subscription = mailing.unsubscribe();
        FacesMessages.info("monthlyReports.unsubscribed");
    }

    public void mail(long id) {
        try {
            ReportMailing result = mailing.mail(id);
            FacesMessages.info("monthlyReports.mailed", result.sent(), result.recipients().size());
            String notSent = result.recipients().stream().filter(r -> r.outcome() != Outcome.SENT)
                    .map(r -> r.username() + " (" + Messages.text(locale(), "reportMailOutcome." + r.outcome())
                            + (r.reason() == null ? "" : ": " + r.reason()) + ")")
                    .collect(Collectors.joining(", "));
            if (!notSent.isEmpty()) {
                FacesMessages.error("monthlyReports.notSent", notSent);
            }
            load();
        } catch (InvalidInput e) {
            FacesMessages.problems("archiveForm", e.problems());
        } catch (NotFound e) {
            FacesMessages.error("monthlyReports.gone");
            load();
        }
    }

    /** The twelve months before this one and this one, newest first, as offered for a report now. */
    public List<YearMonth> getMonths() {
        return Stream.iterate(YearMonth.now(), m -> m.minusMonths(1)).limit(13).toList();
    }

    public String monthName(YearMonth value) {
        String name = value.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale()) + " " + value.getYear();
        return name.substring(0, 1).toUpperCase(locale()) + name.substring(1);
    }

    public String monthName(MonthlyReportSummary report) {
        return monthName(YearMonth.from(report.month()));
    }

    public String dateTime(LocalDateTime value) {
        return value == null ? "" : value.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale()));
    }

    public String mailed(MonthlyReportSummary report) {
        return Messages.text(locale(), "monthlyReports.mailedTo", dateTime(report.mailedAt()), report.mailedTo());
    }

    public String size(long bytes) {
        return Messages.text(locale(), "monthlyReports.size", Math.max(1, Math.round(bytes / 1024.0)));
    }

    public String fileUrl(MonthlyReportSummary report, String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/reports/monthly/" + report.id() + "/"
                + format;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<MonthlyReportSummary> getArchive() {
        return archive;
    }

    public ReportSubscriptionStatus getSubscription() {
        return subscription;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
