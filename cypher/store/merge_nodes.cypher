// Write entities of one type; props are already merged with what the store held.
UNWIND $rows AS row
MERGE (n:Entity:$$LABEL {id: row.id})
SET n += row.props
