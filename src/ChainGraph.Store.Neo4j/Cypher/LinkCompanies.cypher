UNWIND $rows AS row
MATCH (c:Company {id: row.id})
CALL (c) {
  MATCH (c)-[old:PART_OF_GROUP]->(:Company)
  DELETE old
}
CALL (c, row) {
  MATCH (parent:Company {id: row.parentId})
  MERGE (c)-[:PART_OF_GROUP]->(parent)
}
