// Empties the store a chunk at a time inside an explicit transaction (ReplaceAll); run until it deletes nothing.
MATCH (n:Chain|Region|Segment|Company|Site|Project)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
