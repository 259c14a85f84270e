MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
ORDER BY source, type, target
