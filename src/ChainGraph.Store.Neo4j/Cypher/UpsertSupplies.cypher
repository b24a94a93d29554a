// SUPPLIES is keyed by (supplier, customer, segment or none). MERGE cannot match a null property, so
// segmentKey holds the segment id or '' (no segment); segmentId itself is absent when there is none.
// confidence is the contract name (VERIFIED, REPORTED, UNVERIFIED).
UNWIND $rows AS row
MATCH (a:Company {id: row.supplierId})
MATCH (b:Company {id: row.customerId})
MERGE (a)-[r:SUPPLIES {segmentKey: coalesce(row.segmentId, '')}]->(b)
SET r.segmentId = row.segmentId,
    r.confidence = row.confidence,
    r.source = row.source
