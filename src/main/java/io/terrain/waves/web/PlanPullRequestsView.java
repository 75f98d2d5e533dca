package io.terrain.waves.web;

import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.platform.web.FacesMessages;
import io.terrain.waves.api.PullRequestDecision;
import io.terrain.waves.api.PullRequestDraft;
import io.terrain.waves.api.PullRequestStatus;
import io.terrain.waves.api.PullRequestSummary;
import io.terrain.waves.boundary.PullRequestsFacade;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pull requests of the engagement tab: line managers ask for their unit or site to go earlier, the program
 * manager accepts into an earlier wave or declines with a reason; their count by month shows the line pulling.
 */
@Named
@ViewScoped
public class PlanPullRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PullRequestsFacade pullRequests;

    @Inject
    PlanView planView;

    @Inject
    CurrentUser currentUser;

    private List<PullRequestSummary> requests = List.of();
    private List<SiteSummary> ownSites = List.of();
    private Long unitId;
    private Long siteId;
    private LocalDate wishedGoLive;
    private String reason;

    private PullRequestSummary answering;
    private Long waveId;
    private String answer;

    @PostConstruct
    void init() {
        if (planView.getId() != null) {
            requests = pullRequests.list(planView.getId());
            ownSites = pullRequests.ownSites(planView.getId());
        }
    }

    /** Line managers ask for their perimeter; program managers may file what a manager asked by phone. */
    public boolean isCanAsk() {
        return planView.isManager() || currentUser.hasRole(Role.LINE_MANAGER);
    }

    public boolean isManager() {
        return planView.isManager();
    }

    public void ask() {
        try {
            pullRequests.request(planView.getId(), new PullRequestDraft(siteId == null ? unitId : null, siteId, wishedGoLive, reason));
            FacesMessages.info("waves.pull.sent");
            unitId = null;
            siteId = null;
            wishedGoLive = null;
            reason = null;
            requests = pullRequests.list(planView.getId());
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:pullForm", e.problems());
        }
    }

    public void open(PullRequestSummary request) {
        answering = request;
        waveId = null;
        answer = null;
    }

    public void accept() {
        decide(true);
    }

    public void decline() {
        decide(false);
    }

    private void decide(boolean accept) {
        try {
            PullRequestSummary decided = pullRequests.decide(planView.getId(), answering.id(), answering.version(),
                    new PullRequestDecision(accept, waveId, answer));
            FacesMessages.info(accept ? "waves.pull.accepted" : "waves.pull.declined", decided.sitesMoved() == null ? 0 : decided.sitesMoved(),
                    decided.waveCode() == null ? "" : decided.waveCode());
            answering = null;
            requests = pullRequests.list(planView.getId());
            FacesContext.getCurrentInstance().getPartialViewContext().getEvalScripts().add("PF('answerDialog').hide()");
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:answerForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("waves.conflict");
            requests = pullRequests.list(planView.getId());
        }
    }

    /** A month of the chart: its name in the reader's language, its requests, its bar as a share of the busiest month. */
    public record Month(String label, long count, long barPercent) {
    }

    /** Requests by month they were made, oldest first: the line hierarchy asking to go faster, over time. */
    public List<Month> getByMonth() {
        Map<YearMonth, Long> counts = new TreeMap<>();
        requests.forEach(r -> counts.merge(YearMonth.from(r.requestedOn()), 1L, Long::sum));
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yyyy", FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return counts.entrySet().stream().map(e -> new Month(e.getKey().format(format), e.getValue(),
                Math.round(100.0 * e.getValue() / max))).toList();
    }

    public String severity(PullRequestStatus status) {
        return switch (status) {
            case OPEN -> "warning";
            case ACCEPTED -> "success";
            case DECLINED -> "secondary";
        };
    }

    public List<PullRequestSummary> getRequests() { return requests; }
    public List<SiteSummary> getOwnSites() { return ownSites; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long v) { unitId = v; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long v) { siteId = v; }
    public LocalDate getWishedGoLive() { return wishedGoLive; }
    public void setWishedGoLive(LocalDate v) { wishedGoLive = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public PullRequestSummary getAnswering() { return answering; }
    public Long getWaveId() { return waveId; }
    public void setWaveId(Long v) { waveId = v; }
    public String getAnswer() { return answer; }
    public void setAnswer(String v) { answer = v; }
}
