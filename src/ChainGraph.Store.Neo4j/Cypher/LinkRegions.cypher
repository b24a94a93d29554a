UNWIND $rows AS row
MATCH (r:Region {code: row.code})
CALL (r) {
  MATCH (r)-[old:WITHIN]->(:Region)
  DELETE old
}
CALL (r, row) {
  MATCH (parent:Region {code: row.parentCode})
  MERGE (r)-[:WITHIN]->(parent)
}
