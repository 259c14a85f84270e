// The last statement of a batch: a document is complete once everything it says is written.
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d.complete = true
