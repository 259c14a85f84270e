"""Extraction in a process pool gives exactly the one-process output: the same JSON, byte for byte, and the same
graph once loaded. Realistic text: variants of the real articles when ../shared is present, else generated ones."""

from __future__ import annotations

from pathlib import Path

from bench.corpus import realistic
from graph.dump import dump
from graph.loader import load
from graph.model import Extraction
from graph.stores.base import Store
from loaders.extraction import POOL_MIN_FILES, extract_paths
from loaders.resolve.overrides import Overrides
from tests.helpers import SHARED


def _graph(store: Store, extraction: Extraction, path: Path) -> bytes:
    store.clear()
    load(store, extraction)
    dump(store, path, Overrides())
    return path.read_bytes()


def test_pooled_extraction_is_the_one_process_extraction(tmp_path: Path, store: Store) -> None:
    folder = tmp_path / "corpus"
    paths, _ = realistic(SHARED, folder, POOL_MIN_FILES + 20)
    (folder / "00003-copy.txt").write_bytes(paths[40].read_bytes())  # the same text twice is one document
    (folder / "00050-empty.txt").write_text("", encoding="utf-8")  # an error in the middle keeps its place
    (folder / "00060-bad.pdf").write_bytes(b"not a pdf")
    one = extract_paths([folder], workers=1)
    pooled = extract_paths([folder], workers=2)
    assert len(one.documents) == POOL_MIN_FILES + 20 and len(one.errors) >= 2
    assert pooled.model_dump_json() == one.model_dump_json()
    assert _graph(store, pooled, tmp_path / "pooled.json") == _graph(store, one, tmp_path / "one.json")
