// Everything: Neo4j's clear (the embedded store drops its graph instead).
MATCH (n)
DETACH DELETE n
