package io.terrain.coaches.web;

import io.terrain.platform.api.Jsons;
import io.terrain.coaches.api.VisitPurpose;
import io.terrain.coaches.api.VisitSummary;
import io.terrain.coaches.boundary.VisitPlanningFacade;
import io.terrain.coaches.boundary.VisitsFacade;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.security.AccessDenied;
import io.terrain.platform.web.ScriptSafeJson;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * coaches/today.xhtml, the coach's phone page for the day. The server renders the day once (planned
 * visits, assigned sites, each site's agenda) as JSON in the page; from then on the page works on
 * its own: visits are kept on the phone and sent to /api/visits when the network allows
 * (terrain-visits.js), and a service worker serves the page again without network.
 */
@Named
@ViewScoped
public class CoachDayView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VisitPlanningFacade planningFacade;

    @Inject
    VisitsFacade visitsFacade;

    private VisitsFacade.MyDay day;
    private boolean onRoster = true;
    private List<VisitSummary> week = List.of();
    private List<io.terrain.coaches.api.OpenAction> actions = List.of();

    @PostConstruct
    void init() {
        try {
            day = visitsFacade.myDay(LocalDate.now());
            week = planningFacade.visits(null, LocalDate.now(), LocalDate.now().plusDays(6));
            actions = visitsFacade.openActions(null, LocalDate.now());
        } catch (AccessDenied notACoach) {
            onRoster = false;
        }
    }

    /** The coming seven days' visits: the coach's week. */
    public List<VisitSummary> getWeek() {
        return week;
    }

    /** The coach's open actions, overdue first. */
    public List<io.terrain.coaches.api.OpenAction> getActions() {
        return actions;
    }

    /** The day as the page's script reads it. */
    public String getDayJson() {
        if (day == null) {
            return "{}";
        }
        JsonArrayBuilder sites = Jsons.createArrayBuilder();
        for (SiteSummary s : day.sites()) {
            JsonArrayBuilder agenda = Jsons.createArrayBuilder();
            day.agenda().getOrDefault(s.id(), List.of()).forEach(agenda::add);
            sites.add(Jsons.createObjectBuilder().add("id", s.id()).add("code", s.code()).add("name", s.name()).add("agenda", agenda));
        }
        JsonArrayBuilder planned = Jsons.createArrayBuilder();
        for (VisitSummary v : day.planned()) {
            planned.add(Jsons.createObjectBuilder().add("uuid", v.uuid()).add("siteId", v.siteId()).add("siteName", v.siteName())
                    .add("time", v.startTime() == null ? "" : v.startTime().toString()).add("purpose", v.purpose().name())
                    .add("logged", v.logged()));
        }
        return ScriptSafeJson.of(Jsons.createObjectBuilder().add("date", day.day().toString()).add("sites", sites)
                .add("planned", planned).build().toString());
    }

    public boolean isOnRoster() {
        return onRoster;
    }

    public VisitPurpose[] getPurposes() {
        return VisitPurpose.values();
    }
}
