// A region priority row (the region has declared the segment a target of its own) is one PRIORITY edge
// per (region, segment).
UNWIND $rows AS row
MATCH (r:Region {code: row.regionCode})
MATCH (s:Segment {id: row.segmentId})
MERGE (r)-[p:PRIORITY]->(s)
SET p.source = row.source
