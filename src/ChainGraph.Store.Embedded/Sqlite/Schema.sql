-- ChainGraph embedded store, schema version 2. Enumerations are stored as their contract names.
-- A store of schema version 1 is upgraded in place by Migrate1To2.sql.
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS chains (id TEXT PRIMARY KEY, name_zh TEXT, name_en TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS regions (
  code TEXT PRIMARY KEY, name_zh TEXT NOT NULL, name_en TEXT, level TEXT NOT NULL,
  parent_code TEXT, lat REAL NOT NULL, lon REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS segments (
  id TEXT PRIMARY KEY, chain_id TEXT NOT NULL, name_zh TEXT NOT NULL, name_en TEXT,
  category TEXT NOT NULL, parent_id TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS segment_flows (from_id TEXT NOT NULL, to_id TEXT NOT NULL, PRIMARY KEY (from_id, to_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS companies (
  id TEXT PRIMARY KEY, name_zh TEXT NOT NULL, name_en TEXT, uscc TEXT, tags TEXT NOT NULL, parent_id TEXT,
  stock_code TEXT, founded INTEGER, employees INTEGER, revenue_yuan TEXT, website TEXT, source TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sites (
  id TEXT PRIMARY KEY, company_id TEXT NOT NULL, name_zh TEXT, region_code TEXT NOT NULL,
  lat REAL NOT NULL, lon REAL NOT NULL, kind TEXT NOT NULL, segment_ids TEXT NOT NULL,
  capacity TEXT, since TEXT, source TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS supplies (
  supplier_id TEXT NOT NULL, customer_id TEXT NOT NULL, segment_id TEXT NOT NULL DEFAULT '', source TEXT,
  confidence TEXT NOT NULL DEFAULT 'REPORTED',
  PRIMARY KEY (supplier_id, customer_id, segment_id)) WITHOUT ROWID;
-- investment_yuan is NULL when the amount is not disclosed.
CREATE TABLE IF NOT EXISTS projects (
  id TEXT PRIMARY KEY, name_zh TEXT NOT NULL, company_id TEXT, region_code TEXT NOT NULL, segment_id TEXT,
  investment_yuan TEXT, status TEXT NOT NULL, status_date TEXT NOT NULL, source TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS anchors (
  company_id TEXT NOT NULL, chain_id TEXT NOT NULL, source TEXT, PRIMARY KEY (company_id, chain_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS region_priorities (
  region_code TEXT NOT NULL, segment_id TEXT NOT NULL, source TEXT, PRIMARY KEY (region_code, segment_id)) WITHOUT ROWID;
-- Per segment and per region, the key rows of their sites, rewritten with every change beside the image (see
-- SiteKeyLists.cs); site_lists_version in meta says which data version they are of.
CREATE TABLE IF NOT EXISTS segment_sites (segment_id TEXT PRIMARY KEY, sites TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS region_sites (region_code TEXT PRIMARY KEY, sites TEXT NOT NULL) WITHOUT ROWID;
-- A binary copy of all rows for fast opening, rewritten with every change (see GraphImage.cs).
CREATE TABLE IF NOT EXISTS graph_image (part INTEGER PRIMARY KEY, data BLOB NOT NULL);
-- The indexes a large store's opening would otherwise build, as numbers, beside the graph image they belong to (see
-- GraphSnapshot.Stored.cs); meta's indexes_of_image names that image's checksum.
CREATE TABLE IF NOT EXISTS graph_indexes (part INTEGER PRIMARY KEY, data BLOB NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '2');
INSERT OR IGNORE INTO meta (key, value) VALUES ('data_version', '0');
INSERT OR IGNORE INTO meta (key, value) VALUES ('store_id', lower(hex(randomblob(16))));
