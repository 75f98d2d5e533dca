package io.terrain.dashboards.web;

import io.terrain.dashboards.api.FeedbackResponse;
import io.terrain.dashboards.api.SiteDay;
import io.terrain.dashboards.boundary.SiteDayFacade;
import io.terrain.platform.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** dashboards/site.xhtml: a site's day on a phone — its KPIs, its customers' latest words, what is due, the next visit. */
@Named
@ViewScoped
public class SiteDayView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteDayFacade days;

    private Long site;
    private SiteDay day;

    public void load() {
        if (site == null) {
            site = days.ownSite().orElse(null);
        }
        day = site == null ? null : days.day(site);
    }

    public String kpiName(SiteDay.KpiNow kpi) {
        return "fr".equals(locale().getLanguage()) ? kpi.nameFr() : kpi.nameEn();
    }

    public String number(Double value) {
        return value == null ? "—" : String.format(locale(), Math.abs(value) >= 100 ? "%.0f" : "%.1f", value);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    public String scores(FeedbackResponse r) {
        StringBuilder text = new StringBuilder();
        if (r.csat() != null) {
            text.append("CSAT ").append(r.csat()).append("/5");
        }
        if (r.recommend() != null) {
            text.append(text.length() == 0 ? "" : " · ").append(Messages.text(locale(), "siteDay.recommend", r.recommend()));
        }
        return text.toString();
    }

    public String getFeedbackSummary() {
        return Messages.text(locale(), "siteDay.feedbackCount", day.feedbackCount(), day.feedbackDays());
    }

    /** The daily file's address: today's feedback of the site. */
    public String exportUrl(String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/feedback/export?site=" + site
                + "&format=" + format;
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public SiteDay getDay() {
        return day;
    }

    public Long getSite() {
        return site;
    }

    public void setSite(Long site) {
        this.site = site;
    }
}
