// Tests only: every node and relationship of the database, ChainGraph's or not.
MATCH (n)
DETACH DELETE n
