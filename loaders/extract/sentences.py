"""Sentence spans of a content view. Scraped Vietnamese often glues sentences ("ma túy.Cụ thể"); abbreviations
and initials ("T.Bình", "U.S.", "Mr.") do not end one.

>>> [s for s in split_sentences("Một câu.Hai câu. Ba") ]
[(0, 8), (8, 16), (17, 19)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from loaders.extract.gazetteer import lexicon


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(lexicon()["abbreviations"])


_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(\[]?[A-ZĐÀ-Ỹ0-9])|(?<=[a-zà-ỹđ]{2}[.!?])(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])|\n+")
# Where a boundary can start: after a full stop, a question or an exclamation mark, or at a newline.
_CANDIDATE = re.compile(r"[.!?…]|\n")
_INITIALS = re.compile(r"(\w\.)+\w")


def _ends_abbreviation(text: str, cut: int) -> bool:
    head = text[max(0, cut - 12):cut].rstrip()
    if not head.endswith("."):
        return False
    word = head[:-1].split()[-1] if head[:-1].split() else ""
    return word.lower() in _abbreviations() or (len(word) == 1 and word.isupper()) or bool(_INITIALS.fullmatch(word))


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """``_BOUNDARY.finditer(text)``, the pattern tried only where a boundary can start (the engine would try it at
    every character): every match starts after a ``_CANDIDATE`` mark or at a newline, and none is empty but at an
    upper-case letter, where no match can start."""
    resume, tried = 0, -1
    for mark in _CANDIDATE.finditer(text):
        at = mark.start() if mark.group(0) == "\n" else mark.end()
        if at < resume or at == tried:
            continue
        tried = at
        match = _BOUNDARY.match(text, at)
        if match:
            resume = match.end()
            yield match


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _boundaries(text):
        if match.group(0).strip() == "" and "\n" not in match.group(0) and _ends_abbreviation(text, match.start()):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for begin, end in spans:
        chunk = text[begin:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((begin + lead, begin + len(chunk.rstrip())))
    return out
