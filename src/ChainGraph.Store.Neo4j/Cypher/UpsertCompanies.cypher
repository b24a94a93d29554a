// Nodes first; PART_OF_GROUP edges are set by LinkCompanies once every company of the import exists.
UNWIND $rows AS row
MERGE (c:Company {id: row.id})
SET c.nameZh = row.nameZh,
    c.nameEn = row.nameEn,
    c.uscc = row.uscc,
    c.tags = row.tags,
    c.parentId = row.parentId
