package io.terrain.dashboards.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A customer's feedback after a contact, with the treatment priority its scores give it. */
public record FeedbackResponse(long id, String responseId, long siteId, String siteCode, LocalDate respondedOn, FeedbackChannel channel,
                               String contactReason, Integer csat, Integer recommend, String verbatim, String category,
                               FeedbackPriority priority) implements Serializable {
}
