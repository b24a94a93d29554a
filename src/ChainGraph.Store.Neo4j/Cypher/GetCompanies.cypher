MATCH (c:Company)
WHERE c.id IN $ids
RETURN c.id AS id, c.nameZh AS nameZh, c.nameEn AS nameEn, c.uscc AS uscc, coalesce(c.tags, []) AS tags, c.parentId AS parentId,
       c.stockCode AS stockCode, c.founded AS founded, c.employees AS employees, c.revenueYuanExact AS revenueYuanExact,
       c.website AS website, c.source AS source
