-- An audit line's details as a message key and its arguments (JSON), so that each reader reads them in their own
-- language; the English text stays in details, for the API and for the lines written before.
ALTER TABLE platform_audit ADD COLUMN detail_key VARCHAR(120);
ALTER TABLE platform_audit ADD COLUMN detail_args VARCHAR(2000);
