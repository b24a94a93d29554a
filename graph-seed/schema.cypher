// ChainGraph schema for Neo4j 5.26 or later. Idempotent: every statement is IF NOT EXISTS or registers a name only if missing.
// The Neo4j store runs these statements itself before its first request; to load graph-seed/ by hand:
//   cypher-shell -u neo4j -p <password> -f graph-seed/schema.cypher
//   cypher-shell -u neo4j -p <password> -f graph-seed/load.cypher
// Keys are unique (each constraint also gives the index that MERGE and lookups use).
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (n:Chain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (n:Segment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT site_id IF NOT EXISTS FOR (n:Site) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
// Company name search: the cjk analyzer indexes Chinese text as overlapping character pairs.
CREATE FULLTEXT INDEX company_names IF NOT EXISTS FOR (n:Company) ON EACH [n.nameZh, n.nameEn]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
// Sites near a point: point.distance(s.location, point({latitude: ..., longitude: ...})) < metres.
CREATE POINT INDEX site_location IF NOT EXISTS FOR (n:Site) ON (n.location);
// Supply rows by evidence (contract version 2), e.g. the rows still to check:
//   MATCH (a)-[r:SUPPLIES {confidence: 'UNVERIFIED'}]->(b) RETURN a.id, b.id, r.source
CREATE INDEX supplies_confidence IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.confidence);
// The relationship types and property keys of contract version 2, registered (if missing) so that the
// reads naming them run without "unknown relationship type / property key" notifications on a graph that
// has none yet (a data set without anchors.csv or region_priorities.csv, or a graph written by version 1).
UNWIND ['ANCHOR_OF', 'PRIORITY'] AS type
CALL db.createRelationshipType(type);
UNWIND ['confidence', 'stockCode', 'founded', 'employees', 'revenueYuan', 'revenueYuanExact', 'website', 'capacity', 'since'] AS key
CALL db.createProperty(key);
CALL db.awaitIndexes(300);
