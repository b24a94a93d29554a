// Nodes first; OF_CHAIN and PART_OF edges are set by LinkSegments once every segment of the import exists.
UNWIND $rows AS row
MERGE (s:Segment {id: row.id})
SET s.chainId = row.chainId,
    s.nameZh = row.nameZh,
    s.nameEn = row.nameEn,
    s.category = row.category,
    s.parentId = row.parentId
