-- Dashboards: who receives the monthly direction report by mail, and when each report was last sent.
-- A subscription is the user's own choice (their account's address and language are read when sending, so a
-- changed address is followed); an account removed takes its subscription with it.

CREATE TABLE dashboards_report_subscription (
    user_id       BIGINT   NOT NULL,
    subscribed_at DATETIME NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_dashboards_report_subscription_user FOREIGN KEY (user_id) REFERENCES platform_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The last sending of a report: when, and to how many subscribers it was delivered to the mail server.
ALTER TABLE dashboards_monthly_report ADD COLUMN mailed_at DATETIME NULL;
ALTER TABLE dashboards_monthly_report ADD COLUMN mailed_to INT NOT NULL DEFAULT 0;
