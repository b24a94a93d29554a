UNWIND $keys AS key
MATCH (:Region {code: key.regionCode})-[p:PRIORITY]->(:Segment {id: key.segmentId})
DELETE p
RETURN count(*) AS deleted
