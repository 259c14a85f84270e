MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, coalesce(d.title, d.source) AS title
