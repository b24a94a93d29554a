MATCH (c:Chain)
RETURN c.id AS id, c.nameZh AS nameZh, c.nameEn AS nameEn
ORDER BY id
