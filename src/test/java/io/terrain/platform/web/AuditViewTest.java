package io.terrain.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** #15 item 7: the audit trail reads its actions in the reader's language, not as codes. */
class AuditViewTest {

    @Test
    void theRecordedVerbIsReadOutAndTheRestKept() {
        assertEquals("Planification", AuditView.actionLabel("PLAN", Locale.FRENCH));
        assertEquals("Statut · RUNNING 2026-10-19", AuditView.actionLabel("STATUS RUNNING 2026-10-19", Locale.FRENCH));
        assertEquals("Decided · VALIDATED (override)", AuditView.actionLabel("DECIDE VALIDATED (override)", Locale.ENGLISH));
        assertEquals("SOMETHING_NEW", AuditView.actionLabel("SOMETHING_NEW", Locale.FRENCH), "an unknown verb is shown as recorded");
    }

    @Test
    void theEntityTypeIsNamedInTheReadersLanguage() {
        assertEquals("Plan de déploiement", AuditView.entityLabel("RolloutPlan", Locale.FRENCH));
        assertEquals("Site rollout", AuditView.entityLabel("SiteRollout", Locale.ENGLISH));
        assertEquals("Gadget", AuditView.entityLabel("Gadget", Locale.FRENCH), "an unknown type is shown as recorded");
    }
}
