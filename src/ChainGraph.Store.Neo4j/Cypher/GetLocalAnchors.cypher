// Local companies that are anchors, with their group root and the leaf segments their local sites work
// in (a leaf has no PART_OF child, so it can only be one of a site's own segments).
MATCH (r:Region {code: $regionCode})
MATCH (site:Site)-[:IN]->(:Region)-[:WITHIN*0..]->(r)
MATCH (c:Company)-[:HAS_SITE]->(site)
WHERE EXISTS { MATCH (c)-[:PART_OF_GROUP*0..]->(a:Company) WHERE 'ANCHOR' IN a.tags }
WITH c, collect(site) AS sites
RETURN c.id AS companyId,
       head([(c)-[:PART_OF_GROUP*0..]->(g:Company) WHERE NOT EXISTS { MATCH (g)-[:PART_OF_GROUP]->(:Company) } | g.id]) AS groupId,
       COLLECT {
         UNWIND sites AS s
         MATCH (s)-[:OPERATES_IN]->(leaf:Segment)
         WHERE NOT EXISTS { MATCH (:Segment)-[:PART_OF]->(leaf) }
         RETURN DISTINCT leaf.id
       } AS leafSegmentIds
ORDER BY companyId
