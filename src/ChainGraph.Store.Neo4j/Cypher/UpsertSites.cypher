// A site row replaces the site: its properties and its HAS_SITE, IN and OPERATES_IN edges.
UNWIND $rows AS row
MERGE (s:Site {id: row.id})
SET s.companyId = row.companyId,
    s.nameZh = row.nameZh,
    s.regionCode = row.regionCode,
    s.lat = toFloat(row.lat),
    s.lon = toFloat(row.lon),
    s.location = point({latitude: toFloat(row.lat), longitude: toFloat(row.lon)}),
    s.kind = row.kind,
    s.segmentIds = row.segmentIds,
    s.capacity = row.capacity,
    s.since = date(row.since),
    s.source = row.source
WITH s, row
CALL (s) {
  MATCH (s)-[old:IN|OPERATES_IN]->()
  DELETE old
}
CALL (s) {
  MATCH (:Company)-[old:HAS_SITE]->(s)
  DELETE old
}
CALL (s, row) {
  MATCH (c:Company {id: row.companyId})
  MERGE (c)-[:HAS_SITE]->(s)
}
CALL (s, row) {
  MATCH (r:Region {code: row.regionCode})
  MERGE (s)-[:IN]->(r)
}
CALL (s, row) {
  UNWIND row.segmentIds AS segmentId
  MATCH (g:Segment {id: segmentId})
  MERGE (s)-[:OPERATES_IN]->(g)
}
