// The ANCHOR_OF rows of each company itself (not those of its group); a company without any gives one row
// with a null chain.
MATCH (c:Company)
WHERE c.id IN $ids
OPTIONAL MATCH (c)-[a:ANCHOR_OF]->(chain:Chain)
RETURN c.id AS companyId, chain.id AS chainId, a.source AS source
