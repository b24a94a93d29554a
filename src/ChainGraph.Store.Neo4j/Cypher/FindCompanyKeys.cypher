MATCH (c:Company)
WHERE c.id IN $keys
RETURN c.id AS key, c.parentId AS parent
