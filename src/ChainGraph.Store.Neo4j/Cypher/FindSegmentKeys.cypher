MATCH (s:Segment)
WHERE s.id IN $keys
RETURN s.id AS key, s.parentId AS parent
