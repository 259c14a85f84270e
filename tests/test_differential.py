"""One answer, two engines: the same corpus loaded into the embedded store and into Neo4j gives the same rows for
every canned query (with parameters drawn from the graph) and the same `ckg export --format json`."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from graph.catalogue import QuerySpec, catalogue, run
from graph.dump import snapshot
from graph.loader import load
from graph.model import Extraction
from graph.stores.base import Store, StoreError
from loaders.extraction import extract_paths
from tests.conftest import open_backend
from tests.helpers import DEMO, ROOT, SHARED

DEV = SHARED / "corpus" / "dev" / "docs"
CASES_PER_QUERY = 12
_ORDERED = re.compile(r"\bORDER\s+BY\b[^()]*$", re.I | re.S)  # an ORDER BY after the last bracket: the result's order


@dataclass
class Loaded:
    data: Path
    extraction: Extraction
    embedded: Store
    neo4j: Store


@pytest.fixture(scope="module", params=["demo", "dev"])
def both(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
         neo4j_env: dict[str, str]) -> Iterator[Loaded]:
    """The corpus loaded into a fresh embedded store and into the test Neo4j."""
    if request.param == "dev" and not DEV.is_dir():
        pytest.skip(f"{DEV} is absent (the real articles live beside the project only)")
    extraction = extract_paths([DEMO if request.param == "demo" else DEV])
    data = tmp_path_factory.mktemp(f"embedded-{request.param}")
    embedded, neo4j = open_backend("embedded", data), open_backend("neo4j", data)
    try:
        for store in (embedded, neo4j):
            load(store, extraction)
        assert snapshot(neo4j).model_dump_json() == snapshot(embedded).model_dump_json()
        yield Loaded(data, extraction, embedded, neo4j)
    finally:
        embedded.close()
        neo4j.close()


def _values(spec: QuerySpec, extraction: Extraction) -> dict[str, list[str]]:
    """Values to try for each parameter: names of entities of its types (spread over the graph), every choice."""
    values: dict[str, list[str]] = {}
    for param in spec.params:
        if param.entity_types:
            names = sorted(e.name for e in extraction.entities if e.type in param.entity_types)
            values[param.name] = names[::max(1, len(names) // CASES_PER_QUERY)]
        elif param.type == "place":  # a city or a country
            places = sorted({e.name for e in extraction.entities if e.type == "Country"} |
                            {str(e.city) for e in extraction.entities if getattr(e, "city", None)})
            values[param.name] = places[::max(1, len(places) // CASES_PER_QUERY)]
        elif param.type.startswith("choice:"):
            values[param.name] = param.type.split(":", 1)[1].split(",")
        elif param.type == "date":
            values[param.name] = ["2020", "2024-06"]
        elif param.type == "int":
            values[param.name] = ["1", "5"]
    return values


def _cases(spec: QuerySpec, extraction: Extraction) -> list[dict[str, str]]:
    """Every required parameter set (the n-th value of each, shifted so two entity parameters differ), then each
    optional parameter alone on top of the first set."""
    values = _values(spec, extraction)
    required = [p.name for p in spec.params if p.required]
    if any(not values.get(name) for name in required):
        return []
    count = max([len(values[name]) for name in required], default=1)
    cases = [{name: values[name][(i + shift) % len(values[name])] for shift, name in enumerate(required)}
             for i in range(count)]
    base = cases[0]
    cases += [{**base, p.name: v} for p in spec.params if not p.required for v in values.get(p.name, [])]
    return cases


def _normal(value: Any) -> Any:
    if isinstance(value, list):
        return sorted((_normal(v) for v in value), key=json.dumps)  # collect() has no order of its own
    if isinstance(value, float):
        return round(value, 9)
    return value


def _answer(store: Store, spec: QuerySpec, params: dict[str, str]) -> Any:
    try:
        rows = [{k: _normal(v) for k, v in row.items()} for row in run(store, spec.name, params)]
    except StoreError as exc:  # a name no entity has, say: both engines must say the same
        return f"{type(exc).__name__}: {exc}"
    ordered = spec.post or _ORDERED.search(spec.text)  # a Python step after the query returns rows in order
    return rows if ordered else sorted(rows, key=lambda r: json.dumps(r, sort_keys=True))


def test_every_canned_query_gives_the_same_rows(both: Loaded) -> None:
    checked = 0
    for spec in catalogue().values():
        cases = _cases(spec, both.extraction)
        assert cases, f"{spec.name}: no parameters to try on this corpus"
        for params in cases:
            embedded, neo4j = _answer(both.embedded, spec, params), _answer(both.neo4j, spec, params)
            assert neo4j == embedded, f"{spec.name} {params}"
            checked += bool(embedded) and not isinstance(embedded, str)
    assert checked >= len(catalogue())  # at least as many non-empty answers as queries


def _export(data: Path, kind: str, out: Path) -> bytes:
    env = {**os.environ, "CKG_DATA_DIR": str(data), "CKG_STORE": kind}
    done = subprocess.run([sys.executable, "-m", "ckg", "export", "--format", "json", "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


def test_export_json_is_identical(both: Loaded, tmp_path: Path) -> None:
    embedded = _export(both.data, "embedded", tmp_path / "embedded.json")
    assert _export(both.data, "neo4j", tmp_path / "neo4j.json") == embedded
    assert len(json.loads(embedded)["nodes"]) == len(both.extraction.entities)
