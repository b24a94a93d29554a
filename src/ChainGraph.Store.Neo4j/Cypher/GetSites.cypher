MATCH (s:Site)
WHERE s.id IN $ids
RETURN s.id AS id, s.companyId AS companyId, s.nameZh AS nameZh, s.regionCode AS regionCode,
       s.lat AS lat, s.lon AS lon, s.kind AS kind, coalesce(s.segmentIds, []) AS segmentIds,
       s.capacity AS capacity, s.since AS since, s.source AS source
