// title: Hosts of a meeting
// description: Who hosted, co-hosted, organised or chaired a meeting (agencies, countries and persons), with
// description: their roles; `meeting` says which meeting when the name fits several.
// param: meeting | entity:Meeting | required | the meeting's name or part of it, in either language ("OMD V debriefing")
// columns: host, type, country, roles, meeting, evidence, aliases
// anchored on the id index (Entity.id), then WITH: a label scan or a filter on the far end would scan them all
MATCH (m:Entity) WHERE m.id IN $meeting
WITH m
MATCH (a:Entity)-[r:ATTENDED]->(m)
WHERE 'host' IN r.roles OR 'chair' IN r.roles
RETURN a.name AS host, a.type AS type,
       CASE WHEN a.type = 'Country' THEN a.name WHEN a.kind IN ['international_org', 'working_group'] THEN ''
            ELSE coalesce(a.country, '') END AS country,
       r.roles AS roles, m.name AS meeting, r.evidence_count AS evidence, coalesce(a.aliases, []) AS aliases
ORDER BY meeting, type, host
