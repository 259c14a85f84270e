// title: Evidence about an entity
// description: Every sentence that supports a fact about the entity, with the fact and its document.
// param: name | entity:Agency/Country/Campaign/Meeting/Person | required | any name or alias
// columns: fact, subject, object, roles, document, sentence
// post: evidence_rows
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $name OR b.id IN $name
RETURN type(r) AS fact, a.name AS subject, b.name AS object, r.roles AS roles, r.evidence AS evidence
ORDER BY fact, subject, object
