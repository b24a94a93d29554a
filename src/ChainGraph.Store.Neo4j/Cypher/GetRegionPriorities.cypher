// The PRIORITY rows of each region itself (not of the regions above or below it).
MATCH (r:Region)-[p:PRIORITY]->(s:Segment)
WHERE r.code IN $codes
RETURN r.code AS regionCode, s.id AS segmentId, p.source AS source
