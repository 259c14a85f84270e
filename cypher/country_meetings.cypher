// title: Meetings held in a country
// description: Meetings held in a country, with the number of attendees known.
// param: country | entity:Country | required | any name of the country, in English or Vietnamese
// columns: meeting, kind, start, end, city, attendees, evidence
MATCH (m:Meeting)-[h:HELD_IN]->(c:Country)
WHERE c.id IN $country
OPTIONAL MATCH (a:Entity)-[:ATTENDED]->(m)
RETURN m.name AS meeting, m.kind AS kind, m.start AS start, m.end AS end, coalesce(m.city, '') AS city,
       count(DISTINCT a) AS attendees, h.evidence_count AS evidence
ORDER BY start, meeting
