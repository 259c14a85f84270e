// title: How two entities connect
// description: The shortest chain of facts between two entities (any relationship, either direction).
// param: from | entity:Agency/Country/Campaign/Meeting/Person | required | where the path starts
// param: to | entity:Agency/Country/Campaign/Meeting/Person | required | where it ends
// columns: step, name, type, relation, evidence
// post: shortest_path
// This query reads the first ring: every fact touching either end, as (source, target) pairs. The Python step
// (graph/paths.py) then searches from both ends one ring of distinct entities at a time
// (cypher/store/path_ring.cypher), expanding the smaller side, and stops where the two searches meet: the work grows
// with the entities near the ends, never with the paths through them.
UNWIND $from + $to AS id
MATCH (v:Entity {id: id})-[r]-(:Entity)
RETURN DISTINCT startNode(r).id AS source, endNode(r).id AS target
