// title: Evidence about an entity
// description: Every sentence that supports a fact about the entity, with the fact and its document.
// param: name | entity:Agency/Country/Campaign/Meeting/Person | required | any name or alias
// columns: fact, subject, object, roles, document, sentence
// post: evidence_rows
// two anchored matches instead of one OR, which would scan every relationship
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $name
RETURN type(r) AS fact, a.name AS subject, b.name AS object, r.roles AS roles, r.evidence AS evidence
UNION ALL
MATCH (b:Entity) WHERE b.id IN $name
MATCH (b)<-[r]-(a:Entity)
WITH a, r, b
WHERE NOT a.id IN $name
RETURN type(r) AS fact, a.name AS subject, b.name AS object, r.roles AS roles, r.evidence AS evidence
