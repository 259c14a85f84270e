// Entities of the given types known by a folded name or alias (stored in n.keys).
MATCH (n:Entity) WHERE n.type IN $types AND $key IN n.keys
RETURN n.id AS id, n.type AS type, n.name AS name
