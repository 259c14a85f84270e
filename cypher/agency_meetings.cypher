// title: Meetings of an agency
// description: Meetings an agency (or its departments) attended, optionally within dates (a meeting counts if it
// description: overlaps them).
// param: agency | entity:Agency/Country/Person | required | any name or alias
// param: from | date | optional | earliest date, YYYY, YYYY-MM or YYYY-MM-DD
// param: to | date | optional | latest date, YYYY, YYYY-MM or YYYY-MM-DD
// columns: meeting, kind, start, end, city, country, roles, evidence
MATCH (a:Entity)-[r:ATTENDED]->(m:Meeting)
WHERE a.id IN $agency
// filtering after WITH keeps the plan anchored on the agency instead of scanning every meeting
WITH m, r
WHERE ($from IS NULL OR m.end_date >= $from) AND ($to IS NULL OR m.start_date <= $to)
WITH m, collect(r) AS rels
RETURN m.name AS meeting, m.kind AS kind, m.start AS start, m.end AS end, coalesce(m.city, '') AS city,
       coalesce(m.country, '') AS country,
       reduce(acc = [], rel IN rels | acc + [x IN rel.roles WHERE NOT x IN acc]) AS roles,
       reduce(n = 0, rel IN rels | n + rel.evidence_count) AS evidence
ORDER BY start, meeting
