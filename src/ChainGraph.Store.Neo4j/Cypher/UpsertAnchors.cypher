// An anchor row (the company is an anchor of the chain) is one ANCHOR_OF edge per (company, chain).
UNWIND $rows AS row
MATCH (c:Company {id: row.companyId})
MATCH (chain:Chain {id: row.chainId})
MERGE (c)-[a:ANCHOR_OF]->(chain)
SET a.source = row.source
