// The given meetings (anchored on the id index) with their folded names, kind, city and start, and the folded
// names of the campaigns (and series) they were about: what a meeting named in part is matched against.
MATCH (m:Entity) WHERE m.id IN $ids
WITH m
OPTIONAL MATCH (m)-[:ABOUT]->(c:Campaign)
OPTIONAL MATCH (c)-[:PHASE_OF]->(s:Campaign)
RETURN m.id AS id, m.keys AS keys, m.kind AS kind, m.city AS city, m.start AS start,
       collect(c.keys) + collect(s.keys) AS about
