MATCH (s:Segment)
RETURN s.id AS id, s.chainId AS chainId, s.nameZh AS nameZh, s.nameEn AS nameEn, s.category AS category, s.parentId AS parentId
ORDER BY id
