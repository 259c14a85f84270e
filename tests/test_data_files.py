"""The data files load as meant: YAML 1.1 reads a bare on/off/yes/no as a boolean, which no word list or key
wants (flags such as `needs_cue: true` are values, and stay allowed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

FILES = sorted((Path(__file__).resolve().parents[1] / "loaders" / "data").glob("*.yaml")) + \
    sorted((Path(__file__).resolve().parents[1] / "graph").glob("*.yaml"))


def _booleans(value: Any, path: str) -> list[str]:
    if isinstance(value, dict):
        return [f"{path}/{k}" for k in value if isinstance(k, bool)] + \
            [b for k, v in value.items() for b in _booleans(v, f"{path}/{k}")]
    if isinstance(value, list):
        return [f"{path}[{i}]" for i, v in enumerate(value) if isinstance(v, bool)] + \
            [b for v in value for b in _booleans(v, path)]
    return []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_word_became_a_boolean(path: Path) -> None:
    assert _booleans(yaml.safe_load(path.read_text(encoding="utf-8")), path.name) == []


_DESCRIPTORS = ("cơ quan ", "ngành ", "lực lượng ", "dự án ", "nước ", "the ")


def _aliases(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [a for k, v in value.items() for a in (v if k == "aliases" and isinstance(v, list) else _aliases(v))
                if isinstance(a, str)]
    return [a for v in value for a in _aliases(v)] if isinstance(value, list) else []


@pytest.mark.parametrize("path", [p for p in FILES if p.parent.name == "data"], ids=lambda p: p.name)
def test_no_alias_was_split_at_its_comma(path: Path) -> None:
    """A comma inside an unquoted flow list splits a name in two ("Ủy ban Quốc gia phòng, chống …"): the second half
    then starts in lower case, as only a descriptor may."""
    aliases = _aliases(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert [a for a in aliases if a[:1].islower() and not a.startswith(_DESCRIPTORS)] == []
