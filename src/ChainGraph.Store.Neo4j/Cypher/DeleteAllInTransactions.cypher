// Empties the store in its own committed chunks (ReplaceAll of an import too large for one transaction).
MATCH (n:Chain|Region|Segment|Company|Site|Project)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF $limit ROWS
