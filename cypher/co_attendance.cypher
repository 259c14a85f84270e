// title: Meetings two partners both attended
// description: Meetings attended by both (each with its departments).
// param: a | entity:Agency/Country/Person | required | the first attendee
// param: b | entity:Agency/Country/Person | required | the second attendee
// columns: meeting, kind, start, city, country
MATCH (x:Entity)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(y:Entity)
WHERE x.id IN $a AND y.id IN $b
RETURN DISTINCT m.name AS meeting, m.kind AS kind, m.start AS start, coalesce(m.city, '') AS city,
       coalesce(m.country, '') AS country
ORDER BY start, meeting
