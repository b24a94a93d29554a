MATCH (c:Company)-[:SUPPLIES]->(customer:Company)
WHERE c.id IN $ids
RETURN c.id AS companyId, collect(DISTINCT customer.id) AS customerIds
