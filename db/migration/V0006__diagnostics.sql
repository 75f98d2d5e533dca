-- Diagnostics: on-site diagnosis campaigns. Site, user and KPI references are ids (or KPI codes)
-- of other modules, never foreign keys across modules.

-- Customer journeys, a catalogue shared by campaigns: ordered steps, each with its observation grid.
CREATE TABLE diagnostics_journey (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    code     VARCHAR(32)  NOT NULL,
    name_fr  VARCHAR(128) NOT NULL,
    name_en  VARCHAR(128) NOT NULL,
    -- STORE, WEB, PHONE, WEB_TO_STORE, MOBILE
    channel  VARCHAR(16)  NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_diagnostics_journey_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE diagnostics_step (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    journey_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    name_fr     VARCHAR(128) NOT NULL,
    name_en     VARCHAR(128) NOT NULL,
    -- Moment of truth, if the step is one: STIMULUS, ZMOT, FMOT, SMOT, TMOT.
    moment      VARCHAR(16),
    -- WELCOME, NEEDS_DISCOVERY, ADVICE, PAYMENT, AFTER_SALE, OTHER
    interaction VARCHAR(24)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_diagnostics_step_journey FOREIGN KEY (journey_id) REFERENCES diagnostics_journey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_diagnostics_step_journey ON diagnostics_step (journey_id, position);

-- One question of a step's observation grid: YES_NO (yes / no / not applicable), RATING (1-5) or MINUTES.
CREATE TABLE diagnostics_criterion (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    step_id   BIGINT       NOT NULL,
    position  INT          NOT NULL,
    label_fr  VARCHAR(200) NOT NULL,
    label_en  VARCHAR(200) NOT NULL,
    kind      VARCHAR(8)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_diagnostics_criterion_step FOREIGN KEY (step_id) REFERENCES diagnostics_step (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_diagnostics_criterion_step ON diagnostics_criterion (step_id, position);

CREATE TABLE diagnostics_campaign (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    name                 VARCHAR(128)  NOT NULL,
    objective            VARCHAR(2000),
    starts_on            DATE          NOT NULL,
    ends_on              DATE          NOT NULL,
    -- PREPARING, OBSERVING, SYNTHESIS, CLOSED
    status               VARCHAR(16)   NOT NULL,
    aspiration           VARCHAR(4000),
    aspiration_agreed_by VARCHAR(256),
    aspiration_agreed_on DATE,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Observers (coaches or program managers, platform_user ids): they alone see the campaign among observers.
CREATE TABLE diagnostics_campaign_member (
    campaign_id BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, user_id),
    CONSTRAINT fk_diagnostics_member_campaign FOREIGN KEY (campaign_id) REFERENCES diagnostics_campaign (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_diagnostics_member_user ON diagnostics_campaign_member (user_id);

-- The sample: network_site ids.
CREATE TABLE diagnostics_campaign_site (
    campaign_id BIGINT NOT NULL,
    site_id     BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, site_id),
    CONSTRAINT fk_diagnostics_sample_campaign FOREIGN KEY (campaign_id) REFERENCES diagnostics_campaign (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE diagnostics_campaign_journey (
    campaign_id BIGINT NOT NULL,
    journey_id  BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, journey_id),
    CONSTRAINT fk_diagnostics_cj_campaign FOREIGN KEY (campaign_id) REFERENCES diagnostics_campaign (id) ON DELETE CASCADE,
    CONSTRAINT fk_diagnostics_cj_journey FOREIGN KEY (journey_id) REFERENCES diagnostics_journey (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One customer interaction observed at one step of a journey, on site. The client-made UUID lets a
-- phone resend a form without creating it twice.
CREATE TABLE diagnostics_observation (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    uuid             CHAR(36)      NOT NULL,
    campaign_id      BIGINT        NOT NULL,
    site_id          BIGINT        NOT NULL,
    step_id          BIGINT        NOT NULL,
    observed_at      DATETIME      NOT NULL,
    observer_user_id BIGINT        NOT NULL,
    note             VARCHAR(2000),
    PRIMARY KEY (id),
    CONSTRAINT uk_diagnostics_observation_uuid UNIQUE (uuid),
    CONSTRAINT fk_diagnostics_observation_campaign FOREIGN KEY (campaign_id) REFERENCES diagnostics_campaign (id),
    CONSTRAINT fk_diagnostics_observation_step FOREIGN KEY (step_id) REFERENCES diagnostics_step (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_diagnostics_observation_campaign ON diagnostics_observation (campaign_id, step_id, site_id);

CREATE TABLE diagnostics_answer (
    observation_id BIGINT     NOT NULL,
    criterion_id   BIGINT     NOT NULL,
    -- YES_NO: YES, NO or NA; RATING: 1-5 in rating; MINUTES: minutes.
    choice         VARCHAR(4),
    rating         INT,
    minutes        DOUBLE,
    PRIMARY KEY (observation_id, criterion_id),
    CONSTRAINT fk_diagnostics_answer_observation FOREIGN KEY (observation_id) REFERENCES diagnostics_observation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The organizational context of a site on the day of observation.
CREATE TABLE diagnostics_site_context (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id          BIGINT        NOT NULL,
    site_id              BIGINT        NOT NULL,
    observed_on          DATE          NOT NULL,
    observer_user_id     BIGINT        NOT NULL,
    staff_present        INT,
    roles                VARCHAR(500),
    tools_available      VARCHAR(500),
    tools_working        BOOLEAN,
    layout_remarks       VARCHAR(1000),
    objectives_displayed BOOLEAN,
    ritual_observed      VARCHAR(500),
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_diagnostics_site_context UNIQUE (campaign_id, site_id, observed_on),
    CONSTRAINT fk_diagnostics_context_campaign FOREIGN KEY (campaign_id) REFERENCES diagnostics_campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A customer's words: entered or imported, with a CSAT (1-5) or NPS (0-10) score.
CREATE TABLE diagnostics_verbatim (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id  BIGINT        NOT NULL,
    site_id      BIGINT        NOT NULL,
    received_on  DATE          NOT NULL,
    channel      VARCHAR(16)   NOT NULL,
    text         VARCHAR(4000) NOT NULL,
    -- CSAT or NPS, or null when the customer gave no score.
    score_kind   VARCHAR(4),
    score        INT,
    category     VARCHAR(64),
    step_id      BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT fk_diagnostics_verbatim_campaign FOREIGN KEY (campaign_id) REFERENCES diagnostics_campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_diagnostics_verbatim_campaign ON diagnostics_verbatim (campaign_id, site_id);

-- Where the customer is lost or the experience degrades, with its cause and the evidence behind it.
CREATE TABLE diagnostics_friction (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id BIGINT        NOT NULL,
    step_id     BIGINT        NOT NULL,
    -- TECHNICAL, ERGONOMIC, RELATIONAL, COMMERCIAL
    cause       VARCHAR(16)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(4000),
    -- 1 (minor) to 4 (customer lost)
    severity    INT           NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_diagnostics_friction_campaign FOREIGN KEY (campaign_id) REFERENCES diagnostics_campaign (id),
    CONSTRAINT fk_diagnostics_friction_step FOREIGN KEY (step_id) REFERENCES diagnostics_step (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE diagnostics_friction_observation (
    friction_id    BIGINT NOT NULL,
    observation_id BIGINT NOT NULL,
    PRIMARY KEY (friction_id, observation_id),
    CONSTRAINT fk_diagnostics_fo_friction FOREIGN KEY (friction_id) REFERENCES diagnostics_friction (id) ON DELETE CASCADE,
    CONSTRAINT fk_diagnostics_fo_observation FOREIGN KEY (observation_id) REFERENCES diagnostics_observation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE diagnostics_friction_verbatim (
    friction_id BIGINT NOT NULL,
    verbatim_id BIGINT NOT NULL,
    PRIMARY KEY (friction_id, verbatim_id),
    CONSTRAINT fk_diagnostics_fv_friction FOREIGN KEY (friction_id) REFERENCES diagnostics_friction (id) ON DELETE CASCADE,
    CONSTRAINT fk_diagnostics_fv_verbatim FOREIGN KEY (verbatim_id) REFERENCES diagnostics_verbatim (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- KPIs of the indicators catalogue (by code) that the friction point affects.
CREATE TABLE diagnostics_friction_kpi (
    friction_id BIGINT      NOT NULL,
    kpi_code    VARCHAR(32) NOT NULL,
    PRIMARY KEY (friction_id, kpi_code),
    CONSTRAINT fk_diagnostics_fk_friction FOREIGN KEY (friction_id) REFERENCES diagnostics_friction (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE diagnostics_determinant (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id BIGINT        NOT NULL,
    -- ROLES, STAFFING, SKILLS, LAYOUT, TOOLS, OBJECTIVES, MANAGEMENT_RITUALS
    kind        VARCHAR(24)   NOT NULL,
    finding     VARCHAR(2000) NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_diagnostics_determinant_campaign FOREIGN KEY (campaign_id) REFERENCES diagnostics_campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE diagnostics_determinant_friction (
    determinant_id BIGINT NOT NULL,
    friction_id    BIGINT NOT NULL,
    PRIMARY KEY (determinant_id, friction_id),
    CONSTRAINT fk_diagnostics_df_determinant FOREIGN KEY (determinant_id) REFERENCES diagnostics_determinant (id) ON DELETE CASCADE,
    CONSTRAINT fk_diagnostics_df_friction FOREIGN KEY (friction_id) REFERENCES diagnostics_friction (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Prioritised stakes: what the campaign concludes, published to pilots.
CREATE TABLE diagnostics_stake (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id BIGINT        NOT NULL,
    priority    INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(4000),
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_diagnostics_stake_campaign FOREIGN KEY (campaign_id) REFERENCES diagnostics_campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE diagnostics_stake_friction (
    stake_id    BIGINT NOT NULL,
    friction_id BIGINT NOT NULL,
    PRIMARY KEY (stake_id, friction_id),
    CONSTRAINT fk_diagnostics_sf_stake FOREIGN KEY (stake_id) REFERENCES diagnostics_stake (id) ON DELETE CASCADE,
    CONSTRAINT fk_diagnostics_sf_friction FOREIGN KEY (friction_id) REFERENCES diagnostics_friction (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
