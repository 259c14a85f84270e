MATCH (d:Document)
RETURN d.id AS id, d.source AS source, d.complete AS complete, d.overrides AS overrides
ORDER BY d.source
