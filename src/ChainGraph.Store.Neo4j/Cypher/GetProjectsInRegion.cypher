// Projects in the region or any region below it, ordered by id.
MATCH (r:Region {code: $regionCode})
MATCH (p:Project)-[:IN]->(:Region)-[:WITHIN*0..]->(r)
RETURN p.id AS id, p.nameZh AS nameZh, p.companyId AS companyId, p.regionCode AS regionCode, p.segmentId AS segmentId,
       p.investmentYuanExact AS investmentYuanExact, p.status AS status, p.statusDate AS statusDate, p.source AS source
ORDER BY id
