// title: Members of an organisation
// description: Agencies and countries that are members of an organisation or working group; `organisation` says
// description: which one when the name fits several.
// param: organisation | entity:Agency | required | any name, alias or acronym ("WCO", "ASEAN")
// columns: member, type, country, organisation, evidence, aliases
// expand: no
// anchored on the id index (Entity.id), then WITH: a label scan or a filter on the far end would scan them all
MATCH (o:Entity) WHERE o.id IN $organisation
WITH o
MATCH (x:Entity)-[r:MEMBER_OF]->(o)
RETURN x.name AS member, x.type AS type,
       CASE WHEN x.type = 'Country' THEN x.name WHEN x.kind IN ['international_org', 'working_group'] THEN ''
            ELSE coalesce(x.country, '') END AS country,
       o.name AS organisation, r.evidence_count AS evidence, coalesce(x.aliases, []) AS aliases
ORDER BY organisation, type, member
