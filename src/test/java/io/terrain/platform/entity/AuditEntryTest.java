package io.terrain.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.terrain.platform.api.AuditDetail;
import io.terrain.platform.api.AuditRecord;
import io.terrain.platform.i18n.Messages;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An audit line written in English is read back as the same message, and reads in French as a French reader expects. */
class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    private static AuditRecord written(AuditDetail detail) {
        return persisted(new AuditEntry(AT, "manager", "RolloutPlan", "7", "IMPORT SCHEDULE", Messages.text(Locale.ENGLISH, detail), detail));
    }

    /** As the database gives it back: with its id. */
    private static AuditRecord persisted(AuditEntry entry) {
        try {
            Field id = AuditEntry.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entry, 1L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return entry.record();
    }

    @Test
    void aScheduleImportReadsInTheReadersLanguage() {
        AuditRecord line = written(AuditDetail.of("audit.detail.scheduleImport", "vagues.csv", 240, 3, 180));
        assertEquals("vagues.csv: 240 sites, 3 new waves, 180 adoptions", line.details());
        assertEquals("vagues.csv : 240 sites, 3 nouvelles vagues, 180 adoptions", Messages.text(Locale.FRENCH, line.message()));
    }

    @Test
    void statusesAreTranslatedAndDatesWrittenAsEachLanguageWritesThem() {
        AuditRecord plan = written(AuditDetail.of("audit.detail.nameStatus", "Déploiement 2027", AuditDetail.term("waves.planStatus.ACTIVE")));
        assertEquals("Déploiement 2027 (Active)", plan.details());
        assertEquals("Déploiement 2027 (Actif)", Messages.text(Locale.FRENCH, plan.message()));

        AuditRecord wave = written(AuditDetail.of("audit.detail.waveCreated", "Déploiement 2027", "V2", LocalDate.of(2027, 3, 1)));
        assertEquals("Déploiement 2027 / V2 go-live Mar 1, 2027", wave.details());
        assertEquals("Déploiement 2027 / V2 démarrage le 1 mars 2027", Messages.text(Locale.FRENCH, wave.message()));
    }

    @Test
    void countsAreGroupedAsEachLanguageGroupsThem() {
        AuditRecord line = written(AuditDetail.of("audit.detail.planCreated", "Plan", 20000));
        assertEquals("Plan: 20,000 sites", line.details());
        assertEquals("Plan : 20\u202f000 sites", Messages.text(Locale.FRENCH, line.message()));
    }

    @Test
    void identifiersPassedAsTextKeepTheirDigitsTogether() {
        AuditRecord line = written(AuditDetail.of("audit.detail.visitPlanned", "12", "1043", "2026-12-03 16:00"));
        assertEquals("coach 12 site 1043 2026-12-03 16:00", line.details());
        assertEquals("coach 12, site 1043, le 2026-12-03 16:00", Messages.text(Locale.FRENCH, line.message()));
    }

    @Test
    void theMessageIsReadBackAsItWasWritten() {
        AuditDetail detail = AuditDetail.of("audit.detail.feedbackImport", "retours.csv", 3, 1L, 0, 2.5, LocalDate.of(2026, 11, 30),
                AuditDetail.term("measurements.mode.VALID_ROWS"));
        assertEquals(detail, written(detail).message());
    }

    @Test
    void argumentsTooLongToKeepLeaveTheLineInEnglishAsWritten() {
        AuditRecord line = written(AuditDetail.of("audit.detail.because", "S0001", "x".repeat(2500)));
        assertEquals("S0001: " + "x".repeat(997 - 7) + "...", line.details());
        assertNull(line.message());
    }

    @Test
    void dataOnlyDetailsHaveNoMessage() {
        AuditRecord line = persisted(new AuditEntry(AT, "manager", "Site", "3", "CREATE", "S0003"));
        assertEquals("S0003", line.details());
        assertNull(line.message());
    }
}
