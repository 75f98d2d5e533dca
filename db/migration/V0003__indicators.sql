-- Indicators: the KPI catalogue, measurements, and roll-ups that dashboards read instead of raw rows.

CREATE TABLE indicators_kpi (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    code         VARCHAR(32)   NOT NULL,
    name_fr      VARCHAR(128)  NOT NULL,
    name_en      VARCHAR(128)  NOT NULL,
    unit         VARCHAR(32)   NOT NULL,
    -- HIGHER_IS_BETTER or LOWER_IS_BETTER: how the impact engine reads a change.
    direction    VARCHAR(16)   NOT NULL,
    -- MEAN (of values), RATIO (sum of numerators / sum of denominators), NPS (from counts), PERCENT.
    aggregation  VARCHAR(16)   NOT NULL,
    min_value    DOUBLE,
    max_value    DOUBLE,
    -- DAY, WEEK (periods start on Monday) or MONTH (periods start on the 1st).
    granularity  VARCHAR(8)    NOT NULL,
    description  VARCHAR(1000),
    version      BIGINT        NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    CONSTRAINT uk_indicators_kpi_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per KPI, site and period. The site's place in the network (sector, region, segment) is
-- copied in when the row is written: roll-ups group by it without reading the network's tables,
-- and a measurement stays attributed to where the site was when it was measured.
CREATE TABLE indicators_measurement (
    kpi_id       BIGINT       NOT NULL,
    site_id      BIGINT       NOT NULL,
    period_start DATE         NOT NULL,
    -- "value" is a reserved word in H2.
    measured_value DOUBLE     NOT NULL,
    numerator    DOUBLE,
    denominator  DOUBLE,
    promoters    INT,
    passives     INT,
    detractors   INT,
    sample_size  INT,
    source       VARCHAR(64),
    sector_id    BIGINT,
    region_id    BIGINT,
    segment      VARCHAR(64),
    PRIMARY KEY (kpi_id, site_id, period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_indicators_measurement_site ON indicators_measurement (site_id, kpi_id, period_start);
-- Roll-up refresh reads one KPI-period at a time.
CREATE INDEX ix_indicators_measurement_period ON indicators_measurement (kpi_id, period_start);

-- Sums per KPI, period and scope (NETWORK/ALL, REGION/id, SECTOR/id, SEGMENT/name), refreshed for
-- the KPI-periods an import touches. Means, ratios and NPS are computed from the sums when read.
CREATE TABLE indicators_rollup (
    kpi_id          BIGINT      NOT NULL,
    scope           VARCHAR(8)  NOT NULL,
    scope_key       VARCHAR(64) NOT NULL,
    period_start    DATE        NOT NULL,
    sites           INT         NOT NULL,
    value_sum       DOUBLE      NOT NULL,
    numerator_sum   DOUBLE,
    denominator_sum DOUBLE,
    promoters       BIGINT,
    passives        BIGINT,
    detractors      BIGINT,
    PRIMARY KEY (kpi_id, scope, scope_key, period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO indicators_kpi (code, name_fr, name_en, unit, direction, aggregation, min_value, max_value, granularity, description) VALUES
('WAIT_TIME', 'Temps d''attente client', 'Customer wait time', 'min', 'LOWER_IS_BETTER', 'MEAN', 0, 600, 'WEEK', 'Mean minutes a customer waits before being served.'),
('CONVERSION', 'Taux de transformation', 'Conversion rate', '%', 'HIGHER_IS_BETTER', 'RATIO', 0, 100, 'WEEK', 'Sales (numerator) per visitor (denominator), in percent.'),
('CSAT', 'Satisfaction client (CSAT)', 'Customer satisfaction (CSAT)', '/5', 'HIGHER_IS_BETTER', 'MEAN', 1, 5, 'WEEK', 'Mean CSAT score, 1 to 5.'),
('NPS', 'Net Promoter Score', 'Net Promoter Score', 'pts', 'HIGHER_IS_BETTER', 'NPS', -100, 100, 'WEEK', 'Promoters minus detractors, in points, from the counts of answers.'),
('ENPS', 'eNPS collaborateurs', 'Employee NPS (eNPS)', 'pts', 'HIGHER_IS_BETTER', 'NPS', -100, 100, 'MONTH', 'The NPS question asked of the contact teams.'),
('FCR', 'Résolution au premier contact', 'First-contact resolution', '%', 'HIGHER_IS_BETTER', 'RATIO', 0, 100, 'WEEK', 'Requests solved at first contact (numerator) per request (denominator); call centres.'),
('SALES_PER_VISIT', 'Ventes par visite', 'Sales per visit', 'EUR', 'HIGHER_IS_BETTER', 'RATIO', 0, NULL, 'WEEK', 'Sales amount (numerator) per visit (denominator).'),
('STAFF_FTE', 'Effectif (ETP)', 'Staff (FTE)', 'FTE', 'HIGHER_IS_BETTER', 'MEAN', 0, 10000, 'MONTH', 'Full-time-equivalent employees on site.');
