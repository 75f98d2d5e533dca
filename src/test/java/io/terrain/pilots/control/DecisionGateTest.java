package io.terrain.pilots.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.indicators.api.Direction;
import io.terrain.indicators.api.GroupImpact;
import io.terrain.indicators.api.ImpactResult;
import io.terrain.indicators.api.Verdict;
import io.terrain.pilots.api.GateStatus;
import io.terrain.pilots.api.PerceptionDraft;
import io.terrain.pilots.api.PerceptionSummary;
import io.terrain.pilots.api.PilotResults;
import io.terrain.pilots.entity.Perception;
import io.terrain.platform.i18n.Messages;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionGateTest {

    private static ImpactResult impact(Verdict verdict) {
        GroupImpact g = new GroupImpact(10, 5, 1, 10, 5, 1, 10, 0, 1);
        return new ImpactResult("WAIT_TIME", Direction.LOWER_IS_BETTER, true, g, g, -1, 0.3, 18, -1.6, -0.4, 0.003, -0.2, verdict,
                List.of());
    }

    private static Perception response(long site, List<Integer> scores, int recommend) {
        return new Perception(1, new PerceptionDraft(site, LocalDate.of(2026, 11, 1), scores, recommend, null));
    }

    @Test
    void perceptionMeansPerSiteAndOverallByHand() {
        // Site 1: scores 4,5 and 3,4 (mean 4), recommend 8 and 6; site 2: scores 2,2 (mean 2), recommend 3.
        List<Perception> responses = List.of(response(1, List.of(4, 5), 8), response(1, List.of(3, 4), 6), response(2, List.of(2, 2), 3));
        PerceptionSummary s = PerceptionSummarizer.summarize(responses, Map.of(1L, "Nord", 2L, "Sud"), 3.5);
        assertEquals(4.0, s.sites().get(0).meanScore(), 1e-12);
        assertEquals(7.0, s.sites().get(0).meanRecommend(), 1e-12);
        assertEquals(2.0, s.sites().get(1).meanScore(), 1e-12);
        assertEquals(20.0 / 6, s.meanScore(), 1e-12, "every score weighs the same");
        assertFalse(s.felt(), "3.33 is below 3.5");
        assertTrue(PerceptionSummarizer.summarize(responses.subList(0, 2), Map.of(), 3.5).felt());
    }

    @Test
    void theRuleNeedsEveryPrimaryKpiImprovedAndThePerceptionFelt() {
        PerceptionSummary felt = PerceptionSummarizer.summarize(List.of(response(1, List.of(4), 9)), Map.of(), 3.5);
        PerceptionSummary notFelt = PerceptionSummarizer.summarize(List.of(response(1, List.of(2), 9)), Map.of(), 3.5);
        PilotResults good = new PilotResults(List.of(new PilotResults.KpiResult("WAIT_TIME", true, impact(Verdict.IMPROVED), null, List.of()),
                new PilotResults.KpiResult("CSAT", false, impact(Verdict.INCONCLUSIVE), null, List.of())));
        assertTrue(DecisionGate.evaluate(good, felt).passes(), "a secondary KPI does not decide");
        assertFalse(DecisionGate.evaluate(good, notFelt).passes(), "measured but not felt");
        PilotResults mixed = new PilotResults(List.of(new PilotResults.KpiResult("WAIT_TIME", true, impact(Verdict.IMPROVED), null, List.of()),
                new PilotResults.KpiResult("NPS", true, impact(Verdict.INCONCLUSIVE), null, List.of())));
        GateStatus gate = DecisionGate.evaluate(mixed, felt);
        assertFalse(gate.passes(), "felt but one primary KPI not measured as improved");
        assertEquals(List.of("NPS"), gate.primaryNotImproved());
        assertFalse(DecisionGate.evaluate(new PilotResults(List.of()), felt).passes(), "no primary KPI, no validation");
    }

    /** #15 item 5: the refusal cites only what failed, and its numbers read alike in the reader's language. */
    @Test
    void theRefusalNamesOnlyWhatFailedWithNumbersInTheReadersFormat() {
        GateStatus notFelt = new GateStatus(false, List.of(), false, 25.0 / 6, 4.5);
        assertEquals("la règle n'est pas remplie : le ressenti des équipes, 4,17, est sous 4,5 : ne validez qu'avec une dérogation motivée.",
                Messages.text(Locale.FRENCH, notFelt.refusal()));
        assertEquals("the rule is not met: the teams' perception, 4.17, is under 4.5: validate only with an override and a rationale.",
                Messages.text(Locale.ENGLISH, notFelt.refusal()));
        GateStatus notImproved = new GateStatus(false, List.of("NPS", "WAIT_TIME"), true, 4.2, 3.5);
        assertEquals("la règle n'est pas remplie : indicateurs principaux non améliorés (NPS, WAIT_TIME) : ne validez qu'avec une"
                + " dérogation motivée.", Messages.text(Locale.FRENCH, notImproved.refusal()), "a perception that passed is not cited");
        assertEquals("pilot.gate.notImprovedNotFelt", new GateStatus(false, List.of("NPS"), false, 3.0, 3.5).refusal().key());
        assertEquals("pilot.gate.noPerception", new GateStatus(false, List.of(), false, null, 3.5).refusal().key());
        assertEquals("pilot.gate.noPrimary", new GateStatus(false, List.of(), true, 4.0, 3.5).refusal().key());
        assertEquals(null, new GateStatus(true, List.of(), true, 4.0, 3.5).refusal());
    }
}
