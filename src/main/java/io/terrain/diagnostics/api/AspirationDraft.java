package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.time.LocalDate;

/** The service aspiration agreed with the contact teams: the text, who agreed (names or teams) and when. */
public record AspirationDraft(String text, String agreedBy, LocalDate agreedOn) implements Serializable {
}
