// title: Campaigns of an agency
// description: Campaigns and phases an agency (or its departments) took part in, with its roles.
// param: agency | entity:Agency/Country | required | any name or alias ("Hải quan Việt Nam", "Korea Customs Service")
// columns: campaign, series, phase, roles, start, end, evidence, aliases
MATCH (a:Entity)-[r:PARTICIPATED_IN]->(c:Campaign)
WHERE a.id IN $agency
WITH c, collect(r) AS rels
RETURN c.name AS campaign, coalesce(c.series, c.name) AS series, c.phase AS phase,
       reduce(acc = [], rel IN rels | acc + [x IN rel.roles WHERE NOT x IN acc]) AS roles,
       c.start AS start, c.end AS end, reduce(n = 0, rel IN rels | n + rel.evidence_count) AS evidence,
       coalesce(c.aliases, []) AS aliases
ORDER BY series, phase
