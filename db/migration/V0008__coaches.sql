-- Coaches: field coaches seconded to the programme, their training, the sites they are assigned
-- to, and their visits. Users, sites and regions are ids of other modules, never foreign keys.

CREATE TABLE coaches_coach (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    -- platform_user id: the coach signs in as this user (role COACH).
    user_id         BIGINT        NOT NULL,
    former_role     VARCHAR(128),
    former_site_id  BIGINT,
    seconded_from   DATE          NOT NULL,
    seconded_until  DATE,
    home_region_id  BIGINT,
    -- Visit days per week the coach gives to the programme (0.5 to 5).
    capacity_days   DECIMAL(3,1)  NOT NULL,
    -- Language codes, comma separated (fr,en).
    languages       VARCHAR(64),
    -- IN_TRAINING, ACTIVE, ENDED
    status          VARCHAR(16)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_coaches_coach_user UNIQUE (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Change-management training: a module or session, and when the coach completed it (null: planned).
CREATE TABLE coaches_training (
    coach_id      BIGINT        NOT NULL,
    position      INT           NOT NULL,
    module        VARCHAR(128)  NOT NULL,
    completed_on  DATE,
    PRIMARY KEY (coach_id, position),
    CONSTRAINT fk_coaches_training_coach FOREIGN KEY (coach_id) REFERENCES coaches_coach (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A coach assigned to a site for a period (ends_on null: until further notice).
CREATE TABLE coaches_assignment (
    id        BIGINT  NOT NULL AUTO_INCREMENT,
    coach_id  BIGINT  NOT NULL,
    site_id   BIGINT  NOT NULL,
    starts_on DATE    NOT NULL,
    ends_on   DATE,
    PRIMARY KEY (id),
    CONSTRAINT fk_coaches_assignment_coach FOREIGN KEY (coach_id) REFERENCES coaches_coach (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_coaches_assignment_coach ON coaches_assignment (coach_id, starts_on);
CREATE INDEX ix_coaches_assignment_site ON coaches_assignment (site_id, starts_on);

-- A visit, planned or done. The client-made UUID lets a phone resend a visit without doubling it.
CREATE TABLE coaches_visit (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    uuid             CHAR(36)      NOT NULL,
    coach_id         BIGINT        NOT NULL,
    site_id          BIGINT        NOT NULL,
    visit_date       DATE          NOT NULL,
    start_time       TIME,
    duration_minutes INT,
    -- DIAGNOSIS, LAUNCH, COACHING, FOLLOW_UP
    purpose          VARCHAR(16)   NOT NULL,
    -- PLANNED or LOGGED
    status           VARCHAR(8)    NOT NULL,
    observations     VARCHAR(4000),
    behaviours       VARCHAR(2000),
    worked_on        VARCHAR(2000),
    team_mood        INT,
    next_visit_on    DATE,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_coaches_visit_uuid UNIQUE (uuid),
    CONSTRAINT fk_coaches_visit_coach FOREIGN KEY (coach_id) REFERENCES coaches_coach (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_coaches_visit_coach ON coaches_visit (coach_id, visit_date);
CREATE INDEX ix_coaches_visit_site ON coaches_visit (site_id, visit_date);

-- Actions agreed during a visit.
CREATE TABLE coaches_action (
    visit_id    BIGINT        NOT NULL,
    position    INT           NOT NULL,
    description VARCHAR(500)  NOT NULL,
    owner       VARCHAR(128)  NOT NULL,
    due_on      DATE          NOT NULL,
    -- OPEN, DONE, DROPPED
    status      VARCHAR(8)    NOT NULL,
    PRIMARY KEY (visit_id, position),
    CONSTRAINT fk_coaches_action_visit FOREIGN KEY (visit_id) REFERENCES coaches_visit (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
