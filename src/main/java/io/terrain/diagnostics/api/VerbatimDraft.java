package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A customer's words as entered on the screen; {@code siteCode} names the site. */
public record VerbatimDraft(String siteCode, LocalDate receivedOn, Channel channel, String text, ScoreKind scoreKind,
                            Integer score, String category, Long stepId) implements Serializable {
}
