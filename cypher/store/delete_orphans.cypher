// Entities no document mentions any more and no relationship holds.
MATCH (n:Entity) WHERE size(n.documents) = 0
OPTIONAL MATCH (n)-[r]-()
WITH n, count(r) AS links
WHERE links = 0
DELETE n
