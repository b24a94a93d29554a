// For each requested segment S: the local companies with a local site working in S (one of the site's
// segments is S or below S). Local = the site's region is the region or below it. Ids are put in
// code-point order in C#.
MATCH (r:Region {code: $regionCode})
MATCH (site:Site)-[:IN]->(:Region)-[:WITHIN*0..]->(r)
MATCH (site)-[:OPERATES_IN]->(:Segment)-[:PART_OF*0..]->(seg:Segment)
WHERE seg.id IN $segmentIds
MATCH (c:Company)-[:HAS_SITE]->(site)
RETURN seg.id AS segmentId, collect(DISTINCT c.id) AS companyIds
