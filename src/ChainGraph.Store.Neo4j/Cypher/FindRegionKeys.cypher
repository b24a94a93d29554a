MATCH (r:Region)
WHERE r.code IN $keys
RETURN r.code AS key, r.parentCode AS parent
