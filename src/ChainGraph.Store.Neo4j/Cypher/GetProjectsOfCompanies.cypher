// The projects BY each company, in every region.
MATCH (p:Project)-[:BY]->(c:Company)
WHERE c.id IN $ids
RETURN c.id AS owner, p.id AS id, p.nameZh AS nameZh, p.companyId AS companyId, p.regionCode AS regionCode, p.segmentId AS segmentId,
       p.investmentYuanExact AS investmentYuanExact, p.status AS status, p.statusDate AS statusDate, p.source AS source
