MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id = $id
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
UNION ALL
MATCH (b:Entity {id: $id})
MATCH (b)<-[r]-(a:Entity)
WITH a, r, b
WHERE a.id <> $id
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
