// An agency stands for itself and its departments.
MATCH (u:Entity)-[:PART_OF*0..3]->(a:Entity)
WHERE a.id IN $ids
RETURN collect(DISTINCT u.id) AS ids
