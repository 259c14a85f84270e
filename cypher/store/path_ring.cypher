// One ring further on a shortest-path search (graph/paths.py): every fact between entities that touches one of the
// given ids, as its (source, target) pair, once per pair. Work: the facts of these entities, never paths.
UNWIND $ids AS id
MATCH (v:Entity {id: id})-[r]-(:Entity)
RETURN DISTINCT startNode(r).id AS source, endNode(r).id AS target
