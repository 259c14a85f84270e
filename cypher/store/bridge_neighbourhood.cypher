// One hop out from the given ids (any relationship between entities, either direction); the bridge repeats it.
MATCH (n:Entity)-[]-(m:Entity)
WHERE n.id IN $ids
RETURN collect(DISTINCT m.id) AS ids
