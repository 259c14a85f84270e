// title: Leaders of an agency
// description: Persons who lead the agency, or who represent it and headed its delegation to a meeting, with
// description: their title; `agency` says which agency when the name fits several.
// param: agency | entity:Agency | required | any name, alias or acronym ("Hải quan Trung Quốc", "WCO")
// columns: person, title, agency, leads, delegations, evidence, aliases
// expand: no
// anchored on the id index (Entity.id), then WITH: a label scan or a filter on the far end would scan them all
MATCH (a:Entity) WHERE a.id IN $agency
WITH a
MATCH (p:Person)-[:LEADS|REPRESENTS]->(a)
WITH DISTINCT a, p
OPTIONAL MATCH (p)-[l:LEADS]->(a)
OPTIONAL MATCH (p)-[s:REPRESENTS]->(a)
OPTIONAL MATCH (p)-[d:ATTENDED]->(m:Meeting) WHERE s IS NOT NULL AND 'delegation_head' IN d.roles
WITH a, p, l, s, collect(DISTINCT m.name) AS delegations
WHERE l IS NOT NULL OR size(delegations) > 0
RETURN p.name AS person, coalesce(l.title, s.title, p.title, '') AS title, a.name AS agency, l IS NOT NULL AS leads,
       delegations, coalesce(l.evidence_count, 0) + coalesce(s.evidence_count, 0) AS evidence,
       coalesce(p.aliases, []) AS aliases
ORDER BY agency, leads DESC, person
