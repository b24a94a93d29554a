// The ANCHOR_OF rows of each company itself (not those of the companies above it in its group).
MATCH (c:Company)-[a:ANCHOR_OF]->(chain:Chain)
WHERE c.id IN $ids
RETURN c.id AS companyId, chain.id AS chainId, a.source AS source
