-- Pilots: improvements tested on pilot sites against matched control sites, over a baseline and a
-- pilot window, on KPIs chosen from the stakes of a diagnostic. Sites, stakes and KPIs are ids or
-- codes of other modules, never foreign keys.
CREATE TABLE pilots_pilot (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    name          VARCHAR(128)  NOT NULL,
    hypothesis    VARCHAR(2000),
    -- The diagnostic campaign whose stakes the pilot answers (diagnostics_campaign id), if any.
    campaign_id   BIGINT,
    -- DESIGN, RUNNING, MEASURED, VALIDATED, REJECTED, EXTENDED
    status        VARCHAR(16)   NOT NULL,
    baseline_from DATE          NOT NULL,
    baseline_to   DATE          NOT NULL,
    pilot_from    DATE          NOT NULL,
    pilot_to      DATE          NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE pilots_stake (
    pilot_id BIGINT NOT NULL,
    stake_id BIGINT NOT NULL,
    PRIMARY KEY (pilot_id, stake_id),
    CONSTRAINT fk_pilots_stake_pilot FOREIGN KEY (pilot_id) REFERENCES pilots_pilot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What the pilot tests: PROCESS, TOOL, ROLE, LAYOUT or MANAGEMENT_RITUAL, and how.
CREATE TABLE pilots_improvement (
    pilot_id    BIGINT        NOT NULL,
    position    INT           NOT NULL,
    kind        VARCHAR(24)   NOT NULL,
    description VARCHAR(1000) NOT NULL,
    PRIMARY KEY (pilot_id, position),
    CONSTRAINT fk_pilots_improvement_pilot FOREIGN KEY (pilot_id) REFERENCES pilots_pilot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The experienced operators who run the pilot, with their home site (network_site id).
CREATE TABLE pilots_team_member (
    pilot_id     BIGINT        NOT NULL,
    position     INT           NOT NULL,
    name         VARCHAR(128)  NOT NULL,
    home_site_id BIGINT,
    PRIMARY KEY (pilot_id, position),
    CONSTRAINT fk_pilots_team_pilot FOREIGN KEY (pilot_id) REFERENCES pilots_pilot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Support directorates involved (IT, logistics, HR, audit, real estate…), their contact and part.
CREATE TABLE pilots_directorate (
    pilot_id    BIGINT        NOT NULL,
    position    INT           NOT NULL,
    directorate VARCHAR(64)   NOT NULL,
    contact     VARCHAR(128)  NOT NULL,
    part        VARCHAR(1000),
    PRIMARY KEY (pilot_id, position),
    CONSTRAINT fk_pilots_directorate_pilot FOREIGN KEY (pilot_id) REFERENCES pilots_pilot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- KPIs measured (indicators_kpi codes): primary ones decide; target_effect in the KPI's unit.
CREATE TABLE pilots_kpi (
    pilot_id      BIGINT      NOT NULL,
    position      INT         NOT NULL,
    kpi_code      VARCHAR(32) NOT NULL,
    primary_kpi   BOOLEAN     NOT NULL,
    target_effect DOUBLE,
    PRIMARY KEY (pilot_id, position),
    CONSTRAINT fk_pilots_kpi_pilot FOREIGN KEY (pilot_id) REFERENCES pilots_pilot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Pilot sites and their controls (network_site ids).
CREATE TABLE pilots_site (
    pilot_id BIGINT      NOT NULL,
    site_id  BIGINT      NOT NULL,
    -- PILOT or CONTROL
    role     VARCHAR(8)  NOT NULL,
    PRIMARY KEY (pilot_id, site_id),
    CONSTRAINT fk_pilots_site_pilot FOREIGN KEY (pilot_id) REFERENCES pilots_pilot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_pilots_site_site ON pilots_site (site_id);
