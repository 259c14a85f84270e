// Neo4j 5: unique ids, created idempotently at start.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source);
CREATE CONSTRAINT writer_lock IF NOT EXISTS FOR (l:WriterLock) REQUIRE l.id IS UNIQUE;
