"""Where an alternation of phrases can begin, found once for a whole text: the trigger phrases are looked for in
every sentence, and trying their alternation at each word is costly (CPython's engine tries its branches one by
one), so each sentence tries it only where one of the phrases' literal openings stands.

One Aho-Corasick pass over the lower-cased text finds those openings. It finds every place where the pattern can
match: the pattern matches an opening's characters under re.IGNORECASE, and a character re.IGNORECASE takes for one of
them lower-cases to the same letter, except a few ("ſ" for "s", "ı" for "i"); a text holding one of those, or one
whose lower case is longer, is searched by the pattern itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar, cast

import ahocorasick

from loaders.extract.word_regex import case_variants

T = TypeVar("T")


def last_text(function: Callable[[str], T]) -> Callable[[str], T]:
    """``function``, computed once for the text last asked about: the rules of a document ask about the same text one
    after another. The text and its answer are kept as one tuple, swapped whole, so that threads never mix them."""
    held: tuple[str | None, T | None] = (None, None)

    def cached(text: str) -> T:
        nonlocal held
        last = held
        if last[0] is not text:
            last = (text, function(text))
            held = last
        return cast(T, last[1])

    return cached


lower_case = last_text(str.lower)


class Openings:
    """``pattern.finditer(text, start, end)`` for a ``pattern`` (case-sensitive or not) whose every match begins
    with one of ``openings`` (literal text), tried only where an opening stands."""

    def __init__(self, pattern: re.Pattern[str], openings: Iterable[str]) -> None:
        self.pattern = pattern
        self.automaton = ahocorasick.Automaton()
        odd: set[str] = set()
        for opening in set(openings):
            if len(opening.lower()) != len(opening):
                raise ValueError(f"{opening!r} changes length in lower case")
            odd |= {v for c in opening for v in case_variants(c) if v.lower() != c.lower()}
            self.automaton.add_word(opening.lower(), len(opening))
        self.automaton.make_automaton()
        self.odd = "".join(sorted(odd))  # each looked for with "in": faster than a character class
        self.starts = last_text(self._starts)

    def _starts(self, text: str) -> list[int] | None:
        """The openings' places in ``text``; None: the text is searched with the pattern."""
        lowered = lower_case(text)
        if len(lowered) != len(text) or any(c in text for c in self.odd):
            return None
        return sorted({end - length + 1 for end, length in self.automaton.iter(lowered)})

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        starts = self.starts(text)
        if starts is None:
            yield from self.pattern.finditer(text, start, end)
            return
        cursor = start
        for at in starts[bisect_left(starts, start):bisect_left(starts, end)]:
            if at >= cursor and (match := self.pattern.match(text, at, end)):
                yield match
                cursor = match.end()
