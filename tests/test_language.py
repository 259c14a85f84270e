"""The language fast path answers only as py3langid would: on our articles cut every way, on texts of our own in
other languages, on mixtures of them, and on the traps where a naive rule ("many English function words") is wrong."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import py3langid
import pytest
import yaml

import loaders.read.language as language
from loaders.read import read_document
from loaders.read.language import LANGUAGE_PREFIX, decisive, language_of

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo" / "corpus"
SHARED = ROOT.parent / "shared" / "corpus"
SAMPLES = yaml.safe_load((Path(__file__).parent / "language_samples.yaml").read_text(encoding="utf-8"))
OTHERS: dict[str, list[str]] = SAMPLES["other_languages"]
ENGLISH_LIST = SAMPLES["english"][3]  # a paragraph that lists countries: py3langid does not call it English


def _py3langid(text: str) -> str:
    return str(py3langid.classify(text)[0])


def _disagreements(texts: list[str]) -> list[tuple[str, str, str]]:
    """(fast answer, py3langid's, text) wherever the fast path answers and py3langid says otherwise."""
    out = []
    for text in texts:
        fast = decisive(text)
        if fast is not None and fast != _py3langid(text):
            out.append((fast, _py3langid(text), text[:120]))
    return out


def _cuts(content: str) -> Iterator[str]:
    """What language_of would see, every line, prefixes of many lengths and windows from every tenth word."""
    yield " ".join(content[:LANGUAGE_PREFIX].split())
    yield from (" ".join(line.split()) for line in content.split("\n") if line.strip())
    words = content.split()
    yield from (" ".join(words[:n]) for n in (10, 25, 50, 70, 90, 120, 160, 250))
    for start in range(0, len(words), 10):
        yield " ".join(" ".join(words[start:]).split())[:LANGUAGE_PREFIX]


def _contents(folder: Path) -> list[str]:
    return [read_document(path).content for path in sorted(folder.iterdir()) if not path.name.startswith(".")]


def _interleave(first: str, second: str, size: int) -> str:
    a, b = first.split(), second.split()
    return " ".join(w for i in range(0, max(len(a), len(b)), size) for w in a[i:i + size] + b[i:i + size])[:LANGUAGE_PREFIX]


def _traps() -> list[str]:
    """English mixed word by word with a language py3langid then prefers, and a list of countries."""
    english = " ".join(p for p in SAMPLES["english"] if p != ENGLISH_LIST)
    mixed = [_interleave(english, " ".join(OTHERS[lang] * 3), size) for lang in ("so", "sw", "id", "tl", "ms", "ceb")
             for size in (3, 5, 8)]
    return [*mixed, " ".join([ENGLISH_LIST] * 2)]


def test_the_fast_path_gives_py3langids_answer_on_our_articles_cut_every_way() -> None:
    contents = _contents(DEMO)
    texts = [text for content in contents for text in _cuts(content)]
    assert _disagreements(texts) == []
    decided = [decisive(text) for text in texts]
    assert decided.count("vi") >= 10 and decided.count("en") >= 1  # the fast path does answer on plain text
    assert [language_of(c) for c in contents] == [_py3langid(" ".join(c[:LANGUAGE_PREFIX].split())) for c in contents]


def test_texts_in_other_languages_go_to_py3langid() -> None:
    for lang, paragraphs in OTHERS.items():
        for text in [*paragraphs, " ".join(paragraphs * 3)]:
            assert decisive(text) is None, (lang, text[:60])


def test_plain_english_and_vietnamese_of_our_own_are_decided() -> None:
    english = " ".join(p for p in SAMPLES["english"] if p != ENGLISH_LIST)
    vietnamese = " ".join(SAMPLES["vietnamese"])
    assert decisive(english) == _py3langid(english) == "en"
    assert decisive(vietnamese) == _py3langid(vietnamese) == "vi"


def test_mixtures_of_languages_are_decided_as_py3langid_decides_or_not_at_all() -> None:
    rng = random.Random(11)
    paragraphs = {"en": SAMPLES["english"], "vi": SAMPLES["vietnamese"], **OTHERS}
    demo = [line for content in _contents(DEMO) for line in content.split("\n") if len(line.split()) > 8]
    texts = []
    for _ in range(400):
        parts = [rng.choice(demo) for _ in range(rng.randint(1, 4))]
        other = paragraphs[rng.choice(sorted(paragraphs))]
        for _ in range(rng.randint(1, 3)):
            parts.insert(rng.randint(0, len(parts)), rng.choice(other))
        text = " ".join(" ".join(parts).split())
        start = rng.randint(0, max(0, len(text) - 400))
        texts.append(text[start:start + rng.choice([400, 600, 800])])
        texts.append(_interleave(rng.choice(demo) + " " + rng.choice(demo), " ".join(other), rng.randint(2, 10)))
    assert _disagreements(texts) == []


def test_the_traps_are_left_to_py3langid() -> None:
    for text in _traps():
        assert _py3langid(text) != "en" and decisive(text) is None, text[:80]


def test_without_its_guards_the_fast_path_would_be_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    """The traps are real: counting English function words alone calls them English, py3langid does not."""
    english, _ = language._words()
    monkeypatch.setattr(language, "_words", lambda: (english, frozenset()))
    monkeypatch.setattr(language, "ENGLISH_SHARE", 0.0)
    monkeypatch.setattr(language, "ENGLISH_PER_WINDOW", 0)
    assert len(_disagreements(_traps())) >= 10


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared corpus is not here")
def test_the_fast_path_gives_py3langids_answer_on_the_shared_corpus() -> None:
    contents = _contents(SHARED / "seeds") + _contents(SHARED / "dev" / "docs")
    texts = [text for content in contents for text in _cuts(content)]
    texts += [" ".join(s.split()) for c in contents for s in re.split(r"(?<=[.!?])\s+", c) if s.strip()]
    assert _disagreements(texts) == []
