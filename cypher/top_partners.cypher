// title: Most connected partners
// description: Agencies and countries ranked by the campaigns and meetings they took part in.
// param: limit | int | default=20 | how many
// columns: partner, type, country, campaigns, meetings
MATCH (p:Entity) WHERE p.type IN ['Agency', 'Country']
OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(c:Campaign)
WITH p, count(DISTINCT c) AS campaigns
OPTIONAL MATCH (p)-[:ATTENDED]->(m:Meeting)
WITH p, campaigns, count(DISTINCT m) AS meetings
WHERE campaigns + meetings > 0
RETURN p.name AS partner, p.type AS type, coalesce(p.country, '') AS country, campaigns, meetings
ORDER BY campaigns + meetings DESC, partner
LIMIT $limit
