package io.terrain.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a 400 says about a body JSON-B could not read: the property and the choices, never a Java type. */
class ErrorMappersTest {

    enum Kind { STORE, AGENCY }

    @Test
    void anUnknownChoiceNamesTheValueAndTheChoices() {
        JsonbException thrown = new JsonbException("Unable to deserialize property 'kind' because of: No enum constant "
                + Kind.class.getName() + ".SPACEPORT");
        assertEquals(Optional.of("kind"), ErrorMappers.unreadableProperty(thrown));
        assertEquals(Optional.of(new ErrorMappers.UnknownChoice("SPACEPORT", "STORE, AGENCY")), ErrorMappers.unknownChoice(thrown));
    }

    @Test
    void aNumberOutOfRangeNamesItsProperty() {
        JsonbException thrown = new JsonbException("Unable to deserialize property 'coachId' because of: a whole number is expected",
                new ArithmeticException("Overflow"));
        assertEquals(Optional.of("coachId"), ErrorMappers.unreadableProperty(thrown));
        assertEquals(Optional.empty(), ErrorMappers.unknownChoice(thrown));
        assertEquals(Optional.empty(), ErrorMappers.unreadableProperty(new JsonbException("Unexpected char 60")));
    }

    @Test
    void aValueTheDatabaseRefusesIsTheCallersInputNotAFailure() {
        assertTrue(ErrorMappers.isDataException(new RuntimeException(new SQLException("Data too long for column 'category'", "22001"))));
        assertFalse(ErrorMappers.isDataException(new RuntimeException(new SQLException("Duplicate entry", "23000"))));
        assertFalse(ErrorMappers.isDataException(new IllegalStateException("no SQL at all")));
    }
}
