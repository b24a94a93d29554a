// Loads graph-seed/ with cypher-shell alone (run schema.cypher first). The CSV files must be in Neo4j's
// import folder: docker-compose.yml mounts graph-seed/ there; for a server of your own copy them to
// <NEO4J_HOME>/import. Gives the same graph as `chaingraph import graph-seed` on an empty store, but checks
// nothing: for data of your own use `chaingraph import`, which validates every row first.
// An empty cell is no value; lists are ';'-separated; enumerations are upper-cased, and the Chinese
// spellings of import-format.md (签约, 工厂, 链主, 未核实, ...) become their English values; an amount may
// carry 万, 亿 and 元 (`120亿`), and an empty investment_yuan is "not disclosed" (no amount, not 0).
// Every file named below must exist (LOAD CSV fails on a missing file, and cypher-shell stops there): the
// version 2 files anchors.csv and region_priorities.csv come last, so a version 1 folder loads everything
// else before that error. A column missing from a file reads as empty (supplies without `confidence` are REPORTED).

LOAD CSV WITH HEADERS FROM 'file:///chains.csv' AS row
WITH row, trim(coalesce(row.id, '')) AS id
MERGE (c:Chain {id: id})
SET c.nameZh = CASE trim(coalesce(row.name_zh, '')) WHEN '' THEN null ELSE trim(row.name_zh) END,
    c.nameEn = CASE trim(coalesce(row.name_en, '')) WHEN '' THEN null ELSE trim(row.name_en) END;

LOAD CSV WITH HEADERS FROM 'file:///regions.csv' AS row
WITH row, toFloat(trim(row.lat)) AS lat, toFloat(trim(row.lon)) AS lon, trim(coalesce(row.level, '')) AS level
MERGE (r:Region {code: trim(row.code)})
SET r.nameZh = trim(row.name_zh),
    r.nameEn = CASE trim(coalesce(row.name_en, '')) WHEN '' THEN null ELSE trim(row.name_en) END,
    r.level = CASE level
      WHEN '国家' THEN 'COUNTRY' WHEN '省' THEN 'PROVINCE' WHEN '市' THEN 'CITY' WHEN '区县' THEN 'DISTRICT' WHEN '园区' THEN 'PARK'
      ELSE toUpper(level) END,
    r.parentCode = CASE trim(coalesce(row.parent_code, '')) WHEN '' THEN null ELSE trim(row.parent_code) END,
    r.lat = lat,
    r.lon = lon,
    r.location = point({latitude: lat, longitude: lon});

MATCH (r:Region)
WHERE r.parentCode IS NOT NULL
MATCH (parent:Region {code: r.parentCode})
MERGE (r)-[:WITHIN]->(parent);

LOAD CSV WITH HEADERS FROM 'file:///segments.csv' AS row
WITH row, trim(coalesce(row.category, '')) AS category
MERGE (s:Segment {id: trim(row.id)})
SET s.chainId = trim(row.chain_id),
    s.nameZh = trim(row.name_zh),
    s.nameEn = CASE trim(coalesce(row.name_en, '')) WHEN '' THEN null ELSE trim(row.name_en) END,
    s.category = CASE category
      WHEN '材料' THEN 'MATERIALS' WHEN '电芯' THEN 'CELLS' WHEN '配件' THEN 'COMPONENTS' WHEN '零部件' THEN 'COMPONENTS'
      WHEN '装备' THEN 'EQUIPMENT' WHEN '回收' THEN 'RECYCLING' WHEN '应用' THEN 'APPLICATIONS'
      ELSE toUpper(category) END,
    s.parentId = CASE trim(coalesce(row.parent_id, '')) WHEN '' THEN null ELSE trim(row.parent_id) END;

MATCH (s:Segment)
MATCH (chain:Chain {id: s.chainId})
MERGE (s)-[:OF_CHAIN]->(chain);

MATCH (s:Segment)
WHERE s.parentId IS NOT NULL
MATCH (parent:Segment {id: s.parentId})
MERGE (s)-[:PART_OF]->(parent);

LOAD CSV WITH HEADERS FROM 'file:///segment_flows.csv' AS row
MATCH (a:Segment {id: trim(row.from_id)})
MATCH (b:Segment {id: trim(row.to_id)})
MERGE (a)-[:FEEDS]->(b);

// revenue_yuan is an amount like investment_yuan: the number, then optionally 万 (10^4) or 亿 (10^8), then
// optionally 元; the exact decimal is built as text (the decimal point moved right by 0, 4 or 8 places).
LOAD CSV WITH HEADERS FROM 'file:///companies.csv' AS row
WITH row,
     [t IN split(coalesce(row.tags, ''), ';') WHERE trim(t) <> '' |
       CASE trim(t) WHEN '链主' THEN 'ANCHOR' WHEN '高新技术企业' THEN 'HIGH_TECH' WHEN '专精特新' THEN 'SRDI' WHEN '上市' THEN 'LISTED'
       ELSE toUpper(trim(t)) END] AS tagList,
     trim(coalesce(row.revenue_yuan, '')) AS raw
WITH row, tagList, CASE WHEN raw ENDS WITH '元' THEN left(raw, size(raw) - 1) ELSE raw END AS amount
WITH row, tagList, amount, CASE WHEN amount ENDS WITH '亿' THEN 8 WHEN amount ENDS WITH '万' THEN 4 ELSE 0 END AS shift
WITH row, tagList, shift, split(replace(CASE shift WHEN 0 THEN amount ELSE left(amount, size(amount) - 1) END, '+', ''), '.') AS parts
WITH row, tagList,
     CASE WHEN parts[0] = '' AND size(parts) = 1 THEN null
       ELSE parts[0] + left(coalesce(parts[1], '') + '00000000', shift)
            + CASE WHEN size(coalesce(parts[1], '')) > shift THEN '.' + substring(parts[1], shift) ELSE '' END
     END AS revenue
MERGE (c:Company {id: trim(row.id)})
SET c.nameZh = trim(row.name_zh),
    c.nameEn = CASE trim(coalesce(row.name_en, '')) WHEN '' THEN null ELSE trim(row.name_en) END,
    c.uscc = CASE trim(coalesce(row.uscc, '')) WHEN '' THEN null ELSE trim(row.uscc) END,
    c.tags = [t IN ['ANCHOR', 'HIGH_TECH', 'SRDI', 'LISTED'] WHERE t IN tagList],
    c.parentId = CASE trim(coalesce(row.parent_id, '')) WHEN '' THEN null ELSE trim(row.parent_id) END,
    c.stockCode = CASE trim(coalesce(row.stock_code, '')) WHEN '' THEN null ELSE trim(row.stock_code) END,
    c.founded = CASE trim(coalesce(row.founded, '')) WHEN '' THEN null ELSE toInteger(trim(row.founded)) END,
    c.employees = CASE trim(coalesce(row.employees, '')) WHEN '' THEN null ELSE toInteger(trim(row.employees)) END,
    c.revenueYuan = toFloat(revenue),
    c.revenueYuanExact = revenue,
    c.website = CASE trim(coalesce(row.website, '')) WHEN '' THEN null ELSE trim(row.website) END,
    c.source = CASE trim(coalesce(row.source, '')) WHEN '' THEN null ELSE trim(row.source) END;

MATCH (c:Company)
WHERE c.parentId IS NOT NULL
MATCH (parent:Company {id: c.parentId})
MERGE (c)-[:PART_OF_GROUP]->(parent);

LOAD CSV WITH HEADERS FROM 'file:///sites.csv' AS row
WITH row, toFloat(trim(row.lat)) AS lat, toFloat(trim(row.lon)) AS lon, trim(coalesce(row.kind, '')) AS kind,
     [g IN split(coalesce(row.segment_ids, ''), ';') WHERE trim(g) <> '' | trim(g)] AS segmentList
WITH row, lat, lon, kind, reduce(acc = [], g IN segmentList | CASE WHEN g IN acc THEN acc ELSE acc + g END) AS segmentIds
MERGE (s:Site {id: trim(row.id)})
SET s.companyId = trim(row.company_id),
    s.nameZh = CASE trim(coalesce(row.name_zh, '')) WHEN '' THEN null ELSE trim(row.name_zh) END,
    s.regionCode = trim(row.region_code),
    s.lat = lat,
    s.lon = lon,
    s.location = point({latitude: lat, longitude: lon}),
    s.kind = CASE kind
      WHEN '总部' THEN 'HQ' WHEN '工厂' THEN 'PLANT' WHEN '生产基地' THEN 'PLANT' WHEN '研发' THEN 'RND' WHEN '研发中心' THEN 'RND'
      WHEN '基地' THEN 'BASE'
      ELSE toUpper(kind) END,
    s.segmentIds = segmentIds,
    s.capacity = CASE trim(coalesce(row.capacity, '')) WHEN '' THEN null ELSE trim(row.capacity) END,
    s.since = CASE trim(coalesce(row.since, '')) WHEN '' THEN null ELSE date(trim(row.since)) END,
    s.source = CASE trim(coalesce(row.source, '')) WHEN '' THEN null ELSE trim(row.source) END;

MATCH (s:Site)
MATCH (c:Company {id: s.companyId})
MERGE (c)-[:HAS_SITE]->(s);

MATCH (s:Site)
MATCH (r:Region {code: s.regionCode})
MERGE (s)-[:IN]->(r);

MATCH (s:Site)
UNWIND s.segmentIds AS segmentId
MATCH (g:Segment {id: segmentId})
MERGE (s)-[:OPERATES_IN]->(g);

LOAD CSV WITH HEADERS FROM 'file:///supplies.csv' AS row
WITH row, CASE trim(coalesce(row.segment_id, '')) WHEN '' THEN null ELSE trim(row.segment_id) END AS segmentId,
     trim(coalesce(row.confidence, '')) AS confidence
MATCH (a:Company {id: trim(row.supplier_id)})
MATCH (b:Company {id: trim(row.customer_id)})
MERGE (a)-[r:SUPPLIES {segmentKey: coalesce(segmentId, '')}]->(b)
SET r.segmentId = segmentId,
    r.confidence = CASE confidence
      WHEN '' THEN 'REPORTED' WHEN '已核实' THEN 'VERIFIED' WHEN '报道' THEN 'REPORTED' WHEN '未核实' THEN 'UNVERIFIED'
      ELSE toUpper(confidence) END,
    r.source = CASE trim(coalesce(row.source, '')) WHEN '' THEN null ELSE trim(row.source) END;

// investment_yuan: an amount as for revenue_yuan above; empty = not disclosed (both properties absent).
LOAD CSV WITH HEADERS FROM 'file:///projects.csv' AS row
WITH row, trim(coalesce(row.investment_yuan, '')) AS raw, trim(coalesce(row.status, '')) AS status
WITH row, status, CASE WHEN raw ENDS WITH '元' THEN left(raw, size(raw) - 1) ELSE raw END AS amount
WITH row, status, amount, CASE WHEN amount ENDS WITH '亿' THEN 8 WHEN amount ENDS WITH '万' THEN 4 ELSE 0 END AS shift
WITH row, status, shift, split(replace(CASE shift WHEN 0 THEN amount ELSE left(amount, size(amount) - 1) END, '+', ''), '.') AS parts
WITH row, status,
     CASE WHEN parts[0] = '' AND size(parts) = 1 THEN null
       ELSE parts[0] + left(coalesce(parts[1], '') + '00000000', shift)
            + CASE WHEN size(coalesce(parts[1], '')) > shift THEN '.' + substring(parts[1], shift) ELSE '' END
     END AS yuan
MERGE (p:Project {id: trim(row.id)})
SET p.nameZh = trim(row.name_zh),
    p.companyId = CASE trim(coalesce(row.company_id, '')) WHEN '' THEN null ELSE trim(row.company_id) END,
    p.regionCode = trim(row.region_code),
    p.segmentId = CASE trim(coalesce(row.segment_id, '')) WHEN '' THEN null ELSE trim(row.segment_id) END,
    p.investmentYuan = toFloat(yuan),
    p.investmentYuanExact = yuan,
    p.status = CASE status
      WHEN '线索' THEN 'LEAD' WHEN '在谈' THEN 'NEGOTIATING' WHEN '签约' THEN 'SIGNED' WHEN '已签约' THEN 'SIGNED'
      WHEN '开工' THEN 'STARTED' WHEN '在建' THEN 'STARTED' WHEN '竣工' THEN 'COMPLETED' WHEN '投产' THEN 'PRODUCING'
      WHEN '终止' THEN 'DROPPED' WHEN '放弃' THEN 'DROPPED'
      ELSE toUpper(status) END,
    p.statusDate = date(trim(row.status_date)),
    p.source = CASE trim(coalesce(row.source, '')) WHEN '' THEN null ELSE trim(row.source) END;

MATCH (p:Project)
CALL (p) {
  MATCH (c:Company {id: p.companyId})
  MERGE (p)-[:BY]->(c)
}
CALL (p) {
  MATCH (r:Region {code: p.regionCode})
  MERGE (p)-[:IN]->(r)
}
CALL (p) {
  MATCH (g:Segment {id: p.segmentId})
  MERGE (p)-[:IN_SEGMENT]->(g)
}
RETURN count(p) AS projects;

// Version 2: chain-scoped anchors (链主 of one chain) and the segments a region has declared its own targets.
LOAD CSV WITH HEADERS FROM 'file:///anchors.csv' AS row
MATCH (c:Company {id: trim(row.company_id)})
MATCH (chain:Chain {id: trim(row.chain_id)})
MERGE (c)-[a:ANCHOR_OF]->(chain)
SET a.source = CASE trim(coalesce(row.source, '')) WHEN '' THEN null ELSE trim(row.source) END;

LOAD CSV WITH HEADERS FROM 'file:///region_priorities.csv' AS row
MATCH (r:Region {code: trim(row.region_code)})
MATCH (s:Segment {id: trim(row.segment_id)})
MERGE (r)-[p:PRIORITY]->(s)
SET p.source = CASE trim(coalesce(row.source, '')) WHEN '' THEN null ELSE trim(row.source) END;
