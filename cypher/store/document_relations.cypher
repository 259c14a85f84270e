MATCH (a:Entity)-[r]->(b:Entity) WHERE $document IN r.documents
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
