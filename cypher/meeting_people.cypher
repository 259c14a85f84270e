// title: People at a meeting
// description: Persons who attended a meeting, with their title and the agency they lead or represent, optionally
// description: only one role (e.g. heads of delegation); `meeting` says which meeting when the name fits several.
// param: meeting | entity:Meeting | required | the meeting's name or part of it, in either language
// param: role | choice:delegation_head,chair,speaker,host,delegate,participant | optional | only persons with this role
// columns: person, title, agency, roles, meeting, evidence, aliases
// anchored on the id index (Entity.id), then WITH: a label scan or a filter on the far end would scan them all
MATCH (m:Entity) WHERE m.id IN $meeting
WITH m
MATCH (p:Person)-[r:ATTENDED]->(m)
WHERE $role IS NULL OR $role IN r.roles
OPTIONAL MATCH (p)-[l:LEADS]->(led:Agency)
WITH m, p, r, head(collect(led.name)) AS led, head(collect(l.title)) AS led_title
OPTIONAL MATCH (p)-[s:REPRESENTS]->(rep:Agency)
WITH m, p, r, led, led_title, head(collect(rep.name)) AS represented, head(collect(s.title)) AS rep_title
RETURN p.name AS person, coalesce(led_title, rep_title, p.title, '') AS title, coalesce(led, represented, '') AS agency,
       r.roles AS roles, m.name AS meeting, r.evidence_count AS evidence, coalesce(p.aliases, []) AS aliases
ORDER BY meeting, person
