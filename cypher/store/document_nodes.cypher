MATCH (n:Entity) WHERE $document IN n.documents
RETURN n.id AS id, properties(n) AS props
