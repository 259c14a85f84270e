// title: Meetings per year
// description: How many meetings were held each year, and of which kinds.
// columns: year, meetings, kinds
MATCH (m:Meeting) WHERE m.start IS NOT NULL
WITH substring(m.start, 0, 4) AS year, m
RETURN year, count(m) AS meetings, collect(DISTINCT m.kind) AS kinds
ORDER BY year
