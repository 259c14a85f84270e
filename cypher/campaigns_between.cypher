// title: Campaigns in a period
// description: Campaigns and phases active at some time in the period: their own known dates overlap it (one with
// description: a start and no end counts at its start only); a series counts through the dates of its phases.
// param: from | date | required | first day of the period, YYYY, YYYY-MM or YYYY-MM-DD
// param: to | date | required | last day of the period, YYYY, YYYY-MM or YYYY-MM-DD
// columns: campaign, series, phase, start, end, active_phases, partners, aliases
MATCH (c:Campaign)
OPTIONAL MATCH (ph:Campaign)-[:PHASE_OF]->(c)
WITH c, [x IN collect(ph) WHERE x.start_date <= $to AND x.end_date >= $from | x.name] AS active_phases
WHERE (c.start_date <= $to AND c.end_date >= $from) OR size(active_phases) > 0
OPTIONAL MATCH (s:Campaign)<-[:PHASE_OF]-(c)
OPTIONAL MATCH (p:Entity)-[:PARTICIPATED_IN]->(c)
RETURN c.name AS campaign, coalesce(s.name, '') AS series, c.phase AS phase, c.start AS start, c.end AS end,
       active_phases, count(DISTINCT p) AS partners, coalesce(c.aliases, []) AS aliases
ORDER BY start, campaign
