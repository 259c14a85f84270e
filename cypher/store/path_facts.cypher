// The rows of a path found by graph/paths.py: each given entity with its name and type, and the facts from it to
// another given entity (none: one row with a null relation).
MATCH (a:Entity)
WHERE a.id IN $ids
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE b.id IN $ids
RETURN a.id AS source, a.name AS source_name, a.type AS source_type, type(r) AS relation, b.id AS target,
       r.evidence_count AS evidence
