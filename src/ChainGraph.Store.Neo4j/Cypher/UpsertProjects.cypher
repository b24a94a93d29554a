// A project row replaces the project: its properties and its BY, IN and IN_SEGMENT edges.
// investmentYuanExact keeps the exact decimal the service reads; investmentYuan is a float for ad-hoc Cypher.
// Both are absent when the amount is not disclosed (which is not 0).
UNWIND $rows AS row
MERGE (p:Project {id: row.id})
SET p.nameZh = row.nameZh,
    p.companyId = row.companyId,
    p.regionCode = row.regionCode,
    p.segmentId = row.segmentId,
    p.investmentYuan = toFloat(row.investmentYuanExact),
    p.investmentYuanExact = row.investmentYuanExact,
    p.status = row.status,
    p.statusDate = date(row.statusDate),
    p.source = row.source
WITH p, row
CALL (p) {
  MATCH (p)-[old:BY|IN|IN_SEGMENT]->()
  DELETE old
}
CALL (p, row) {
  MATCH (c:Company {id: row.companyId})
  MERGE (p)-[:BY]->(c)
}
CALL (p, row) {
  MATCH (r:Region {code: row.regionCode})
  MERGE (p)-[:IN]->(r)
}
CALL (p, row) {
  MATCH (g:Segment {id: row.segmentId})
  MERGE (p)-[:IN_SEGMENT]->(g)
}
