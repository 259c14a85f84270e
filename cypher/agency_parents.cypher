// title: Parents of an agency
// description: The agency or ministry it is part of, and so on up the chain (level 1 is the direct parent);
// description: `agency` says which agency when the name fits several.
// param: agency | entity:Agency | required | any name, alias or acronym ("C04", "Cục Điều tra chống buôn lậu")
// columns: parent, kind, level, agency, aliases
// expand: no
// anchored on the id index (Entity.id), then WITH: a label scan or a filter on the far end would scan them all
MATCH (a:Entity) WHERE a.id IN $agency
WITH a
MATCH path = (a)-[:PART_OF*1..8]->(p:Agency)
WITH a, p, min(length(path)) AS level
RETURN p.name AS parent, coalesce(p.kind, '') AS kind, level, a.name AS agency,
       coalesce(p.aliases, []) AS aliases
ORDER BY agency, level, parent
