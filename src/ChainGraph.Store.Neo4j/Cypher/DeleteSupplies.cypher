UNWIND $keys AS key
MATCH (:Company {id: key.supplierId})-[r:SUPPLIES {segmentKey: coalesce(key.segmentId, '')}]->(:Company {id: key.customerId})
DELETE r
RETURN count(*) AS deleted
