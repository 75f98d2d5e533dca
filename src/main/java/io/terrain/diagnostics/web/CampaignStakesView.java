package io.terrain.diagnostics.web;

import io.terrain.platform.api.Jsons;
import io.terrain.diagnostics.api.FrictionSummary;
import io.terrain.diagnostics.api.StakeDraft;
import io.terrain.diagnostics.api.StakeSummary;
import io.terrain.diagnostics.boundary.FindingsFacade;
import io.terrain.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;

/** The campaign page's stakes tab: the Pareto of friction points the stakes come from, the stakes in order, the form. */
@Named
@ViewScoped
public class CampaignStakesView extends CampaignTab {

    private static final long serialVersionUID = 1L;

    @Inject
    FindingsFacade findingsFacade;

    @Inject
    CampaignFrictionsView frictions;

    private List<StakeSummary> stakes = List.of();
    private String stakeTitle;
    private String stakeDescription;
    private Integer stakePriority = 1;
    private List<Long> stakeFrictions = new ArrayList<>();

    @Override
    protected void read() {
        stakes = findingsFacade.stakes(campaignId());
    }

    public void saveStake() {
        boolean saved = page.act("tabs:stakeForm", () -> findingsFacade.saveStake(campaignId(), null, 0,
                new StakeDraft(stakeTitle, stakeDescription, stakePriority, stakeFrictions)), "stake.saved");
        if (saved) {
            stakeTitle = stakeDescription = null;
            stakePriority = getStakes().size() + 1;
            stakeFrictions = new ArrayList<>();
        }
    }

    public List<StakeSummary> getStakes() {
        current();
        return stakes;
    }

    /** Friction points by score, bars, with the cumulative share as a line on its own 0-100 axis. */
    public String getParetoChart() {
        List<FrictionSummary> ranked = frictions.getFrictions();
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        JsonArrayBuilder scores = Jsons.createArrayBuilder();
        JsonArrayBuilder cumulative = Jsons.createArrayBuilder();
        double total = ranked.stream().mapToDouble(FrictionSummary::score).sum();
        double running = 0;
        for (FrictionSummary f : ranked) {
            labels.add(f.title());
            scores.add(Math.round(f.score() * 100) / 100.0);
            running += f.score();
            cumulative.add(total == 0 ? 0 : Math.round(running / total * 1000) / 10.0);
        }
        var locale = CampaignView.locale();
        return Jsons.createObjectBuilder().add("type", "bar")
                .add("data", Jsons.createObjectBuilder().add("labels", labels).add("datasets", Jsons.createArrayBuilder()
                        .add(Jsons.createObjectBuilder().add("label", Messages.text(locale, "friction.score")).add("data", scores)
                                .add("backgroundColor", "#0b5394").add("yAxisID", "y").add("order", 2))
                        // Chart.js draws the lower order on top: the cumulative line over the bars, not behind the first.
                        .add(Jsons.createObjectBuilder().add("type", "line").add("label", Messages.text(locale, "report.cumulative"))
                                .add("data", cumulative).add("borderColor", "#cc0000").add("backgroundColor", "#cc0000").add("yAxisID", "y1")
                                .add("order", 1))))
                .add("options", Jsons.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Jsons.createObjectBuilder()
                                .add("y", Jsons.createObjectBuilder().add("beginAtZero", true))
                                .add("y1", Jsons.createObjectBuilder().add("position", "right").add("min", 0).add("max", 100))))
                .build().toString();
    }

    public String getStakeTitle() { return stakeTitle; }
    public void setStakeTitle(String v) { stakeTitle = v; }
    public String getStakeDescription() { return stakeDescription; }
    public void setStakeDescription(String v) { stakeDescription = v; }
    public Integer getStakePriority() { return stakePriority; }
    public void setStakePriority(Integer v) { stakePriority = v; }
    public List<Long> getStakeFrictions() { return stakeFrictions; }
    public void setStakeFrictions(List<Long> v) { stakeFrictions = v; }
}
