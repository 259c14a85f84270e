// Neo4j's store/lookup_keys.cypher: the full-text index on n.keys (keyword analyzer) finds the entity by its folded
// name as one exact Lucene phrase (backslashes and quotes escaped), instead of scanning every entity's keys.
CALL db.index.fulltext.queryNodes('entity_keys', '"' + replace(replace($key, '\\', '\\\\'), '"', '\\"') + '"')
YIELD node AS n
WITH n
WHERE n.type IN $types AND $key IN n.keys
RETURN n.id AS id, n.type AS type, n.name AS name
