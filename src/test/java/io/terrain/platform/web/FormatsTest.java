package io.terrain.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** #15 item 7: numbers and times as each language writes them, never Java's toString or UTC ISO. */
class FormatsTest {

    @Test
    void numbersInTheReadersLanguage() {
        assertEquals("2", Formats.number(new BigDecimal("2.0"), 2, Locale.FRENCH), "a capacity of 2.0 days reads 2");
        assertEquals("2,5", Formats.number(new BigDecimal("2.5"), 2, Locale.FRENCH));
        assertEquals("2.5", Formats.number(2.5, 2, Locale.ENGLISH));
        assertEquals("4,17", Formats.number(25.0 / 6, 2, Locale.FRENCH));
        assertEquals("1,234.5", Formats.number(1234.5, 1, Locale.ENGLISH));
        assertEquals("1\u202f234,5", Formats.number(1234.5, 1, Locale.FRENCH));
        assertEquals("", Formats.number(null, 2, Locale.FRENCH));
    }

    @Test
    void momentsInTheProgrammesZone() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        // 09:30 UTC on 1 December is 10:30 in Paris (winter time), 3 July 08:00 UTC is 10:00 (summer time).
        assertEquals("01/12/2026 10:30", Formats.when(Instant.parse("2026-12-01T09:30:00Z"), ZoneId.of("UTC"), paris, Locale.FRENCH));
        assertEquals("03/07/2026 10:00", Formats.when(LocalDateTime.of(2026, 7, 3, 8, 0), ZoneId.of("UTC"), paris, Locale.FRENCH));
        assertEquals("12/1/26, 10:30 AM", Formats.when(Instant.parse("2026-12-01T09:30:00Z"), ZoneId.of("UTC"), paris, Locale.ENGLISH));
    }
}
