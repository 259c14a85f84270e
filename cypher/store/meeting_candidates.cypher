// Meetings a name typed in part may mean: those whose own names or city hold $word (one of its rarer words), and
// those about a campaign, or a phase of a series, whose names hold it. lookup.py then checks every word.
MATCH (m:Meeting)
WHERE any(k IN coalesce(m.keys, []) + [toLower(coalesce(m.city, ''))] WHERE k CONTAINS $word)
RETURN m.id AS id
UNION
MATCH (c:Campaign) WHERE any(k IN c.keys WHERE k CONTAINS $word)
MATCH (m:Meeting)-[:ABOUT]->(:Campaign)-[:PHASE_OF*0..1]->(c)
RETURN m.id AS id
