// First load into an empty store: ids are unique within an extraction, so there is nothing to merge with.
UNWIND $rows AS row
CREATE (n:Entity:$$LABEL {id: row.id})
SET n += row.props
