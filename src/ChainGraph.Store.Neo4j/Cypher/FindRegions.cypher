// Regions at a level and/or directly under a parent (WITHIN one step), ordered by code.
MATCH (r:Region)
WHERE ($level IS NULL OR r.level = $level)
  AND ($parentCode IS NULL OR EXISTS { MATCH (r)-[:WITHIN]->(:Region {code: $parentCode}) })
RETURN r.code AS code, r.nameZh AS nameZh, r.nameEn AS nameEn, r.level AS level, r.parentCode AS parentCode, r.lat AS lat, r.lon AS lon
ORDER BY code
