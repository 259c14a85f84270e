// title: One meeting
// description: A meeting's kind, dates, place, attendees with their roles, and the campaigns it was about.
// param: meeting | entity:Meeting | required | the meeting's name or part of it, in either language
// columns: meeting, kind, start, end, city, location, online, attendees, campaigns
MATCH (m:Meeting) WHERE m.id IN $meeting
OPTIONAL MATCH (a:Entity)-[r:ATTENDED]->(m)
WITH m, collect(DISTINCT a.name + CASE WHEN size(r.roles) > 0 THEN ' (' + reduce(s = '', x IN r.roles |
     s + CASE WHEN s = '' THEN '' ELSE ', ' END + x) + ')' ELSE '' END) AS attendees
OPTIONAL MATCH (m)-[:ABOUT]->(c:Campaign)
RETURN m.name AS meeting, m.kind AS kind, m.start AS start, m.end AS end, coalesce(m.city, '') AS city,
       coalesce(m.country, '') AS location, coalesce(m.online, false) AS online, attendees,
       collect(DISTINCT c.name) AS campaigns
