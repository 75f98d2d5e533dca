-- Each status a pilot took: the day it took effect (the launch, the end of measurement, the
-- decision), who recorded it and when. Existing pilots get their current status, dated today.
CREATE TABLE pilots_status_change (
    pilot_id     BIGINT       NOT NULL,
    position     INT          NOT NULL,
    -- DESIGN, RUNNING, MEASURED, VALIDATED, REJECTED, EXTENDED
    status       VARCHAR(16)  NOT NULL,
    effective_on DATE         NOT NULL,
    recorded_by  VARCHAR(64)  NOT NULL,
    recorded_at  DATETIME     NOT NULL,
    PRIMARY KEY (pilot_id, position),
    CONSTRAINT fk_pilots_status_change_pilot FOREIGN KEY (pilot_id) REFERENCES pilots_pilot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO pilots_status_change (pilot_id, position, status, effective_on, recorded_by, recorded_at)
SELECT id, 0, status, CURRENT_DATE, 'migration', CURRENT_TIMESTAMP FROM pilots_pilot;
