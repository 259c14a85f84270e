"""All Cypher of the project lives in this folder: canned queries (*.cypher), schema DDL per backend (schema/),
and the statements the loader and the bridge run (store/). Nothing builds Cypher from user input: parameters
travel as parameters; the only text substituted is a node label or relationship type from graph/schema.yaml."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).resolve().parent


@cache
def text(name: str) -> str:
    return (FOLDER / name).read_text(encoding="utf-8")


def statements(name: str) -> list[str]:
    """The statements of a file, comments dropped, split on semicolons."""
    body = "\n".join(line for line in text(name).splitlines() if not line.lstrip().startswith("//"))
    return [s.strip() for s in body.split(";") if s.strip()]


def query(name: str, **names: str) -> str:
    """One statement, with ``$$LABEL``-style placeholders filled by schema names only."""
    from graph.schema import SCHEMA

    allowed = set(SCHEMA.nodes) | set(SCHEMA.relationships) | {"Entity"}
    body = statements(name)[0]
    for key, value in names.items():
        if value not in allowed:
            raise ValueError(f"{value!r} is not a node label or relationship type of the schema")
        body = body.replace(f"$${key.upper()}", value)
    if re.search(r"\$\$[A-Z]+", body):
        raise ValueError(f"{name}: a placeholder was left unfilled")
    return body


def variant(name: str, kind: str) -> str:
    """The statement ``name`` as the engine ``kind`` runs it: its own version in a ``<kind>/`` folder beside the
    portable one where the engines truly differ (an index one of them lacks), else the portable one."""
    folder, _, file = name.rpartition("/")
    own = f"{folder}/{kind}/{file}"
    return query(own if (FOLDER / own).exists() else name)
