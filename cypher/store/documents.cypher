MATCH (d:Document)
RETURN d.id AS id, d.source AS source, d.complete AS complete
ORDER BY d.source
