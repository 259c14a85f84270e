MATCH (d:Document)
RETURN d.id AS id, properties(d) AS props
ORDER BY d.id
