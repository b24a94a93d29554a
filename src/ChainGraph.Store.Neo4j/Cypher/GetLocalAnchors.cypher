// Local companies that are anchors of chain $chainId (they or a company above them in PART_OF_GROUP are
// tagged ANCHOR or have an ANCHOR_OF edge to that chain), with their group root and the leaf segments
// their local sites work in (a leaf has no PART_OF child, so it can only be one of a site's own segments).
MATCH (r:Region {code: $regionCode})
MATCH (site:Site)-[:IN]->(:Region)-[:WITHIN*0..]->(r)
MATCH (c:Company)-[:HAS_SITE]->(site)
WITH c, collect(site) AS sites
WHERE EXISTS {
  MATCH (c)-[:PART_OF_GROUP*0..]->(a:Company)
  WHERE 'ANCHOR' IN a.tags OR EXISTS { MATCH (a)-[:ANCHOR_OF]->(:Chain {id: $chainId}) }
}
RETURN c.id AS companyId,
       head([(c)-[:PART_OF_GROUP*0..]->(g:Company) WHERE NOT EXISTS { MATCH (g)-[:PART_OF_GROUP]->(:Company) } | g.id]) AS groupId,
       COLLECT {
         UNWIND sites AS s
         MATCH (s)-[:OPERATES_IN]->(leaf:Segment)
         WHERE NOT EXISTS { MATCH (:Segment)-[:PART_OF]->(leaf) }
         RETURN DISTINCT leaf.id
       } AS leafSegmentIds
ORDER BY companyId
