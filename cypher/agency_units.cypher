// title: Units of an agency
// description: Departments and units that are part of the agency, at any depth (1: directly), each with the unit
// description: it belongs to directly; `agency` says which agency when the name fits several.
// param: agency | entity:Agency | required | any name, alias or acronym ("Tổng cục Hải quan", "GACC")
// columns: unit, kind, part_of, depth, agency, evidence, aliases
// expand: no
// anchored on the id index (Entity.id), then WITH: a label scan or a filter on the far end would scan them all
MATCH (a:Entity) WHERE a.id IN $agency
WITH a
MATCH path = (u:Agency)-[:PART_OF*1..8]->(a)
WITH a, u, nodes(path)[1] AS p, relationships(path)[0] AS e, length(path) AS depth
RETURN u.name AS unit, coalesce(u.kind, '') AS kind, p.name AS part_of, min(depth) AS depth, a.name AS agency,
       e.evidence_count AS evidence, coalesce(u.aliases, []) AS aliases
ORDER BY agency, depth, part_of, unit
