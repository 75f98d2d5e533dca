package io.terrain.dashboards.api;

import java.io.Serializable;
import java.util.List;

/** A report sent to its subscribers: how many the mail server accepted, and what happened for each subscriber. */
public record ReportMailing(long reportId, int sent, List<Recipient> recipients) implements Serializable {

    public ReportMailing {
        recipients = List.copyOf(recipients);
    }

    /**
     * SENT: accepted by the mail server; FAILED: refused or unreachable (the server's reason given); not sent to: an
     * account without an address, deactivated, or no longer of a role that reads the report.
     */
    public enum Outcome { SENT, FAILED, NO_EMAIL, INACTIVE, NOT_ALLOWED }

    public record Recipient(String username, String email, Outcome outcome, String reason) implements Serializable {
    }
}
