MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id = $id OR b.id = $id
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
