// A cheap fingerprint of the graph: it changes whenever a load, a merge or a rejection changes the graph.
MATCH (n)
OPTIONAL MATCH (n)-[r]->()
RETURN count(DISTINCT n) AS nodes, count(r) AS relationships
