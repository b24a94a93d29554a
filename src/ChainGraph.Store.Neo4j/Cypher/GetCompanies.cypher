MATCH (c:Company)
WHERE c.id IN $ids
RETURN c.id AS id, c.nameZh AS nameZh, c.nameEn AS nameEn, c.uscc AS uscc, coalesce(c.tags, []) AS tags, c.parentId AS parentId
