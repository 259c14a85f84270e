MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, d.title AS title, d.source AS source
