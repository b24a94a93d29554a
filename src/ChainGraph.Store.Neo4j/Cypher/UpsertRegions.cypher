// Nodes first; WITHIN edges are set by LinkRegions once every region of the import exists.
UNWIND $rows AS row
MERGE (r:Region {code: row.code})
SET r.nameZh = row.nameZh,
    r.nameEn = row.nameEn,
    r.level = row.level,
    r.parentCode = row.parentCode,
    r.lat = toFloat(row.lat),
    r.lon = toFloat(row.lon),
    r.location = point({latitude: toFloat(row.lat), longitude: toFloat(row.lon)})
