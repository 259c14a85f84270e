"""Where an alternation of phrases can begin, found once for a whole text: the trigger phrases are looked for in
every sentence, and trying their alternation at each word is costly (CPython's engine tries its branches one by
one), so each sentence tries it only where one of the phrases' literal openings stands.

One Aho-Corasick pass over the lower-cased text finds those openings, for every prefiltered pattern at once (each
registers its openings in one shared automaton). It finds every place where a pattern can match: the pattern matches
an opening's characters under re.IGNORECASE, and a character re.IGNORECASE takes for one of them lower-cases to the
same letter, except a few ("ſ" for "s", "ı" for "i"); a text holding one of those, or one whose lower case is longer,
is searched by the pattern itself.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import cache, partial
from typing import TypeVar, cast

import ahocorasick

from loaders.extract.word_regex import case_variants, words_regex

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


class _Scan:
    """The openings of every Openings in one automaton, so that a text is scanned once for all of them: each opening
    carries the Openings it belongs to and its length."""

    def __init__(self) -> None:
        self.lock = threading.Lock()  # two threads may build their first Openings at once
        self.sets: list[tuple[frozenset[str], frozenset[str]]] = []  # by Openings: lower-cased openings, odd characters
        self.starts: Callable[[str], list[list[int] | None]] = last_text(lambda text: [])

    def add(self, openings: frozenset[str], odd: frozenset[str]) -> int:
        """Register a set of openings and the characters that fold oddly for them; its number indexes what ``starts``
        answers (built anew for each set: a scan already running goes on with the automaton it began with)."""
        with self.lock:
            return self._add(openings, odd)

    def _add(self, openings: frozenset[str], odd: frozenset[str]) -> int:
        self.sets.append((openings, odd))
        owners: dict[str, list[tuple[int, int]]] = {}
        for index, (words, _) in enumerate(self.sets):
            for word in words:
                owners.setdefault(word, []).append((index, len(word)))
        automaton = ahocorasick.Automaton()
        for word, items in owners.items():
            automaton.add_word(word, tuple(items))
        automaton.make_automaton()
        self.starts = last_text(partial(_starts_by_set, automaton, tuple(odd for _, odd in self.sets)))
        return len(self.sets) - 1


def _starts_by_set(automaton: ahocorasick.Automaton, odd: tuple[frozenset[str], ...], text: str) -> list[list[int] | None]:
    """Where each set's openings begin in ``text``, in order; None for a set the text must be searched for with its
    pattern (its lower case is longer, or it holds a character that folds oddly for the set)."""
    lowered = lower_case(text)
    if len(lowered) != len(text):
        return [None] * len(odd)
    held = {c for c in frozenset().union(*odd) if c in text}
    starts: list[set[int]] = [set() for _ in odd]
    for end, items in automaton.iter(lowered):
        for index, length in items:
            starts[index].add(end - length + 1)
    return [None if held and not held.isdisjoint(chars) else sorted(found) for chars, found in zip(odd, starts, strict=True)]


_SCAN = _Scan()


class Openings:
    """``pattern.finditer(text, start, end)`` for a ``pattern`` (case-sensitive or not) whose every match begins
    with one of ``openings`` (literal text), tried only where an opening stands."""

    def __init__(self, pattern: re.Pattern[str], openings: Iterable[str]) -> None:
        self.pattern = pattern
        odd: set[str] = set()
        for opening in set(openings):
            if len(opening.lower()) != len(opening):
                raise ValueError(f"{opening!r} changes length in lower case")
            odd |= {v for c in opening for v in case_variants(c) if v.lower() != c.lower()}
        self.index = _SCAN.add(frozenset(opening.lower() for opening in openings), frozenset(odd))

    def starts(self, text: str) -> list[int] | None:
        """The openings' places in ``text``; None: the text is searched with the pattern."""
        return _SCAN.starts(text)[self.index]

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        starts = self.starts(text)
        if starts is None:
            yield from self.pattern.finditer(text, start, end)
            return
        cursor = start
        for index in range(bisect_left(starts, start), bisect_left(starts, end)):  # no slice: search stops early
            at = starts[index]
            if at >= cursor and (match := self.pattern.match(text, at, end)):
                yield match
                cursor = match.end()

    def search(self, text: str, start: int = 0) -> re.Match[str] | None:
        """``pattern.search(text, start)``."""
        return next(self.finditer(text, start), None)


def word_openings(words: Iterable[str]) -> Openings:
    """``words_regex(words)`` tried only where one of the words stands (a text is scanned once for every set)."""
    return _word_openings(tuple(words))


@cache
def _word_openings(words: tuple[str, ...]) -> Openings:
    return Openings(words_regex(words), words)
