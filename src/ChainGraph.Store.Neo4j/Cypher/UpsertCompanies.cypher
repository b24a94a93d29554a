// Nodes first; PART_OF_GROUP edges are set by LinkCompanies once every company of the import exists.
// revenueYuanExact keeps the exact decimal the service reads; revenueYuan is a float for ad-hoc Cypher.
UNWIND $rows AS row
MERGE (c:Company {id: row.id})
SET c.nameZh = row.nameZh,
    c.nameEn = row.nameEn,
    c.uscc = row.uscc,
    c.tags = row.tags,
    c.parentId = row.parentId,
    c.stockCode = row.stockCode,
    c.founded = row.founded,
    c.employees = row.employees,
    c.revenueYuan = toFloat(row.revenueYuanExact),
    c.revenueYuanExact = row.revenueYuanExact,
    c.website = row.website,
    c.source = row.source
