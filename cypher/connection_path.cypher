// title: How two entities connect
// description: The shortest chain of facts between two entities (any relationship, either direction).
// param: from | entity:Agency/Country/Campaign/Meeting/Person | required | where the path starts
// param: to | entity:Agency/Country/Campaign/Meeting/Person | required | where it ends
// columns: step, name, type, relation, evidence
// post: shortest_path
// One ring of the search, here the ends': each entity with the entities its facts lead to and come from (facts
// between entities only, each neighbour once). The Python step (graph/paths.py) runs it again on each further ring
// (`from` the ring's entities, `to` empty), from both ends, the smaller side first, and stops where the two meet:
// the work grows with the distinct entities near the ends, never with the paths through them.
UNWIND $from + $to AS id
MATCH (v:Entity {id: id})
OPTIONAL MATCH (v)-->(o:Entity)
WITH v, collect(DISTINCT o.id) AS outs
OPTIONAL MATCH (v)<--(i:Entity)
RETURN v.id AS id, outs, collect(DISTINCT i.id) AS ins
