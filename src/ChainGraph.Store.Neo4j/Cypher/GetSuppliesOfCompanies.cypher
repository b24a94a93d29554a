// One row per (company, supply row where it is supplier or customer); a company without any gives a null row.
// A supply row written before contract version 2 has no confidence: it reads as REPORTED.
MATCH (c:Company)
WHERE c.id IN $ids
OPTIONAL MATCH (c)-[r:SUPPLIES]-(:Company)
RETURN DISTINCT c.id AS owner, startNode(r).id AS supplierId, endNode(r).id AS customerId, r.segmentId AS segmentId,
       r.confidence AS confidence, r.source AS source
