package io.terrain.dashboards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A user who receives the monthly direction report by mail (the user's own choice; their address is read when sending). */
@Entity
@Table(name = "dashboards_report_subscription")
public class ReportSubscription {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "subscribed_at")
    private LocalDateTime subscribedAt;

    protected ReportSubscription() {
    }

    public ReportSubscription(long userId, LocalDateTime subscribedAt) {
        this.userId = userId;
        this.subscribedAt = subscribedAt;
    }

    public long getUserId() {
        return userId;
    }
}
