// ChainGraph schema for Neo4j 5.26 or later. Idempotent: every statement is IF NOT EXISTS.
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
CALL db.awaitIndexes(300);
