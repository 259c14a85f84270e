// title: Timeline of a campaign
// description: The phases of a campaign series (or the one phase named), with their dates and partner counts.
// param: campaign | entity:Campaign | required | a series ("Mekong Dragon") or a phase ("OMD 5")
// columns: campaign, phase, start, end, partners, aliases
MATCH (c:Campaign) WHERE c.id IN $campaign AND c.phase IS NOT NULL
OPTIONAL MATCH (p:Entity)-[:PARTICIPATED_IN]->(c)
RETURN c.name AS campaign, c.phase AS phase, c.start AS start, c.end AS end, count(DISTINCT p) AS partners,
       coalesce(c.aliases, []) AS aliases
ORDER BY phase
