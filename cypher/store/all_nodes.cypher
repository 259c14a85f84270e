MATCH (n:Entity)
RETURN n.id AS id, properties(n) AS props
ORDER BY n.id
