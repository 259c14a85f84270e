UNWIND $rows AS row
MATCH (a:Entity {id: row.source})-[r:$$TYPE]->(b:Entity {id: row.target})
DELETE r
