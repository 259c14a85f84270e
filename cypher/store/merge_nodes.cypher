// Write entities of one type; props are already merged with what the store held.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n += row.props, n:$$LABEL
