// FalkorDB: indexes on the ids every load and query matches on (no uniqueness constraints needed for MERGE).
CREATE INDEX FOR (n:Entity) ON (n.id);
// FalkorDB indexes array elements: name lookups ($key IN n.keys) use it.
CREATE INDEX FOR (n:Entity) ON (n.keys);
CREATE INDEX FOR (n:Document) ON (n.id);
CREATE INDEX FOR (n:Document) ON (n.source);
