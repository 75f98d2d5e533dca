-- Measurements arrive a KPI-period at a time (a week of every site), so the primary key leads with
-- KPI and period: a load appends to the end of the index instead of writing all over it, and a
-- roll-up rebuild reads one KPI-period by key prefix. The two secondary indexes cost more than half
-- of a bulk load's time; reads by site list the periods of their window (aligned by the KPI's
-- granularity) and so become key lookups without them.
ALTER TABLE indicators_measurement DROP INDEX ix_indicators_measurement_site;
ALTER TABLE indicators_measurement DROP INDEX ix_indicators_measurement_period;
ALTER TABLE indicators_measurement DROP PRIMARY KEY;
ALTER TABLE indicators_measurement ADD PRIMARY KEY (kpi_id, period_start, site_id);
