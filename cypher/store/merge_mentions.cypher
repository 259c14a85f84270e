UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MATCH (n:Entity {id: row.entity})
MERGE (d)-[:MENTIONS]->(n)
