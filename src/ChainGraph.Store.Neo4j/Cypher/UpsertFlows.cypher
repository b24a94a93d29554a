UNWIND $rows AS row
MATCH (a:Segment {id: row.fromId}), (b:Segment {id: row.toId})
MERGE (a)-[:FEEDS]->(b)
