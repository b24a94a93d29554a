// The national side of the location quotient. One row per segment S of the chain that some company works
// in: the companies (anywhere) with a site working in S (one of the site's segments is S or below S); and
// one row with a null segmentId: the companies with a site working in some segment of the chain.
MATCH (seg:Segment)
WHERE seg.chainId = $chainId
MATCH (c:Company)-[:HAS_SITE]->(:Site)-[:OPERATES_IN]->(:Segment)-[:PART_OF*0..]->(seg)
RETURN seg.id AS segmentId, count(DISTINCT c) AS companyCount
UNION ALL
MATCH (seg:Segment)
WHERE seg.chainId = $chainId
MATCH (c:Company)-[:HAS_SITE]->(:Site)-[:OPERATES_IN]->(:Segment)-[:PART_OF*0..]->(seg)
RETURN null AS segmentId, count(DISTINCT c) AS companyCount
