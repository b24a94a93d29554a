// Loads graph-seed/ with cypher-shell alone (run schema.cypher first). The CSV files must be in Neo4j's
// import folder: docker-compose.yml mounts graph-seed/ there; for a server of your own copy them to
// <NEO4J_HOME>/import. Gives the same graph as `chaingraph import graph-seed` on an empty store, but checks
// nothing: for data of your own use `chaingraph import`, which validates every row first.
// An empty cell is no value; lists are ';'-separated; enumerations are upper-cased.

LOAD CSV WITH HEADERS FROM 'file:///chains.csv' AS row
WITH row, trim(coalesce(row.id, '')) AS id
MERGE (c:Chain {id: id})
SET c.nameZh = CASE trim(coalesce(row.name_zh, '')) WHEN '' THEN null ELSE trim(row.name_zh) END,
    c.nameEn = CASE trim(coalesce(row.name_en, '')) WHEN '' THEN null ELSE trim(row.name_en) END;

LOAD CSV WITH HEADERS FROM 'file:///regions.csv' AS row
WITH row, toFloat(trim(row.lat)) AS lat, toFloat(trim(row.lon)) AS lon
MERGE (r:Region {code: trim(row.code)})
SET r.nameZh = trim(row.name_zh),
    r.nameEn = CASE trim(coalesce(row.name_en, '')) WHEN '' THEN null ELSE trim(row.name_en) END,
    r.level = toUpper(trim(row.level)),
    r.parentCode = CASE trim(coalesce(row.parent_code, '')) WHEN '' THEN null ELSE trim(row.parent_code) END,
    r.lat = lat,
    r.lon = lon,
    r.location = point({latitude: lat, longitude: lon});

MATCH (r:Region)
WHERE r.parentCode IS NOT NULL
MATCH (parent:Region {code: r.parentCode})
MERGE (r)-[:WITHIN]->(parent);

LOAD CSV WITH HEADERS FROM 'file:///segments.csv' AS row
MERGE (s:Segment {id: trim(row.id)})
SET s.chainId = trim(row.chain_id),
    s.nameZh = trim(row.name_zh),
    s.nameEn = CASE trim(coalesce(row.name_en, '')) WHEN '' THEN null ELSE trim(row.name_en) END,
    s.category = toUpper(trim(row.category)),
    s.parentId = CASE trim(coalesce(row.parent_id, '')) WHEN '' THEN null ELSE trim(row.parent_id) END;

MATCH (s:Segment)
MATCH (chain:Chain {id: s.chainId})
MERGE (s)-[:OF_CHAIN]->(chain);

MATCH (s:Segment)
WHERE s.parentId IS NOT NULL
MATCH (parent:Segment {id: s.parentId})
MERGE (s)-[:PART_OF]->(parent);

LOAD CSV WITH HEADERS FROM 'file:///segment_flows.csv' AS row
MATCH (a:Segment {id: trim(row.from_id)})
MATCH (b:Segment {id: trim(row.to_id)})
MERGE (a)-[:FEEDS]->(b);

LOAD CSV WITH HEADERS FROM 'file:///companies.csv' AS row
WITH row, [t IN split(coalesce(row.tags, ''), ';') WHERE trim(t) <> '' | toUpper(trim(t))] AS tagList
MERGE (c:Company {id: trim(row.id)})
SET c.nameZh = trim(row.name_zh),
    c.nameEn = CASE trim(coalesce(row.name_en, '')) WHEN '' THEN null ELSE trim(row.name_en) END,
    c.uscc = CASE trim(coalesce(row.uscc, '')) WHEN '' THEN null ELSE trim(row.uscc) END,
    c.tags = [t IN ['ANCHOR', 'HIGH_TECH', 'SRDI', 'LISTED'] WHERE t IN tagList],
    c.parentId = CASE trim(coalesce(row.parent_id, '')) WHEN '' THEN null ELSE trim(row.parent_id) END;

MATCH (c:Company)
WHERE c.parentId IS NOT NULL
MATCH (parent:Company {id: c.parentId})
MERGE (c)-[:PART_OF_GROUP]->(parent);

LOAD CSV WITH HEADERS FROM 'file:///sites.csv' AS row
WITH row, toFloat(trim(row.lat)) AS lat, toFloat(trim(row.lon)) AS lon,
     [g IN split(coalesce(row.segment_ids, ''), ';') WHERE trim(g) <> '' | trim(g)] AS segmentList
WITH row, lat, lon, reduce(acc = [], g IN segmentList | CASE WHEN g IN acc THEN acc ELSE acc + g END) AS segmentIds
MERGE (s:Site {id: trim(row.id)})
SET s.companyId = trim(row.company_id),
    s.nameZh = CASE trim(coalesce(row.name_zh, '')) WHEN '' THEN null ELSE trim(row.name_zh) END,
    s.regionCode = trim(row.region_code),
    s.lat = lat,
    s.lon = lon,
    s.location = point({latitude: lat, longitude: lon}),
    s.kind = toUpper(trim(row.kind)),
    s.segmentIds = segmentIds;

MATCH (s:Site)
MATCH (c:Company {id: s.companyId})
MERGE (c)-[:HAS_SITE]->(s);

MATCH (s:Site)
MATCH (r:Region {code: s.regionCode})
MERGE (s)-[:IN]->(r);

MATCH (s:Site)
UNWIND s.segmentIds AS segmentId
MATCH (g:Segment {id: segmentId})
MERGE (s)-[:OPERATES_IN]->(g);

LOAD CSV WITH HEADERS FROM 'file:///supplies.csv' AS row
WITH row, CASE trim(coalesce(row.segment_id, '')) WHEN '' THEN null ELSE trim(row.segment_id) END AS segmentId
MATCH (a:Company {id: trim(row.supplier_id)})
MATCH (b:Company {id: trim(row.customer_id)})
MERGE (a)-[r:SUPPLIES {segmentKey: coalesce(segmentId, '')}]->(b)
SET r.segmentId = segmentId,
    r.source = CASE trim(coalesce(row.source, '')) WHEN '' THEN null ELSE trim(row.source) END;

LOAD CSV WITH HEADERS FROM 'file:///projects.csv' AS row
WITH row, CASE trim(coalesce(row.investment_yuan, '')) WHEN '' THEN '0' ELSE trim(row.investment_yuan) END AS yuan
MERGE (p:Project {id: trim(row.id)})
SET p.nameZh = trim(row.name_zh),
    p.companyId = CASE trim(coalesce(row.company_id, '')) WHEN '' THEN null ELSE trim(row.company_id) END,
    p.regionCode = trim(row.region_code),
    p.segmentId = CASE trim(coalesce(row.segment_id, '')) WHEN '' THEN null ELSE trim(row.segment_id) END,
    p.investmentYuan = toFloat(yuan),
    p.investmentYuanExact = yuan,
    p.status = toUpper(trim(row.status)),
    p.statusDate = date(trim(row.status_date)),
    p.source = CASE trim(coalesce(row.source, '')) WHEN '' THEN null ELSE trim(row.source) END;

MATCH (p:Project)
CALL (p) {
  MATCH (c:Company {id: p.companyId})
  MERGE (p)-[:BY]->(c)
}
CALL (p) {
  MATCH (r:Region {code: p.regionCode})
  MERGE (p)-[:IN]->(r)
}
CALL (p) {
  MATCH (g:Segment {id: p.segmentId})
  MERGE (p)-[:IN_SEGMENT]->(g)
}
RETURN count(p) AS projects;
