-- Line managers: a LINE_MANAGER user answers for the org units whose manager_user_id is theirs (and everything
-- under them), or for single sites whose manager they are. An id, not a foreign key across modules.
ALTER TABLE network_site ADD COLUMN manager_user_id BIGINT;

CREATE INDEX ix_network_site_manager ON network_site (manager_user_id);
CREATE INDEX ix_network_org_unit_manager ON network_org_unit (manager_user_id);
