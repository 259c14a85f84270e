// Write relationships of one type between existing entities.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$$TYPE]->(b)
SET r += row.props
