UNWIND $rows AS row
MATCH (s:Segment {id: row.id})
CALL (s) {
  MATCH (s)-[old:PART_OF|OF_CHAIN]->()
  DELETE old
}
CALL (s, row) {
  MATCH (chain:Chain {id: row.chainId})
  MERGE (s)-[:OF_CHAIN]->(chain)
}
CALL (s, row) {
  MATCH (parent:Segment {id: row.parentId})
  MERGE (s)-[:PART_OF]->(parent)
}
