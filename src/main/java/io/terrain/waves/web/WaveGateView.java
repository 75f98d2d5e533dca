package io.terrain.waves.web;

import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.web.FacesMessages;
import io.terrain.waves.api.GateDecision;
import io.terrain.waves.api.GateDecisionSummary;
import io.terrain.waves.api.GateDraft;
import io.terrain.waves.api.GateEvidence;
import io.terrain.waves.api.WaveSummary;
import io.terrain.waves.boundary.GateFacade;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The gate dialog of a wave (waves tab): the evidence, the decisions taken, and a new decision. */
@Named
@ViewScoped
public class WaveGateView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GateFacade gate;

    @Inject
    PlanView planView;

    private WaveSummary wave;
    private GateEvidence evidence;
    private List<GateDecisionSummary> decisions = List.of();
    private GateDecision decision = GateDecision.GO;
    private String rationale;

    public void open(WaveSummary w) {
        wave = w;
        evidence = gate.evidence(planView.getId(), w.id());
        decisions = gate.decisions(planView.getId(), w.id());
        decision = GateDecision.GO;
        rationale = null;
    }

    public void decide() {
        try {
            gate.decide(planView.getId(), wave.id(), new GateDraft(decision, rationale));
            FacesMessages.info("waves.gate.decided", wave.code(), decision);
            planView.load();
            FacesContext.getCurrentInstance().getPartialViewContext().getEvalScripts().add("PF('gateDialog').hide()");
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:gateForm", e.problems());
        }
    }

    public int percent(double share) {
        return (int) Math.round(share * 100);
    }

    public GateDecision[] getDecisionChoices() {
        return GateDecision.values();
    }

    public WaveSummary getWave() { return wave; }
    public GateEvidence getEvidence() { return evidence; }
    public List<GateDecisionSummary> getDecisions() { return decisions; }
    public GateDecision getDecision() { return decision; }
    public void setDecision(GateDecision v) { decision = v; }
    public String getRationale() { return rationale; }
    public void setRationale(String v) { rationale = v; }
}
