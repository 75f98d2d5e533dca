package io.terrain.coaches.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.terrain.coaches.api.AgreedAction;
import io.terrain.coaches.api.VisitLog;
import io.terrain.coaches.api.VisitPurpose;
import io.terrain.platform.api.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules a logged visit meets; the phone form (terrain-visits.js) checks the same before it queues a visit. */
class CoachRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private static VisitLog visit(List<AgreedAction> actions) {
        return new VisitLog(UUID.randomUUID().toString(), 7L, DAY, null, 60, VisitPurpose.COACHING, "", "", List.of(), actions, 3,
                null, List.of());
    }

    private static List<String> problems(VisitLog visit) {
        return CoachRules.check(visit).stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void anAgreedActionNeedsWhatWhoAndWhen() {
        assertEquals(List.of(), problems(visit(List.of(new AgreedAction("Afficher les horaires", "Claire", DAY.plusDays(7), "OPEN")))));
        assertEquals(List.of("actions[2].dueOn:field.required", "actions[3].description:field.required", "actions[3].owner:field.required"),
                problems(visit(List.of(new AgreedAction("a", "b", DAY, "OPEN"), new AgreedAction("Afficher", "Claire", null, "OPEN"),
                        new AgreedAction(" ", null, DAY, "OPEN")))));
    }

    @Test
    void anAgreedActionFitsItsColumns() {
        assertEquals(List.of(), problems(visit(List.of(new AgreedAction("d".repeat(500), "o".repeat(128), DAY, "OPEN")))));
        assertEquals(List.of("actions[1].description:field.tooLong", "actions[1].owner:field.tooLong"),
                problems(visit(List.of(new AgreedAction("d".repeat(501), "o".repeat(129), DAY, "OPEN")))));
    }
}
