// title: Campaigns by focus
// description: Campaigns against one kind of crime, with their partner counts.
// param: focus | choice:narcotics,precursors,wildlife,timber,waste,pharmaceuticals,tobacco,firearms,counterfeit,cultural_goods,cash,general | required | what the campaign targets
// columns: campaign, focus, phases, partners
MATCH (c:Campaign) WHERE $focus IN c.focus
OPTIONAL MATCH (ph:Campaign)-[:PHASE_OF]->(c)
OPTIONAL MATCH (p:Entity)-[:PARTICIPATED_IN]->(x:Campaign) WHERE x = c OR x = ph
RETURN c.name AS campaign, c.focus AS focus, count(DISTINCT ph) AS phases, count(DISTINCT p) AS partners
ORDER BY partners DESC, campaign
