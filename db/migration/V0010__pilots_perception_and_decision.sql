-- What the contact teams of the pilot sites feel: one response per person, a 1-5 score per
-- improvement (in the pilot's order, comma separated), a 0-10 "would you recommend it" and a comment.
CREATE TABLE pilots_perception (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    pilot_id     BIGINT        NOT NULL,
    site_id      BIGINT        NOT NULL,
    responded_on DATE          NOT NULL,
    scores       VARCHAR(200)  NOT NULL,
    recommend    INT           NOT NULL,
    comment      VARCHAR(2000),
    PRIMARY KEY (id),
    CONSTRAINT fk_pilots_perception_pilot FOREIGN KEY (pilot_id) REFERENCES pilots_pilot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_pilots_perception_pilot ON pilots_perception (pilot_id, site_id);

-- The decision gate: who decided what, when, why, whether the rule was overridden, and the evidence
-- as it stood then (results and perception, frozen as JSON: later measurements cannot change it).
CREATE TABLE pilots_decision (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    pilot_id    BIGINT        NOT NULL,
    outcome     VARCHAR(16)   NOT NULL,
    overridden  BOOLEAN       NOT NULL,
    rationale   VARCHAR(4000),
    decided_by  VARCHAR(64)   NOT NULL,
    decided_at  DATETIME      NOT NULL,
    evidence    MEDIUMTEXT    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pilots_decision_pilot FOREIGN KEY (pilot_id) REFERENCES pilots_pilot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
