-- Line-management engagement per org unit of a plan (history: the latest entry is the unit's level),
-- units blocked from the rollout, and the wave gate's decisions with their frozen evidence.

CREATE TABLE waves_engagement (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id      BIGINT        NOT NULL,
    org_unit_id  BIGINT        NOT NULL,
    -- INFORMED, UNDERSTANDS, COMMITTED or CHAMPION
    level        VARCHAR(16)   NOT NULL,
    noted_on     DATE          NOT NULL,
    noted_by     VARCHAR(64)   NOT NULL,
    comment      VARCHAR(1000),
    PRIMARY KEY (id),
    CONSTRAINT fk_waves_engagement_plan FOREIGN KEY (plan_id) REFERENCES waves_plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_waves_engagement_unit ON waves_engagement (plan_id, org_unit_id, id);

CREATE TABLE waves_unit_block (
    plan_id      BIGINT       NOT NULL,
    org_unit_id  BIGINT       NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    since        DATE         NOT NULL,
    blocked_by   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (plan_id, org_unit_id),
    CONSTRAINT fk_waves_unit_block_plan FOREIGN KEY (plan_id) REFERENCES waves_plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE waves_gate_decision (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    wave_id     BIGINT        NOT NULL,
    -- GO, HOLD or ADJUST
    decision    VARCHAR(8)    NOT NULL,
    rationale   VARCHAR(2000) NOT NULL,
    -- The gate's evidence as it was when deciding (JSON), never recomputed.
    evidence    LONGTEXT      NOT NULL,
    decided_by  VARCHAR(64)   NOT NULL,
    decided_at  DATETIME      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_waves_gate_wave FOREIGN KEY (wave_id) REFERENCES waves_wave (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
