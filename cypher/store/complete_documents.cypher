// The last statement of a load's transaction: a document is complete once everything it says is written, and
// it records which corrections (a fingerprint of the overrides) the load applied.
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d.complete = true, d.overrides = $overrides
