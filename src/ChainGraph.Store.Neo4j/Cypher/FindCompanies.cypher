// Companies matching every filter of group 'all' (one filter) and, when $anyCount > 0, at least one of group 'any',
// in the order $orderField (ID, NAME_ZH, NAME_EN, FOUNDED, EMPLOYEES, REVENUE_YUAN; $descending), companies without
// a value last, ties by id; one page after the position $after ({id, text, number, missing}) or from the start.
// $fullText (a Lucene phrase, or null) narrows the candidates through the company_names index when it finds every
// match of the 'all' filter's name test (Han-only text of two or more characters); the name test is always applied.
CALL () {
  WITH $fullText AS phrase
  WHERE phrase IS NOT NULL
  CALL db.index.fulltext.queryNodes('company_names', phrase) YIELD node
  RETURN node AS c
  UNION
  WITH $fullText AS phrase
  WHERE phrase IS NULL
  MATCH (c:Company)
  RETURN c
}
WITH c
WHERE c:Company
CALL (c) {
  UNWIND $filters AS f
  WITH c, f
  WHERE (f.text IS NULL
         OR toUpper(c.nameZh) CONTAINS toUpper(f.text)
         OR toUpper(coalesce(c.nameEn, '')) CONTAINS toUpper(f.text))
    AND all(tag IN f.tags WHERE tag IN coalesce(c.tags, []))
    AND (size(f.anyTags) = 0 OR any(tag IN f.anyTags WHERE tag IN coalesce(c.tags, [])))
    AND (f.ids IS NULL OR c.id IN f.ids)
    AND (f.foundedFrom IS NULL OR c.founded >= f.foundedFrom)
    AND (f.foundedTo IS NULL OR c.founded <= f.foundedTo)
    AND (f.revenueAtLeast IS NULL OR c.revenueYuan >= f.revenueAtLeast)
    AND (f.regionCode IS NULL
         OR EXISTS { MATCH (c)-[:HAS_SITE]->(:Site)-[:IN]->(:Region)-[:WITHIN*0..]->(r:Region) WHERE r.code = f.regionCode })
    AND (f.regionCodes IS NULL
         OR EXISTS { MATCH (c)-[:HAS_SITE]->(:Site)-[:IN]->(:Region)-[:WITHIN*0..]->(r:Region) WHERE r.code IN f.regionCodes })
    AND (f.segmentId IS NULL
         OR EXISTS { MATCH (c)-[:HAS_SITE]->(:Site)-[:OPERATES_IN]->(:Segment)-[:PART_OF*0..]->(g:Segment) WHERE g.id = f.segmentId })
    AND (f.segmentIds IS NULL
         OR EXISTS { MATCH (c)-[:HAS_SITE]->(:Site)-[:OPERATES_IN]->(:Segment)-[:PART_OF*0..]->(g:Segment) WHERE g.id IN f.segmentIds })
  RETURN sum(CASE WHEN f.group = 'all' THEN 1 ELSE 0 END) AS allHits,
         sum(CASE WHEN f.group = 'any' THEN 1 ELSE 0 END) AS anyHits
}
WITH c, allHits, anyHits
WHERE allHits = 1 AND ($anyCount = 0 OR anyHits > 0)
WITH c,
     CASE $orderField WHEN 'NAME_ZH' THEN c.nameZh WHEN 'NAME_EN' THEN c.nameEn ELSE null END AS textKey,
     CASE $orderField
       WHEN 'FOUNDED' THEN toFloat(c.founded)
       WHEN 'EMPLOYEES' THEN toFloat(c.employees)
       WHEN 'REVENUE_YUAN' THEN toFloat(c.revenueYuan)
       ELSE null
     END AS numberKey
WITH c, textKey, numberKey, ($orderField <> 'ID' AND textKey IS NULL AND numberKey IS NULL) AS missing
ORDER BY missing,
         CASE WHEN $descending THEN null ELSE textKey END ASC,
         CASE WHEN $descending THEN textKey ELSE null END DESC,
         CASE WHEN $descending THEN null ELSE numberKey END ASC,
         CASE WHEN $descending THEN numberKey ELSE null END DESC,
         c.id
WITH collect({
       id: c.id, textKey: textKey, numberKey: numberKey, missing: missing,
       item: c {.id, .nameZh, .nameEn, .uscc, .tags, .parentId, .stockCode, .founded, .employees, .revenueYuanExact, .website, .source}
     }) AS matches
WITH matches,
     [m IN matches WHERE $after IS NULL OR
        CASE
          WHEN $orderField = 'ID' THEN m.id > $after.id
          WHEN m.missing <> $after.missing THEN m.missing
          WHEN m.missing THEN m.id > $after.id
          WHEN m.textKey IS NOT NULL AND m.textKey <> $after.text THEN (m.textKey > $after.text) <> $descending
          WHEN m.numberKey IS NOT NULL AND m.numberKey <> $after.number THEN (m.numberKey > $after.number) <> $descending
          ELSE m.id > $after.id
        END] AS rest
RETURN size(matches) AS totalCount,
       size(rest) > $first AS hasNextPage,
       [m IN rest[0..$first] | m.item] AS items
