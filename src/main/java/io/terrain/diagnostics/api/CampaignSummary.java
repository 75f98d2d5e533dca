package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A campaign with its observers (platform user ids), journeys, sample size and agreed aspiration. */
public record CampaignSummary(long id, String name, String objective, LocalDate startsOn, LocalDate endsOn,
                              CampaignStatus status, int sampleSize, List<Long> memberIds, List<Long> journeyIds,
                              String aspiration, String aspirationAgreedBy, LocalDate aspirationAgreedOn,
                              long version) implements Serializable {

    public CampaignSummary {
        memberIds = List.copyOf(memberIds);
        journeyIds = List.copyOf(journeyIds);
    }
}
