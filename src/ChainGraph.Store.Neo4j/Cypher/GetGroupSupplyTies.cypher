// For each customer group root: those of the given supplier group roots whose companies SUPPLY any company
// of that group, with the confidences of those supply rows (a row written before contract version 2 has
// none and counts as REPORTED); the weight of a tie is worked out in C#.
UNWIND $groupIds AS groupId
MATCH (g:Company {id: groupId})
WHERE NOT EXISTS { MATCH (g)-[:PART_OF_GROUP]->(:Company) }
MATCH (customer:Company)-[:PART_OF_GROUP*0..]->(g)
MATCH (supplier:Company)-[supply:SUPPLIES]->(customer)
MATCH (supplier)-[:PART_OF_GROUP*0..]->(sg:Company)
WHERE NOT EXISTS { MATCH (sg)-[:PART_OF_GROUP]->(:Company) } AND sg.id IN $supplierGroupIds
RETURN sg.id AS supplierGroupId, groupId AS customerGroupId, collect(DISTINCT coalesce(supply.confidence, 'REPORTED')) AS confidences
