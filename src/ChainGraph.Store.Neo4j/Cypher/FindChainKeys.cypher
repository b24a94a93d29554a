MATCH (c:Chain)
WHERE c.id IN $keys
RETURN c.id AS key, null AS parent
