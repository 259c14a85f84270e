// title: Campaigns two partners share
// description: Campaigns and phases both took part in, with each one's roles.
// param: a | entity:Agency/Country | required | the first agency or country
// param: b | entity:Agency/Country | required | the second agency or country
// columns: campaign, a_roles, b_roles, evidence, aliases
MATCH (x:Entity)-[ra:PARTICIPATED_IN]->(c:Campaign)<-[rb:PARTICIPATED_IN]-(y:Entity)
WHERE x.id IN $a AND y.id IN $b
WITH c, collect(ra) AS ras, collect(rb) AS rbs
RETURN c.name AS campaign,
       reduce(acc = [], rel IN ras | acc + [x IN rel.roles WHERE NOT x IN acc]) AS a_roles,
       reduce(acc = [], rel IN rbs | acc + [x IN rel.roles WHERE NOT x IN acc]) AS b_roles,
       reduce(n = 0, rel IN ras + rbs | n + rel.evidence_count) AS evidence, coalesce(c.aliases, []) AS aliases
ORDER BY campaign
