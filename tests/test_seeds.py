"""The real seed articles against their gold annotations; skipped where ../shared is not beside the project."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from loaders.extraction import extract_paths
from tests.helpers import SHARED

SEEDS, GOLD, TOOL = SHARED / "corpus" / "seeds", SHARED / "corpus" / "gold", SHARED / "tools" / "evaluate.py"
pytestmark = [pytest.mark.shared,
              pytest.mark.skipif(not TOOL.exists(), reason="../shared (seed corpus and gold) is not beside the project")]


def _evaluate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("evaluate", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_extraction_meets_the_targets_on_the_seeds() -> None:
    evaluate = _evaluate()
    extraction = extract_paths([SEEDS])
    data = json.loads(extraction.model_dump_json(exclude_none=True))
    result = evaluate.score(data, evaluate.Gold(str(GOLD)), str(SEEDS))
    assert result["entities"]["ALL"]["f1"] >= 0.95
    assert result["links"]["ALL"]["f1"] >= 0.85
    assert result["roles"]["f1"] >= 0.85
    assert result["evidence"]["evidence_found_in_document"] == 1.0


def test_non_nfc_seed_offsets_index_the_normalised_text() -> None:
    extraction = extract_paths([SEEDS])
    for entity in extraction.entities:
        for mention in entity.mentions:
            document = next(d for d in extraction.documents if d.id == mention.document)
            assert document.text[mention.start:mention.end] == mention.text
    assert all(Path(d.source).exists() for d in extraction.documents)
