MATCH (s:Site)
WHERE s.id IN $keys
RETURN s.id AS key, null AS parent
