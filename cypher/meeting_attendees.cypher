// title: Attendees of a meeting
// description: Agencies, countries and persons that attended a meeting, with their roles, optionally only one
// description: role or one type; `meeting` says which meeting when the name fits several.
// param: meeting | entity:Meeting | required | the meeting's name or part of it, in either language
// param: role | choice:host,chair,delegate,participant,delegation_head,speaker | optional | only attendees with this role
// param: type | choice:Agency,Country,Person | optional | only agencies, countries or persons
// columns: attendee, type, country, roles, meeting, evidence, aliases
// anchored on the id index (Entity.id), then WITH: a label scan or a filter on the far end would scan them all
MATCH (m:Entity) WHERE m.id IN $meeting
WITH m
MATCH (a:Entity)-[r:ATTENDED]->(m)
WHERE ($role IS NULL OR $role IN r.roles) AND ($type IS NULL OR a.type = $type)
RETURN a.name AS attendee, a.type AS type,
       CASE WHEN a.type = 'Country' THEN a.name WHEN a.kind IN ['international_org', 'working_group'] THEN ''
            ELSE coalesce(a.country, '') END AS country,
       r.roles AS roles, m.name AS meeting, r.evidence_count AS evidence, coalesce(a.aliases, []) AS aliases
ORDER BY meeting, type, attendee
