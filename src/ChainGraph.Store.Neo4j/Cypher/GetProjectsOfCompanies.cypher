// One row per (company, project BY it), in every region; a company without projects gives one row with a
// null project.
MATCH (c:Company)
WHERE c.id IN $ids
OPTIONAL MATCH (p:Project)-[:BY]->(c)
RETURN c.id AS owner, p.id AS id, p.nameZh AS nameZh, p.companyId AS companyId, p.regionCode AS regionCode, p.segmentId AS segmentId,
       p.investmentYuanExact AS investmentYuanExact, p.status AS status, p.statusDate AS statusDate, p.source AS source
