MATCH (r:Region)
WHERE r.code IN $codes
RETURN r.code AS code, r.nameZh AS nameZh, r.nameEn AS nameEn, r.level AS level, r.parentCode AS parentCode, r.lat AS lat, r.lon AS lon
