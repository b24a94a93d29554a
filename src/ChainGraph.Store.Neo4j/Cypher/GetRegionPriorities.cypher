// The PRIORITY rows of each region itself (not of the regions above or below it); a region without any
// gives one row with a null segment.
MATCH (r:Region)
WHERE r.code IN $codes
OPTIONAL MATCH (r)-[p:PRIORITY]->(s:Segment)
RETURN r.code AS regionCode, s.id AS segmentId, p.source AS source
