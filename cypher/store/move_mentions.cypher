MATCH (d:Document)-[:MENTIONS]->(:Entity {id: $source})
MATCH (t:Entity {id: $into})
MERGE (d)-[:MENTIONS]->(t)
