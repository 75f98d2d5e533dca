package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.time.LocalDate;

public record VerbatimSummary(long id, long siteId, String siteCode, String siteName, LocalDate receivedOn, Channel channel,
                              String text, ScoreKind scoreKind, Integer score, String category, Long stepId,
                              boolean detractor) implements Serializable {
}
