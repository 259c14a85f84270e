"""Python steps some canned queries take after their Cypher (named by `// post:` in the query header)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from graph.lookup import document_titles
from graph.paths import Neighbours, shortest, steps
from graph.stores.base import Row, Store


def shortest_path(store: Store, rows: list[Row], params: dict[str, Any]) -> list[Row]:
    """The shortest chain between the two named entities (graph/paths.py), from the facts of both ends (``rows``)."""
    near = Neighbours(store)
    near.add(rows, params["from"] + params["to"])
    path = shortest(near, params["from"], params["to"])
    return steps(store, path) if path else []


def evidence_rows(store: Store, rows: list[Row], params: dict[str, Any]) -> list[Row]:
    """One row per supporting sentence, with its document's title."""
    rows = sorted(rows, key=lambda r: (r["fact"], r["subject"], r["object"]))
    decoded = [(row, [json.loads(raw) for raw in row["evidence"] or []]) for row in rows]
    ids = sorted({e["document"] for _, items in decoded for e in items})
    titles = document_titles(store, ids)
    out = []
    for row, items in decoded:
        for evidence in items:
            out.append({"fact": row["fact"], "subject": row["subject"], "object": row["object"],
                        "roles": row["roles"] or [], "document": titles.get(evidence["document"], evidence["document"]),
                        "sentence": evidence["text"]})
    return out


POST: dict[str, Callable[[Store, list[Row], dict[str, Any]], list[Row]]] = {
    "shortest_path": shortest_path, "evidence_rows": evidence_rows}
