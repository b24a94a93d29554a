// Companies with a site working in the segment (or below it) and no local site, with their group root,
// tags, and the coordinates of those sites; the nearest is chosen in C# (exact haversine, ties by site id).
MATCH (r:Region {code: $regionCode})
MATCH (target:Segment {id: $segmentId})
MATCH (site:Site)-[:OPERATES_IN]->(:Segment)-[:PART_OF*0..]->(target)
MATCH (c:Company)-[:HAS_SITE]->(site)
WITH r, c, collect(DISTINCT site) AS sites
WHERE NOT EXISTS { MATCH (c)-[:HAS_SITE]->(:Site)-[:IN]->(:Region)-[:WITHIN*0..]->(r) }
RETURN c.id AS companyId,
       coalesce(c.tags, []) AS tags,
       head([(c)-[:PART_OF_GROUP*0..]->(g:Company) WHERE NOT EXISTS { MATCH (g)-[:PART_OF_GROUP]->(:Company) } | g.id]) AS groupId,
       [s IN sites | [s.id, s.lat, s.lon]] AS sites,
       r.lat AS regionLat,
       r.lon AS regionLon
