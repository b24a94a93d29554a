// Companies with a site working in the segment (or below it) and no local site, with their group root,
// whether that group is local (some company of the group has a local site; worked out once per group),
// their tags, and the coordinates of those sites; the nearest is chosen in C# (exact haversine, ties by
// site id).
MATCH (r:Region {code: $regionCode})
MATCH (target:Segment {id: $segmentId})
MATCH (site:Site)-[:OPERATES_IN]->(:Segment)-[:PART_OF*0..]->(target)
MATCH (c:Company)-[:HAS_SITE]->(site)
WITH r, c, collect(DISTINCT site) AS sites
WHERE NOT EXISTS { MATCH (c)-[:HAS_SITE]->(:Site)-[:IN]->(:Region)-[:WITHIN*0..]->(r) }
MATCH (c)-[:PART_OF_GROUP*0..]->(g:Company)
WHERE NOT EXISTS { MATCH (g)-[:PART_OF_GROUP]->(:Company) }
WITH r, g, collect([c.id, coalesce(c.tags, []), [s IN sites | [s.id, s.lat, s.lon]]]) AS members
WITH r, g, members,
     EXISTS { MATCH (r)<-[:WITHIN*0..]-(:Region)<-[:IN]-(:Site)<-[:HAS_SITE]-(:Company)-[:PART_OF_GROUP*0..]->(g) } AS groupLocal
UNWIND members AS m
RETURN m[0] AS companyId,
       m[1] AS tags,
       g.id AS groupId,
       groupLocal,
       m[2] AS sites,
       r.lat AS regionLat,
       r.lon AS regionLon
