"""A synthetic extraction at store scale (default ~100k entities, ~300k relations over 10k documents), built
directly as model records: the store benchmark measures the store, not the extractor."""

from __future__ import annotations

import random

from graph.model import Document, Entity, Evidence, Extraction, Mention, Relation

POOLS = {"Agency": 20_000, "Meeting": 40_000, "Person": 30_000, "Campaign": 8_000, "Country": 250}


def _entity(kind: str, index: int) -> Entity:
    fields: dict[str, object] = {}
    if kind == "Campaign":
        series = index // 4
        fields = {"series": f"Series {series}", "phase": index % 4 + 1} if index % 4 else {}
    if kind == "Meeting":
        fields = {"kind": "conference", "start": f"{2015 + index % 10}-0{1 + index % 9}-1{index % 10}"}
    return Entity(id=f"{kind.lower()}:s{index}", type=kind, name=f"{kind} {index}", **fields)  # type: ignore[arg-type]


def _relations(rng: random.Random, ids: dict[str, list[str]], evidence: Evidence) -> list[Relation]:
    agencies = rng.sample(ids["Agency"], 4)
    meeting, campaign, country = ids["Meeting"][0], ids["Campaign"][0], ids["Country"][0]
    out = [Relation(type="PARTICIPATED_IN", source=a, target=campaign, roles=["participant"], evidence=[evidence])
           for a in agencies]
    out += [Relation(type="ATTENDED", source=a, target=m, roles=["participant"], evidence=[evidence])
            for a in agencies for m in ids["Meeting"]]
    out += [Relation(type="ATTENDED", source=p, target=meeting, evidence=[evidence]) for p in ids["Person"]]
    leaders = zip(ids["Person"], agencies, strict=False)
    out += [Relation(type="LEADS", source=p, target=a, evidence=[evidence]) for p, a in leaders]
    out += [Relation(type="HELD_IN", source=m, target=country, evidence=[evidence]) for m in ids["Meeting"]]
    out += [Relation(type="ABOUT", source=meeting, target=campaign, evidence=[evidence])]
    return out


def generate(documents: int = 10_000, seed: int = 3, scale: float = 1.0) -> Extraction:
    """``scale`` shrinks or grows every pool of entities (0.01 gives a graph of about a thousand nodes)."""
    rng = random.Random(seed)
    pools = {kind: [_entity(kind, i) for i in range(max(1, int(size * scale)))] for kind, size in POOLS.items()}
    entities = {e.id: e for pool in pools.values() for e in pool}
    relations: dict[tuple[str, str, str], Relation] = {}
    docs = []
    for index in range(documents):
        doc = Document(id=f"doc:s{index}", source=f"synthetic/{index}.txt", title=f"Article {index}", text="x" * 200)
        docs.append(doc)
        picked = {kind: [e.id for e in rng.sample(pool, {"Agency": 4, "Meeting": 4, "Person": 3}.get(kind, 1))]
                  for kind, pool in pools.items()}
        evidence = Evidence(document=doc.id, text="x" * 120, start=0, end=120)
        for ids in picked.values():
            for entity_id in ids:
                entities[entity_id].mentions.append(Mention(document=doc.id, text="x", start=0, end=1))
        for relation in _relations(rng, picked, evidence):
            if relation.key in relations:
                relations[relation.key].evidence.append(evidence)
            else:
                relations[relation.key] = relation
    mentioned = [e for e in entities.values() if e.mentions]
    return Extraction(documents=docs, entities=mentioned, relations=list(relations.values()))


def network(nodes: int = 1000, edges: int = 2500, seed: int = 5) -> Extraction:
    """A graph the size of a large partner network: ``nodes`` entities, ``edges`` facts, one document per fact."""
    rng = random.Random(seed)
    kinds = ["Agency"] * 5 + ["Meeting"] * 3 + ["Campaign"] + ["Person"]
    entities = [_entity(kinds[i % len(kinds)], i) for i in range(nodes)]
    types = {"Meeting": "ATTENDED", "Campaign": "PARTICIPATED_IN"}
    relations: dict[tuple[str, str, str], Relation] = {}
    documents: list[Document] = []
    while len(relations) < edges:
        agency = entities[rng.randrange(0, nodes // 10) * 10]
        other = rng.choice(entities)
        type_ = types.get(other.type, "MEMBER_OF" if other.type == "Agency" else "LEADS")
        source, target = (other.id, agency.id) if type_ == "LEADS" else (agency.id, other.id)
        if source == target or (type_, source, target) in relations:
            continue
        doc = Document(id=f"doc:n{len(documents)}", source=f"network/{len(documents)}.txt", text="x" * 120)
        documents.append(doc)
        evidence = Evidence(document=doc.id, text="x" * 100, start=0, end=100)
        relations[(type_, source, target)] = Relation(type=type_, source=source, target=target, evidence=[evidence])  # type: ignore[arg-type]
        for entity in (agency, other):
            entity.mentions.append(Mention(document=doc.id, text="x", start=0, end=1))
    return Extraction(documents=documents, entities=[e for e in entities if e.mentions], relations=list(relations.values()))
