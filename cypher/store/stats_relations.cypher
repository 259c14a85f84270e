MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count, toInteger(sum(coalesce(r.evidence_count, 0))) AS evidence
ORDER BY type
