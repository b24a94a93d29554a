UNWIND $rows AS row
MERGE (c:Chain {id: row.id})
SET c.nameZh = row.nameZh,
    c.nameEn = row.nameEn
