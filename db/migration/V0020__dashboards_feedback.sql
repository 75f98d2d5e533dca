-- Dashboards: customers' feedback as it arrives (weekly surveys after a contact). Each response once, by the
-- survey's own id; where the site sits is copied in so a line manager's feedback is read without the network's
-- tables. The CSAT and NPS of each site and week are computed from these rows into indicators' measurements.

CREATE TABLE dashboards_feedback (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    -- The survey tool's id of the response: a resent file or call is recognised by it.
    response_id    VARCHAR(64)   NOT NULL,
    site_id        BIGINT        NOT NULL,
    site_code      VARCHAR(32)   NOT NULL,
    region_id      BIGINT,
    sector_id      BIGINT,
    responded_on   DATE          NOT NULL,
    -- STORE, PHONE, MAIL, CHAT, WEB or OTHER
    channel        VARCHAR(16)   NOT NULL,
    contact_reason VARCHAR(128),
    -- 1 to 5
    csat           INT,
    -- Likelihood to recommend, 0 to 10 (NPS: 9-10 promoters, 7-8 passives, 0-6 detractors)
    recommend      INT,
    verbatim       VARCHAR(2000),
    category       VARCHAR(64),
    -- TREAT_FIRST, TREAT, FOLLOW or THANK: computed from the scores when the row is written
    priority       VARCHAR(16)   NOT NULL,
    -- The priority's rank (0 first), what lists sort on.
    priority_rank  INT           NOT NULL,
    imported_at    DATETIME      NOT NULL,
    imported_by    VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_dashboards_feedback_response UNIQUE (response_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_dashboards_feedback_site ON dashboards_feedback (site_id, responded_on);
CREATE INDEX ix_dashboards_feedback_region ON dashboards_feedback (region_id, responded_on);
