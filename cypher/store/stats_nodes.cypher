MATCH (n)
UNWIND labels(n) AS label
WITH label, count(*) AS count
WHERE label <> 'Entity'
RETURN label, count
ORDER BY label
