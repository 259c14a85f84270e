MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props
