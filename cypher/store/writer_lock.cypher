// Neo4j: a load's writer lock. A MERGE on a uniquely constrained id waits while another open transaction holds
// the same id; the holder rolls back at the end of its load, so the node never stays in the graph.
MERGE (l:WriterLock {id: 'load'})
