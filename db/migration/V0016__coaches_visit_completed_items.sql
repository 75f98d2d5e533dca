-- What a visit finished: the site's checklist items the coach marked done (one per line), besides
-- what was worked on. The rollout module (waves) marks those items DONE with the visit as evidence.
ALTER TABLE coaches_visit ADD COLUMN completed VARCHAR(2000);
