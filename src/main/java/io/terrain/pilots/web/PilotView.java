package io.terrain.pilots.web;

import io.terrain.indicators.api.Indicators;
import io.terrain.network.api.Network;
import io.terrain.network.api.SiteSummary;
import io.terrain.pilots.api.ControlProposal;
import io.terrain.pilots.api.DecisionDraft;
import io.terrain.pilots.api.DecisionSummary;
import io.terrain.pilots.api.DesignCheck;
import io.terrain.pilots.api.GateStatus;
import io.terrain.pilots.api.PilotResults;
import io.terrain.pilots.api.PilotStatus;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.boundary.PilotDecisionsFacade;
import io.terrain.pilots.boundary.PilotMatchingFacade;
import io.terrain.pilots.boundary.PilotResultsFacade;
import io.terrain.pilots.boundary.PilotsFacade;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.platform.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * pilots/pilot.xhtml: a pilot's status (launch, end of measurement), its sites (pilot sites by
 * code, matched controls proposed with their balance and warnings, then kept), the check before
 * launch, the results per KPI with a chart and the per-site detail, and the decision gate. The
 * design, perception and package tabs have their own views, which read the pilot from this one.
 */
@Named
@ViewScoped
public class PilotView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PilotsFacade pilots;

    @Inject
    PilotMatchingFacade pilotMatching;

    @Inject
    PilotResultsFacade pilotResults;

    @Inject
    PilotDecisionsFacade pilotDecisions;

    @Inject
    Network network;

    @Inject
    Indicators indicators;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private PilotSummary pilot;
    private List<SiteSummary> pilotSites = List.of();
    private List<SiteSummary> controlSites = List.of();
    private String pilotCodes;
    private String controlCodes;
    private int perPilot = 2;
    private ControlProposal proposal;
    private List<Map.Entry<String, String>> proposalRows = List.of();
    private ControlProposal balance;
    private DesignCheck check;
    private PilotResults results;
    private String message;
    private LocalDate effectiveOn = LocalDate.now();
    private GateStatus gate;
    private List<DecisionSummary> decisions = List.of();
    private PilotStatus outcome;
    private boolean override;
    private String rationale;

    public void load() {
        if (id == null) {
            throw new NotFound("Pilot", "?");
        }
        reload();
    }

    /** Reads the pilot and everything measured on it again, after any change on the page. */
    public void reload() {
        pilot = pilots.pilot(id);
        pilotSites = network.sitesByIds(pilot.pilotSiteIds());
        controlSites = network.sitesByIds(pilot.controlSiteIds());
        pilotCodes = String.join(" ", pilotSites.stream().map(SiteSummary::code).toList());
        controlCodes = String.join(" ", controlSites.stream().map(SiteSummary::code).toList());
        balance = pilot.controlSiteIds().isEmpty() ? null : pilotMatching.balance(id);
        decisions = pilotDecisions.decisions(id);
        check = null;
        results = null;
        gate = null;
        message = null;
        if (!pilot.pilotSiteIds().isEmpty() && !pilot.controlSiteIds().isEmpty()) {
            try {
                check = pilotMatching.designCheck(id);
                results = pilotResults.results(id);
                gate = pilotDecisions.gate(id, results);
                // Validation is proposed only when the rule is met; otherwise the manager chooses, nothing is preselected.
                outcome = gate.passes() ? PilotStatus.VALIDATED : null;
            } catch (InvalidInput e) {
                message = e.problems().stream().map(p -> Messages.text(locale(), p)).findFirst().orElse(null);
            }
        }
    }

    public boolean isManager() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER);
    }

    // ---- status ----

    /** The moves a program manager makes by hand now: launch, or end of the pilot window. */
    public List<PilotStatus> getMoves() {
        return isManager() ? pilots.manualMoves(pilot.status()) : List.of();
    }

    public boolean canMove(PilotStatus status) {
        return getMoves().contains(status);
    }

    public void moveTo(PilotStatus status) {
        try {
            pilots.moveTo(id, pilot.version(), status, effectiveOn);
            FacesMessages.info("pilot.moved");
            reload();
        } catch (InvalidInput e) {
            FacesMessages.problems("statusForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    // ---- sites ----

    /**
     * Pilot and control sites typed as codes (spaces, commas or new lines): how a manager picks the
     * pilot sites and edits a kept proposal of controls. Unknown codes are named, nothing is saved;
     * a site typed in both lists (a control just made a pilot site) stays a pilot site.
     */
    public void saveSites() {
        List<Problem> problems = new ArrayList<>();
        List<Long> pilotIds = siteIds("pilotCodes", pilotCodes, problems);
        List<Long> controlIds = siteIds("controlCodes", controlCodes, problems);
        if (!problems.isEmpty()) {
            FacesMessages.problems("tabs:sitesForm", problems);
            return;
        }
        save(pilotIds, controlIds.stream().filter(c -> !pilotIds.contains(c)).toList());
    }

    private List<Long> siteIds(String field, String codes, List<Problem> problems) {
        List<Long> ids = new ArrayList<>();
        for (String code : (codes == null ? "" : codes).split("[\\s,;]+")) {
            if (!code.isBlank()) {
                network.siteByCode(code.strip()).ifPresentOrElse(s -> ids.add(s.id()),
                        () -> problems.add(Problem.of(field, "measurement.site.unknown", code)));
            }
        }
        return ids;
    }

    public void propose() {
        try {
            proposal = pilotMatching.proposeControls(id, perPilot);
            proposalRows = namedProposal(proposal);
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:sitesForm", e.problems());
        }
    }

    public void keepProposal() {
        if (proposal == null) {
            return;
        }
        Set<Long> controls = new LinkedHashSet<>();
        proposal.controls().values().forEach(controls::addAll);
        save(pilot.pilotSiteIds(), new ArrayList<>(controls));
        proposal = null;
    }

    private void save(List<Long> pilotIds, List<Long> controlIds) {
        try {
            pilotMatching.placeSites(id, pilot.version(), pilotIds, controlIds);
            FacesMessages.info("pilot.sitesSaved");
            reload();
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:sitesForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    /** A proposal's or the pilot's warnings, in words ("key:argument" as the facade gives them). */
    public List<String> warnings(ControlProposal p) {
        List<String> texts = new ArrayList<>();
        if (p != null) {
            for (String w : p.warnings()) {
                int colon = w.indexOf(':');
                texts.add(colon < 0 ? Messages.text(locale(), w) : Messages.text(locale(), w.substring(0, colon), w.substring(colon + 1)));
            }
        }
        return texts;
    }

    /** Each pilot site and its proposed controls, by name. */
    public List<Map.Entry<String, String>> proposalRows() {
        return proposalRows;
    }

    private List<Map.Entry<String, String>> namedProposal(ControlProposal p) {
        Set<Long> ids = new LinkedHashSet<>(p.controls().keySet());
        p.controls().values().forEach(ids::addAll);
        Map<Long, SiteSummary> sites = new HashMap<>();
        network.sitesByIds(ids).forEach(s -> sites.put(s.id(), s));
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        // A serializable entry: the view, and so these rows, travel in the session between instances (Map.entry does not).
        p.controls().forEach((pilotSite, controls) -> rows.add(new AbstractMap.SimpleImmutableEntry<>(
                sites.containsKey(pilotSite) ? sites.get(pilotSite).name() : "#" + pilotSite,
                String.join(", ", controls.stream().map(sites::get).filter(Objects::nonNull)
                        .map(s -> s.name() + " (" + s.code() + ")").toList()))));
        return rows;
    }

    // ---- results ----

    /** The results chart of one KPI: every week's value of every site read at once, drawn by {@link PilotResultsChart}. */
    public String chart(String kpi) {
        List<Long> sites = new ArrayList<>(pilot.pilotSiteIds());
        sites.addAll(pilot.controlSiteIds());
        return new PilotResultsChart(pilot, locale())
                .write(indicators.siteValuesByWindow(kpi, sites, pilot.baselineFrom(), pilot.pilotTo(), 7));
    }

    // ---- decision ----

    public void decide() {
        try {
            pilotDecisions.decide(id, pilot.version(), new DecisionDraft(outcome, override, rationale));
            FacesMessages.info("pilot.decided");
            reload();
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:decisionForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    public PilotStatus[] getOutcomes() {
        return new PilotStatus[] {PilotStatus.VALIDATED, PilotStatus.REJECTED, PilotStatus.EXTENDED};
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public PilotSummary getPilot() { return pilot; }
    public List<SiteSummary> getPilotSites() { return pilotSites; }
    public List<SiteSummary> getControlSites() { return controlSites; }
    public String getPilotCodes() { return pilotCodes; }
    public void setPilotCodes(String v) { pilotCodes = v; }
    public String getControlCodes() { return controlCodes; }
    public void setControlCodes(String v) { controlCodes = v; }
    public int getPerPilot() { return perPilot; }
    public void setPerPilot(int v) { perPilot = v; }
    public ControlProposal getProposal() { return proposal; }
    public ControlProposal getBalance() { return balance; }
    public DesignCheck getCheck() { return check; }
    public PilotResults getResults() { return results; }
    public String getMessage() { return message; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate v) { effectiveOn = v; }
    public GateStatus getGate() { return gate; }
    /** Why the rule is not met, in the reader's language (numbers formatted alike); null when it is met. */
    public String getGateRefusal() {
        if (gate == null || gate.passes()) {
            return null;
        }
        String text = Messages.text(locale(), gate.refusal());
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
    public List<DecisionSummary> getDecisions() { return decisions; }
    public PilotStatus getOutcome() { return outcome; }
    public void setOutcome(PilotStatus v) { outcome = v; }
    public boolean isOverride() { return override; }
    public void setOverride(boolean v) { override = v; }
    public String getRationale() { return rationale; }
    public void setRationale(String v) { rationale = v; }
}
