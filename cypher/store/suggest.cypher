MATCH (n:Entity) WHERE n.type IN $types
RETURN n.name AS name, n.keys AS keys
