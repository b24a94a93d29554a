UNWIND $keys AS key
MATCH (:Company {id: key.companyId})-[a:ANCHOR_OF]->(:Chain {id: key.chainId})
DELETE a
RETURN count(*) AS deleted
