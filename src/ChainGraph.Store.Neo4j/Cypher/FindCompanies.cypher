// Companies matching every given filter, ordered by id, one page after $afterId.
// $fullText (a Lucene phrase, or null) narrows the candidates through the company_names index when it
// finds every match (Han-only text of two or more characters); the name test below is always applied.
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
  AND ($text IS NULL
       OR toUpper(c.nameZh) CONTAINS toUpper($text)
       OR toUpper(coalesce(c.nameEn, '')) CONTAINS toUpper($text))
  AND all(tag IN $tags WHERE tag IN coalesce(c.tags, []))
  AND ($regionCode IS NULL
       OR EXISTS { MATCH (c)-[:HAS_SITE]->(:Site)-[:IN]->(:Region)-[:WITHIN*0..]->(:Region {code: $regionCode}) })
  AND ($segmentId IS NULL
       OR EXISTS { MATCH (c)-[:HAS_SITE]->(:Site)-[:OPERATES_IN]->(:Segment)-[:PART_OF*0..]->(:Segment {id: $segmentId}) })
WITH c
ORDER BY c.id
WITH collect(c) AS matches
WITH matches, [m IN matches WHERE $afterId IS NULL OR m.id > $afterId] AS rest
RETURN size(matches) AS totalCount,
       size(rest) > $first AS hasNextPage,
       [m IN rest[0..$first] | m {.id, .nameZh, .nameEn, .uscc, .tags, .parentId, .stockCode, .founded, .employees, .revenueYuanExact, .website, .source}] AS items
