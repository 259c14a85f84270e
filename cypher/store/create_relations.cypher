// First load into an empty store.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:$$TYPE]->(b)
SET r = row.props
