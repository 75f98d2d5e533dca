package io.terrain.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

/** The API's JSON-B: numbers exactly or not at all (a 30-digit id, 1e999), nulls and numbers sent as strings as before. */
class JsonbNumbersTest {

    public record Draft(Long coachId, Integer minutes, Double minValue) {
    }

    private final Jsonb jsonb = new JsonbNumbers().getContext(Draft.class);

    @Test
    void numbersInRangeNullsAndNumericStringsAreRead() {
        assertEquals(new Draft(12L, 90, -1.5), jsonb.fromJson("{\"coachId\":12,\"minutes\":90,\"minValue\":-1.5}", Draft.class));
        assertEquals(new Draft(null, null, null), jsonb.fromJson("{\"coachId\":null,\"minutes\":null,\"minValue\":null}", Draft.class));
        assertEquals(new Draft(7L, 30, 2.0), jsonb.fromJson("{\"coachId\":\"7\",\"minutes\":\"30\",\"minValue\":\"2\"}", Draft.class));
        assertNull(jsonb.fromJson("{\"minutes\":\"\"}", Draft.class).minutes());
    }

    @Test
    void numbersThatWouldWrapOrOverflowAreRefused() {
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"coachId\":123456789012345678901234567890}", Draft.class));
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"minutes\":2147483648}", Draft.class));
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"minutes\":1.5}", Draft.class));
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"minValue\":-1e999}", Draft.class));
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"minValue\":\"Infinity\"}", Draft.class));
    }
}
