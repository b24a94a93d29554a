// For each customer group root: those of the given supplier group roots whose companies SUPPLY any company
// of that group.
UNWIND $groupIds AS groupId
MATCH (g:Company {id: groupId})
WHERE NOT EXISTS { MATCH (g)-[:PART_OF_GROUP]->(:Company) }
MATCH (customer:Company)-[:PART_OF_GROUP*0..]->(g)
MATCH (supplier:Company)-[:SUPPLIES]->(customer)
MATCH (supplier)-[:PART_OF_GROUP*0..]->(sg:Company)
WHERE NOT EXISTS { MATCH (sg)-[:PART_OF_GROUP]->(:Company) } AND sg.id IN $supplierGroupIds
RETURN DISTINCT sg.id AS supplierGroupId, groupId AS customerGroupId
