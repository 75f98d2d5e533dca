package io.terrain.waves.control.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.platform.api.Problem;
import io.terrain.waves.api.ProposalRequest;
import io.terrain.waves.api.ProposalSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A small network solved for real: capacity respected, a pinned site kept, sites left out explained. */
class ProposalSolverTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @Test
    void placesSitesUnderEachRegionsCoachTimeAndSaysWhyTheOthersWait() {
        ProposalRequest request = new ProposalRequest(3, MONDAY, 8, new BigDecimal("0.5"), new BigDecimal("0.2"), 3);
        List<WaveSlot> slots = ProposalProblem.slots(request, List.of(new ProposalProblem.OpenWave(7, "V1", MONDAY.minusWeeks(2))),
                Set.of("V1"), MONDAY.minusWeeks(4));
        assertEquals(List.of("V1", "V2", "V3"), slots.stream().map(WaveSlot::code).toList(), "the open wave, then new ones");
        assertEquals(List.of(MONDAY.minusWeeks(2), MONDAY, MONDAY.plusWeeks(8)), slots.stream().map(WaveSlot::goLive).toList());

        List<ProposalProblem.Candidate> sites = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // Nord-Est: 2 days a week of coaching = 4 sites per wave at 0.5 day each.
            sites.add(new ProposalProblem.Candidate(i, "NE" + i, 1L, i % 2 == 0 ? "A" : "B", 100 + i, 0, false, i == 0, i == 0 ? 7L : null));
        }
        for (int i = 30; i < 50; i++) {
            sites.add(new ProposalProblem.Candidate(i, "SO" + i, 2L, "A", 500, 0, false, false, null));
        }
        WaveProposal problem = ProposalProblem.problem(request, slots, sites,
                List.of(new ProposalProblem.Supply(1, "Nord-Est", 2.0), new ProposalProblem.Supply(2, "Sud-Ouest", 10.0)));
        try (ProposalSolver solver = new ProposalSolver()) {
            WaveProposal solved = solver.solve(problem, 3);
            assertTrue(solved.getScore().isFeasible(), solved.getScore().toString());
            SiteSlot pinned = solved.getSites().stream().filter(s -> s.getSiteId() == 0).findFirst().orElseThrow();
            assertEquals("V1", pinned.getWave().code(), "a pinned site stays where it is");
            for (WaveSlot wave : solved.getWaves()) {
                long northEast = solved.getSites().stream().filter(s -> s.getRegionId() == 1 && wave.equals(s.getWave())).count();
                assertTrue(northEast <= 4, "Nord-Est holds 4 sites a wave at most, " + wave.code() + " has " + northEast);
            }
            long placedNorthEast = solved.getSites().stream().filter(s -> s.getRegionId() == 1 && s.getWave() != null).count();
            assertEquals(12, placedNorthEast, "3 waves × 4 sites: as many as its coaches can support");
            assertEquals(20, solved.getSites().stream().filter(s -> s.getRegionId() == 2 && s.getWave() != null).count());
            List<Problem> reasons = ProposalProblem.reasons(solved);
            assertEquals(List.of(Problem.of(null, "waves.proposal.reason.capacity", "Nord-Est", 2.0, 18, 9.0)), reasons);
            List<ProposalSummary.ConstraintCost> breakdown = solver.breakdown(solved);
            ProposalSummary.ConstraintCost unassigned = breakdown.stream()
                    .filter(c -> c.constraint().equals(WaveConstraints.UNASSIGNED)).findFirst().orElseThrow();
            assertEquals(-18, unassigned.medium());
            assertEquals(18, unassigned.matches());
        }
    }

    @Test
    void aRequestOutOfBoundsNamesEachField() {
        List<Problem> problems = ProposalProblem.check(new ProposalRequest(0, LocalDate.now().minusDays(1), 0, BigDecimal.ZERO,
                new BigDecimal("0.95"), 301));
        assertEquals(List.of("waves", "cadenceWeeks", "daysPerSite", "comparisonShare", "timeLimitSeconds", "firstGoLive"),
                problems.stream().map(Problem::field).toList());
    }
}
