MATCH (p:Campaign)-[:PHASE_OF]->(s:Campaign)
WHERE s.id IN $series AND p.phase = $phase
RETURN p.id AS id, p.type AS type, p.name AS name
