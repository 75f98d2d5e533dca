-- The network's goal for a KPI, drawn on its charts beside the measured values (optional).
ALTER TABLE indicators_kpi ADD COLUMN target_value DOUBLE;
UPDATE indicators_kpi SET target_value = 5 WHERE code = 'WAIT_TIME';
UPDATE indicators_kpi SET target_value = 4.2 WHERE code = 'CSAT';
UPDATE indicators_kpi SET target_value = 40 WHERE code = 'NPS';
UPDATE indicators_kpi SET target_value = 80 WHERE code = 'FCR';
