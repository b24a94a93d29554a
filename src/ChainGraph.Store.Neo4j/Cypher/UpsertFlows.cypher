UNWIND $rows AS row
MATCH (a:Segment {id: row.fromId})
MATCH (b:Segment {id: row.toId})
MERGE (a)-[:FEEDS]->(b)
