package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A campaign as a program manager writes it; null lists mean "none". */
public record CampaignDraft(String name, String objective, LocalDate startsOn, LocalDate endsOn, CampaignStatus status,
                            List<Long> memberIds, List<Long> journeyIds) implements Serializable {
}
