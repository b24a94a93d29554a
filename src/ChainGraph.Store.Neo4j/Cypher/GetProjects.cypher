MATCH (p:Project)
WHERE p.id IN $ids
RETURN p.id AS id, p.nameZh AS nameZh, p.companyId AS companyId, p.regionCode AS regionCode, p.segmentId AS segmentId,
       p.investmentYuanExact AS investmentYuanExact, p.status AS status, p.statusDate AS statusDate, p.source AS source
