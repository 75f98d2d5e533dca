package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

public record ObservationSummary(long id, String uuid, long campaignId, long siteId, String siteName, long stepId,
                                 String stepName, LocalDateTime observedAt, long observerId, String note,
                                 List<ObservationDraft.Answer> answers) implements Serializable {

    public ObservationSummary {
        answers = List.copyOf(answers);
    }
}
