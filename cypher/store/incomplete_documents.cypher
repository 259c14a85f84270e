// Documents whose load did not finish (the store lost part of a transaction): `ckg stats` counts them and
// `ckg repair` or the next load removes what they left.
MATCH (d:Document)
WHERE coalesce(d.complete, false) = false
RETURN d.id AS id, d.source AS source
ORDER BY d.source
