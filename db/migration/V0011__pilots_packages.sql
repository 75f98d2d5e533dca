-- Packages: what a validated pilot becomes — the codified target (processes, tools, indicators with
-- target values, management tools and rituals) and the implementation method (ordered steps).
-- Versioned: a published version never changes; a new version starts as a copy.
CREATE TABLE pilots_package (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    pilot_id      BIGINT        NOT NULL,
    name          VARCHAR(128)  NOT NULL,
    version_no    INT           NOT NULL,
    -- DRAFT or PUBLISHED
    status        VARCHAR(16)   NOT NULL,
    processes     VARCHAR(4000),
    tools         VARCHAR(4000),
    management    VARCHAR(4000),
    published_at  DATETIME,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_pilots_package_version UNIQUE (pilot_id, version_no),
    CONSTRAINT fk_pilots_package_pilot FOREIGN KEY (pilot_id) REFERENCES pilots_pilot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE pilots_package_kpi (
    package_id   BIGINT      NOT NULL,
    position     INT         NOT NULL,
    kpi_code     VARCHAR(32) NOT NULL,
    target_value DOUBLE,
    PRIMARY KEY (package_id, position),
    CONSTRAINT fk_pilots_package_kpi FOREIGN KEY (package_id) REFERENCES pilots_package (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A step of the implementation method: what to do, who owns it (a role), in how many days, and the
-- evidence that shows it is done.
CREATE TABLE pilots_package_step (
    package_id    BIGINT        NOT NULL,
    position      INT           NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    owner_role    VARCHAR(128)  NOT NULL,
    expected_days INT           NOT NULL,
    evidence      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (package_id, position),
    CONSTRAINT fk_pilots_package_step FOREIGN KEY (package_id) REFERENCES pilots_package (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
