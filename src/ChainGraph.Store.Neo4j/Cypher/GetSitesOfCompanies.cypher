// One row per (company, site); a company without sites gives one row with a null site.
MATCH (c:Company)
WHERE c.id IN $ids
OPTIONAL MATCH (c)-[:HAS_SITE]->(s:Site)
RETURN c.id AS owner, s.id AS id, s.companyId AS companyId, s.nameZh AS nameZh, s.regionCode AS regionCode,
       s.lat AS lat, s.lon AS lon, s.kind AS kind, coalesce(s.segmentIds, []) AS segmentIds,
       s.capacity AS capacity, s.since AS since, s.source AS source
