-- Dashboards: the monthly direction report, kept as generated (PDF and Excel) so that it can be read again as it was.
-- A scheduled report is one per month across every instance: scheduled_month is unique (NULL for reports asked
-- for on demand), so the second instance's insert fails and it knows the report exists.

CREATE TABLE dashboards_monthly_report (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    -- The first day of the month reported on.
    report_month    DATE         NOT NULL,
    scheduled_month DATE,
    language        VARCHAR(8)   NOT NULL,
    generated_at    DATETIME     NOT NULL,
    generated_by    VARCHAR(64)  NOT NULL,
    pdf             LONGBLOB     NOT NULL,
    pdf_size        BIGINT       NOT NULL,
    xlsx            LONGBLOB     NOT NULL,
    xlsx_size       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_dashboards_monthly_report_scheduled UNIQUE (scheduled_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_dashboards_monthly_report_month ON dashboards_monthly_report (report_month);
