// Everything, a slice at a time: Neo4j's clear runs this until it deletes nothing (one transaction for a large graph
// outgrows the transaction memory limit). The embedded store drops its graph instead.
MATCH (n)
WITH n LIMIT 5000
DETACH DELETE n
RETURN count(*) AS deleted
