-- Schema version 1 to 2 (contract version 2): descriptive company and site columns, supply confidence
-- (existing rows keep the default, REPORTED), and an investment that may be NULL (not disclosed). Stored
-- amounts of 0 stay 0: whether a version-1 zero meant "not disclosed" is not known.
ALTER TABLE companies ADD COLUMN stock_code TEXT;
ALTER TABLE companies ADD COLUMN founded INTEGER;
ALTER TABLE companies ADD COLUMN employees INTEGER;
ALTER TABLE companies ADD COLUMN revenue_yuan TEXT;
ALTER TABLE companies ADD COLUMN website TEXT;
ALTER TABLE companies ADD COLUMN source TEXT;
ALTER TABLE sites ADD COLUMN capacity TEXT;
ALTER TABLE sites ADD COLUMN since TEXT;
ALTER TABLE sites ADD COLUMN source TEXT;
ALTER TABLE supplies ADD COLUMN confidence TEXT NOT NULL DEFAULT 'REPORTED';
CREATE TABLE projects_v2 (
  id TEXT PRIMARY KEY, name_zh TEXT NOT NULL, company_id TEXT, region_code TEXT NOT NULL, segment_id TEXT,
  investment_yuan TEXT, status TEXT NOT NULL, status_date TEXT NOT NULL, source TEXT) WITHOUT ROWID;
INSERT INTO projects_v2 SELECT id, name_zh, company_id, region_code, segment_id, investment_yuan, status, status_date, source FROM projects;
DROP TABLE projects;
ALTER TABLE projects_v2 RENAME TO projects;
UPDATE meta SET value = '2' WHERE key = 'schema_version';
