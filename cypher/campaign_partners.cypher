// title: Partners of a campaign
// description: Agencies and countries that took part in a campaign or phase, with their roles; a series
// description: includes all its phases. International bodies have no country.
// param: campaign | entity:Campaign | required | any name, code or alias ("OMD 5", "Con Rồng Mê Kông 5", "Twin Guardian")
// param: role | choice:initiator,coordinator,participant,supporter | optional | only partners with this role
// param: type | choice:Agency,Country | optional | only agencies, or only countries
// columns: partner, type, country, roles, campaigns, evidence, aliases
// anchored on the id index (Entity.id), then WITH: a label scan or a filter on the far end would scan them all
MATCH (c:Entity) WHERE c.id IN $campaign
WITH c
MATCH (p:Entity)-[r:PARTICIPATED_IN]->(c)
WHERE ($role IS NULL OR $role IN r.roles) AND ($type IS NULL OR p.type = $type)
WITH p, collect(DISTINCT c.name) AS campaigns, collect(r) AS rels
RETURN p.name AS partner, p.type AS type,
       CASE WHEN p.type = 'Country' THEN p.name WHEN p.kind IN ['international_org', 'working_group'] THEN ''
            ELSE coalesce(p.country, '') END AS country,
       reduce(acc = [], rel IN rels | acc + [x IN rel.roles WHERE NOT x IN acc]) AS roles,
       campaigns, reduce(n = 0, rel IN rels | n + rel.evidence_count) AS evidence, coalesce(p.aliases, []) AS aliases
ORDER BY partner
