MATCH (a:Segment)-[:FEEDS]->(b:Segment)
RETURN a.id AS fromId, b.id AS toId
ORDER BY fromId, toId
