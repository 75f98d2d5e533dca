-- Data safety (#11 item 13): optimistic locking on coach assignments, and the foreign keys that
-- were missing. Rows that already point nowhere are removed first (they could not be read anyway).

ALTER TABLE coaches_assignment ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- An answer belongs to a criterion of the observation grid: a criterion in use cannot be removed.
DELETE FROM diagnostics_answer WHERE criterion_id NOT IN (SELECT id FROM diagnostics_criterion);
ALTER TABLE diagnostics_answer
    ADD CONSTRAINT fk_diagnostics_answer_criterion FOREIGN KEY (criterion_id) REFERENCES diagnostics_criterion (id);

-- A verbatim may name the journey step it is about: a step in use cannot be removed.
UPDATE diagnostics_verbatim SET step_id = NULL WHERE step_id IS NOT NULL AND step_id NOT IN (SELECT id FROM diagnostics_step);
ALTER TABLE diagnostics_verbatim
    ADD CONSTRAINT fk_diagnostics_verbatim_step FOREIGN KEY (step_id) REFERENCES diagnostics_step (id);

-- Measurements and roll-ups are of a KPI of the catalogue (their keys start with kpi_id, which the keys serve).
DELETE FROM indicators_measurement WHERE kpi_id NOT IN (SELECT id FROM indicators_kpi);
ALTER TABLE indicators_measurement
    ADD CONSTRAINT fk_indicators_measurement_kpi FOREIGN KEY (kpi_id) REFERENCES indicators_kpi (id);
DELETE FROM indicators_rollup WHERE kpi_id NOT IN (SELECT id FROM indicators_kpi);
ALTER TABLE indicators_rollup
    ADD CONSTRAINT fk_indicators_rollup_kpi FOREIGN KEY (kpi_id) REFERENCES indicators_kpi (id);
