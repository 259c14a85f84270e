// title: How two entities connect
// description: The shortest chain of facts between two entities (any relationship, either direction).
// param: from | entity:Agency/Country/Campaign/Meeting/Person | required | where the path starts
// param: to | entity:Agency/Country/Campaign/Meeting/Person | required | where it ends
// columns: step, name, type, relation, evidence
// post: shortest_path
MATCH (n:Entity)-[*0..3]-(m:Entity)
WHERE n.id IN $from + $to
WITH collect(DISTINCT m.id) AS ids
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN ids AND b.id IN ids
RETURN a.id AS source, a.name AS source_name, a.type AS source_type, type(r) AS relation,
       b.id AS target, b.name AS target_name, b.type AS target_type, r.evidence_count AS evidence
