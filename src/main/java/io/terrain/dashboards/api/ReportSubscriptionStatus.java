package io.terrain.dashboards.api;

import java.io.Serializable;

/**
 * Whether the signed-in user receives the monthly report by mail, at which address (their account's), and whether
 * this server sends mail at all.
 */
public record ReportSubscriptionStatus(boolean subscribed, String email, boolean mailConfigured) implements Serializable {
}
