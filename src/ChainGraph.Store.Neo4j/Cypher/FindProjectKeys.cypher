MATCH (p:Project)
WHERE p.id IN $keys
RETURN p.id AS key, null AS parent
