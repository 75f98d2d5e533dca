-- Waves: a published package rolled out over a perimeter of the network in waves, each site's
-- rollout and checklist, and the impact measured as the waves go (stored, read by screens).

CREATE TABLE waves_plan (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    name         VARCHAR(128)  NOT NULL,
    -- A published version of a package (pilots module); never changes once published.
    package_id   BIGINT        NOT NULL,
    -- Optional narrowing of the perimeter's org units (no unit: the whole network).
    site_kind    VARCHAR(16),
    segment      VARCHAR(64),
    -- DRAFT, ACTIVE or CLOSED
    status       VARCHAR(16)   NOT NULL,
    created_at   DATETIME      NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_waves_plan_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The org units (network module) whose sites the plan covers.
CREATE TABLE waves_plan_unit (
    plan_id      BIGINT NOT NULL,
    org_unit_id  BIGINT NOT NULL,
    PRIMARY KEY (plan_id, org_unit_id),
    CONSTRAINT fk_waves_plan_unit FOREIGN KEY (plan_id) REFERENCES waves_plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The KPIs the plan is meant to move, primary ones first.
CREATE TABLE waves_plan_kpi (
    plan_id      BIGINT      NOT NULL,
    position     INT         NOT NULL,
    kpi_code     VARCHAR(32) NOT NULL,
    primary_kpi  BOOLEAN     NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_waves_plan_kpi FOREIGN KEY (plan_id) REFERENCES waves_plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE waves_wave (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id           BIGINT       NOT NULL,
    code              VARCHAR(32)  NOT NULL,
    name              VARCHAR(128) NOT NULL,
    preparation_start DATE,
    go_live           DATE         NOT NULL,
    -- PLANNED, PREPARING, LIVE or STABILISED
    status            VARCHAR(16)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_waves_wave_code UNIQUE (plan_id, code),
    CONSTRAINT fk_waves_wave_plan FOREIGN KEY (plan_id) REFERENCES waves_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The coaches (coaches module) a wave has, and the days per week each gives it.
CREATE TABLE waves_wave_coach (
    wave_id       BIGINT NOT NULL,
    coach_id      BIGINT NOT NULL,
    days_per_week DOUBLE NOT NULL,
    PRIMARY KEY (wave_id, coach_id),
    CONSTRAINT fk_waves_wave_coach FOREIGN KEY (wave_id) REFERENCES waves_wave (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per perimeter site of a plan: in a wave or not yet planned (wave_id NULL). Where the site
-- sits in the network is copied in (as measurements do) so the plan's site list filters and
-- groups without reading the network's tables.
CREATE TABLE waves_site_rollout (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id        BIGINT        NOT NULL,
    site_id        BIGINT        NOT NULL,
    site_code      VARCHAR(32)   NOT NULL,
    region_id      BIGINT,
    sector_id      BIGINT,
    segment        VARCHAR(64),
    site_kind      VARCHAR(16),
    wave_id        BIGINT,
    -- NOT_STARTED, IN_PROGRESS, ADOPTED or BLOCKED
    status         VARCHAR(16)   NOT NULL,
    -- The day the site adopted the package: what impact measurement uses.
    adopted_on     DATE,
    blocked_reason VARCHAR(500),
    blocked_since  DATE,
    blocked_by     VARCHAR(64),
    -- Kept in its wave by the manager: the proposal never moves it.
    pinned         BOOLEAN       NOT NULL DEFAULT FALSE,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_waves_site_rollout UNIQUE (plan_id, site_id),
    CONSTRAINT fk_waves_site_rollout_plan FOREIGN KEY (plan_id) REFERENCES waves_plan (id),
    CONSTRAINT fk_waves_site_rollout_wave FOREIGN KEY (wave_id) REFERENCES waves_wave (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_waves_site_rollout_wave ON waves_site_rollout (plan_id, wave_id, status);
CREATE INDEX ix_waves_site_rollout_region ON waves_site_rollout (plan_id, region_id, sector_id);
CREATE INDEX ix_waves_site_rollout_site ON waves_site_rollout (site_id);

-- A site's checklist: the package's implementation steps, due dates from its wave's dates, each
-- with its own state and an optional local adaptation.
CREATE TABLE waves_checklist_item (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    rollout_id        BIGINT        NOT NULL,
    position          INT           NOT NULL,
    description       VARCHAR(1000) NOT NULL,
    owner_role        VARCHAR(128)  NOT NULL,
    expected_days     INT           NOT NULL,
    evidence_expected VARCHAR(1000) NOT NULL,
    due_on            DATE          NOT NULL,
    -- TODO, IN_PROGRESS, DONE or NOT_APPLICABLE
    status            VARCHAR(16)   NOT NULL,
    done_by           VARCHAR(64),
    done_on           DATE,
    evidence          VARCHAR(1000),
    -- The coach's visit (coaches module) that did it, when one did.
    visit_id          BIGINT,
    not_applicable_reason VARCHAR(500),
    adaptation        VARCHAR(1000),
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_waves_checklist_item UNIQUE (rollout_id, position),
    CONSTRAINT fk_waves_checklist_rollout FOREIGN KEY (rollout_id) REFERENCES waves_site_rollout (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The impact of a plan on one of its KPIs, per comparison group, as last computed (JSON of
-- indicators' StaggeredImpact): screens and dashboards read this, never the measurements.
CREATE TABLE waves_impact_result (
    plan_id     BIGINT      NOT NULL,
    kpi_code    VARCHAR(32) NOT NULL,
    comparison  VARCHAR(16) NOT NULL,
    computed_at DATETIME    NOT NULL,
    result      LONGTEXT    NOT NULL,
    PRIMARY KEY (plan_id, kpi_code, comparison),
    CONSTRAINT fk_waves_impact_plan FOREIGN KEY (plan_id) REFERENCES waves_plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
