// Entities for the networkx bridge: all (ids null) or the ids given, optionally of some types only.
MATCH (n:Entity)
WHERE ($ids IS NULL OR n.id IN $ids) AND ($types IS NULL OR n.type IN $types)
RETURN n.id AS id, properties(n) AS props
