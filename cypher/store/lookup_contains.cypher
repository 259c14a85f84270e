// The fallback for long names typed in part: a key that holds the words given.
MATCH (n:Entity) WHERE n.type IN $types AND any(k IN n.keys WHERE k CONTAINS $key)
RETURN n.id AS id, n.type AS type, n.name AS name
ORDER BY size(n.name)
LIMIT 5
