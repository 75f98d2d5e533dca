-- Pull requests: a line manager asks for their perimeter (one of their org units, or one of their sites) to go
-- earlier; the program manager accepts (the sites move to an earlier wave, capacity checked) or declines, with a
-- reason. Their count over time is the sign that the line hierarchy pulls the transformation.

CREATE TABLE waves_pull_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id          BIGINT        NOT NULL,
    -- What is asked for: an org unit of the network, or a single site (ids, not foreign keys across modules).
    org_unit_id      BIGINT,
    site_id          BIGINT,
    wished_go_live   DATE          NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    -- OPEN, ACCEPTED or DECLINED
    status           VARCHAR(16)   NOT NULL,
    requested_by     VARCHAR(64)   NOT NULL,
    requested_on     DATE          NOT NULL,
    decided_by       VARCHAR(64),
    decided_on       DATE,
    decision_reason  VARCHAR(1000),
    -- Accepted: the wave the sites went to, and how many moved.
    wave_id          BIGINT,
    sites_moved      INT,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_waves_pull_request_plan FOREIGN KEY (plan_id) REFERENCES waves_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_waves_pull_request_wave FOREIGN KEY (wave_id) REFERENCES waves_wave (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_waves_pull_request_plan ON waves_pull_request (plan_id, status);

-- Stored impacts gained their effect by segment, site kind and region: forget the older ones, computed again
-- when first read.
DELETE FROM waves_impact_result;
