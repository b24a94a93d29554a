// For each customer group root: the group roots of the companies that SUPPLY any company of that group.
UNWIND $groupIds AS groupId
MATCH (g:Company {id: groupId})
WHERE NOT EXISTS { MATCH (g)-[:PART_OF_GROUP]->(:Company) }
MATCH (customer:Company)-[:PART_OF_GROUP*0..]->(g)
MATCH (supplier:Company)-[:SUPPLIES]->(customer)
MATCH (supplier)-[:PART_OF_GROUP*0..]->(sg:Company)
WHERE NOT EXISTS { MATCH (sg)-[:PART_OF_GROUP]->(:Company) }
RETURN DISTINCT sg.id AS supplierGroupId, groupId AS customerGroupId
