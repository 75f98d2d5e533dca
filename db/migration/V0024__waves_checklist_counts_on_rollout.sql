-- Each site's checklist counted on its rollout row, so that dashboards count a plan's checklists from
-- its 20,000 rollouts alone rather than joining them to their 100,000 items. Recounted from the items
-- by the waves module after every change to them (ChecklistStore.recount).
ALTER TABLE waves_site_rollout ADD COLUMN checklist_items INT NOT NULL DEFAULT 0;
ALTER TABLE waves_site_rollout ADD COLUMN checklist_closed INT NOT NULL DEFAULT 0;
-- The earliest due date of an item still open (TODO or IN_PROGRESS): the site is late once it has passed.
ALTER TABLE waves_site_rollout ADD COLUMN checklist_next_due DATE;

UPDATE waves_site_rollout SET
    checklist_items = (SELECT COUNT(*) FROM waves_checklist_item i WHERE i.rollout_id = waves_site_rollout.id),
    checklist_closed = (SELECT COUNT(*) FROM waves_checklist_item i WHERE i.rollout_id = waves_site_rollout.id
                        AND i.status IN ('DONE', 'NOT_APPLICABLE')),
    checklist_next_due = (SELECT MIN(i.due_on) FROM waves_checklist_item i WHERE i.rollout_id = waves_site_rollout.id
                          AND i.status IN ('TODO', 'IN_PROGRESS'));

-- The dashboards' grouped passes over a plan's rollouts (by wave, status and region or sector with the checklist
-- counts; by adoption day) read this index alone, never the rows; it serves the plan's lists by wave and status as the
-- index it replaces.
ALTER TABLE waves_site_rollout DROP INDEX ix_waves_site_rollout_wave;
CREATE INDEX ix_waves_site_rollout_progress ON waves_site_rollout
    (plan_id, wave_id, status, region_id, sector_id, checklist_items, checklist_closed, checklist_next_due, adopted_on);
-- The sites to watch (blocked, in progress) found by status, not among the plan's 20,000 rows.
CREATE INDEX ix_waves_site_rollout_status ON waves_site_rollout (plan_id, status);
-- A sector's dashboard reads its rollouts by plan and sector (the region index starts with the region).
CREATE INDEX ix_waves_site_rollout_sector ON waves_site_rollout (plan_id, sector_id);
