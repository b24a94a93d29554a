// For each requested segment S: local companies (with a local site working in S: one of the site's
// segments is S or below S), those sites, and how many of the companies are anchors of chain $chainId
// (they or a company above them in PART_OF_GROUP are tagged ANCHOR or have an ANCHOR_OF edge to that
// chain). Local = the site's region is the region or below it.
MATCH (r:Region {code: $regionCode})
MATCH (site:Site)-[:IN]->(:Region)-[:WITHIN*0..]->(r)
MATCH (c:Company)-[:HAS_SITE]->(site)
WITH c, collect(site) AS sites
WITH c, sites, EXISTS {
  MATCH (c)-[:PART_OF_GROUP*0..]->(a:Company)
  WHERE 'ANCHOR' IN a.tags OR EXISTS { MATCH (a)-[:ANCHOR_OF]->(:Chain {id: $chainId}) }
} AS anchor
UNWIND sites AS site
MATCH (site)-[:OPERATES_IN]->(:Segment)-[:PART_OF*0..]->(seg:Segment)
WHERE seg.id IN $segmentIds
WITH seg, c, anchor, count(DISTINCT site) AS companySites
RETURN seg.id AS segmentId,
       count(c) AS companyCount,
       sum(companySites) AS siteCount,
       sum(CASE WHEN anchor THEN 1 ELSE 0 END) AS anchorCount
