// Neo4j 5: unique ids, created idempotently at start.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source);
CREATE CONSTRAINT writer_lock IF NOT EXISTS FOR (l:WriterLock) REQUIRE l.id IS UNIQUE;
// Names and aliases (n.keys, a list): Neo4j has no range index on list elements, so a full-text index with the
// keyword analyzer (each key one token) serves the lookups (cypher/store/neo4j/lookup_keys.cypher).
CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.keys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
