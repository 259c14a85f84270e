// title: Meetings in a place
// description: Meetings held in a city or a country, optionally within dates (a meeting counts if it overlaps
// description: them), with the number of attendees known.
// param: place | place | required | a city or a country, in English or Vietnamese ("Hà Nội", "Lào", "Seoul")
// param: from | date | optional | earliest date, YYYY, YYYY-MM or YYYY-MM-DD
// param: to | date | optional | latest date, YYYY, YYYY-MM or YYYY-MM-DD
// columns: meeting, kind, start, end, city, country, attendees
MATCH (m:Meeting)
OPTIONAL MATCH (m)-[:HELD_IN]->(c:Country)
WITH m, collect(c.id) AS held
WHERE (m.city IN $place.cities OR m.country IN $place.country_names OR any(x IN held WHERE x IN $place.countries))
  AND ($from IS NULL OR m.end_date >= $from) AND ($to IS NULL OR m.start_date <= $to)
OPTIONAL MATCH (a:Entity)-[:ATTENDED]->(m)
RETURN m.name AS meeting, m.kind AS kind, m.start AS start, m.end AS end, coalesce(m.city, '') AS city,
       coalesce(m.country, '') AS country, count(DISTINCT a) AS attendees
ORDER BY start, meeting
