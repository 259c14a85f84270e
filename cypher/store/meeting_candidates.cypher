// Meetings a name typed in part may mean: those whose own names, city or start hold $word (its longest word), and
// those about a campaign, or a phase of a series, whose names hold it. lookup.py then checks every word.
MATCH (m:Meeting)
WHERE any(k IN coalesce(m.keys, []) + [toLower(coalesce(m.city, '')), coalesce(m.start, '')] WHERE k CONTAINS $word)
RETURN m.id AS id
UNION
MATCH (c:Campaign) WHERE any(k IN c.keys WHERE k CONTAINS $word)
MATCH (m:Meeting)-[:ABOUT]->(:Campaign)-[:PHASE_OF*0..1]->(c)
RETURN m.id AS id
