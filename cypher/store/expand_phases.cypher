// A series stands for itself and all its phases.
MATCH (p:Campaign)-[:PHASE_OF*0..1]->(s:Campaign)
WHERE s.id IN $ids
RETURN collect(DISTINCT p.id) AS ids
