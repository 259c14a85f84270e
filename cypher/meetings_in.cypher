// title: Meetings in a place
// description: Meetings held in a city or a country, optionally within dates (a meeting counts if it overlaps
// description: them), with the number of attendees known.
// param: place | place | required | a city or a country, in English or Vietnamese ("Hà Nội", "Lào", "Seoul")
// param: from | date | optional | earliest date, YYYY, YYYY-MM or YYYY-MM-DD
// param: to | date | optional | latest date, YYYY, YYYY-MM or YYYY-MM-DD
// columns: meeting, kind, start, end, city, country, attendees
// the meetings held in the countries first, from the id index: one traversal per meeting would scan them all; then
// the meetings whose city or country says so; their ids joined, each meeting then found by the index (testing
// every meeting's id against the list of those held there cost far more than the scan itself)
OPTIONAL MATCH (c:Entity) WHERE c.id IN $place.countries
WITH c
OPTIONAL MATCH (h:Meeting)-[:HELD_IN]->(c)
WITH collect(DISTINCT h.id) AS held
OPTIONAL MATCH (n:Meeting)
WHERE n.city IN $place.cities OR n.country IN $place.country_names
WITH held, collect(n.id) AS named
UNWIND held + named AS id
WITH DISTINCT id
MATCH (m:Entity {id: id})
WHERE ($from IS NULL OR m.end_date >= $from) AND ($to IS NULL OR m.start_date <= $to)
OPTIONAL MATCH (a:Entity)-[:ATTENDED]->(m)
RETURN m.name AS meeting, m.kind AS kind, m.start AS start, m.end AS end, coalesce(m.city, '') AS city,
       coalesce(m.country, '') AS country, count(DISTINCT a) AS attendees
ORDER BY start, meeting
