"""A mention found in a document's content view, before resolution turns mentions into entities."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from operator import attrgetter
from typing import Any

from loaders.extract.gazetteer import gazetteer, lexicon
from loaders.extract.prefilter import Openings
from loaders.extract.word_regex import words_regex


@dataclass
class Found:
    type: str  # Agency, Country, Campaign, Meeting, Person, or City (a place, never an entity)
    key: str  # the entity id it refers to (provisional for meetings)
    start: int
    end: int
    name: str
    attrs: dict[str, Any] = field(default_factory=dict)
    # "anaphor" (refers back), "title" (the agency in a person's title), "shadow" (a country standing for its
    # customs administration), "modifier", "tail" (a country after an agency's name: "X of Thailand"), "in_name" (a
    # country named only in or after an agency's name, no country of the document); empty for a plain mention.
    role: str = ""
    inside: Found | None = None  # the meeting or campaign whose name holds this mention
    links: list[tuple[str, str]] = field(default_factory=list)  # (relation type, target key) stated by the mention

    def overlaps(self, other: Found) -> bool:
        return self.start < other.end and other.start < self.end

    def within(self, other: Found) -> bool:
        return other.start <= self.start and self.end <= other.end


def words_pattern(words: list[str]) -> str:
    """An alternation of phrases, longest first, matching whole words only. Rules ask for the same lexicon lists
    on every match: the pattern is built once per list."""
    return _words_pattern(tuple(words))


@cache
def _words_pattern(words: tuple[str, ...]) -> str:
    ordered = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return r"(?<![\w])(?:" + "|".join(ordered) + r")(?![\w])"


@cache
@cache
def lexicon_regex(key: str, flags: int = 0) -> re.Pattern[str]:
    """The words of one lexicon list as a compiled pattern, compiled once."""
    return words_regex(list(lexicon()[key]), flags)


def is_name_word(word: str) -> bool:
    """A capitalised word of a personal name: "Nguyễn", "Kiệt", "Smith", and hyphenated given names of Korean and
    Cantonese romanisation: "Cheon-Jeong", "Jong-wook", "Pui-shan"."""
    first, _, rest = word.partition("-")
    if rest and not (rest.isalpha() and (rest.islower() or (rest[:1].isupper() and rest[1:].islower()))):
        return False
    return first.isalpha() and first[:1].isupper() and (len(first) == 1 or first[1:].islower())



_START_END = attrgetter("start", "end")


class SpanIndex:
    """Mentions by position, so that finding those that overlap or start near a span costs a bisect, not a scan:
    one long document must not make extraction quadratic."""

    def __init__(self, found: list[Found]) -> None:
        self.items = sorted(found, key=_START_END)
        self.starts = [f.start for f in self.items]

    @cached_property
    def longest(self) -> int:
        """The longest mention's length (only ``overlapping`` asks: most indexes never need it)."""
        return max([f.end - f.start for f in self.items], default=0)

    def starting(self, start: int, end: int) -> list[Found]:
        """Mentions that start in ``[start, end)``."""
        return self.items[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def overlapping(self, start: int, end: int) -> list[Found]:
        return [f for f in self.starting(start - self.longest, end) if f.start < end and start < f.end]

    def within(self, start: int, end: int) -> list[Found]:
        return [f for f in self.starting(start, end) if f.end <= end]


def on_lines_with(word: re.Pattern[str] | Openings, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches hold ``word`` and never run over a line: only the lines
    that hold the word are searched (at a line's end the look-aheads see its newline as they would see the end)."""
    done = 0
    for hit in word.finditer(text):
        if hit.start() >= done:
            done = text.find("\n", hit.end()) % (len(text) + 1)  # the line's end, or the text's
            yield from pattern.finditer(text, text.rfind("\n", 0, hit.start()) + 1, done)


def holding(pattern: re.Pattern[str], text: str, words: Iterable[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern each match of which holds one of ``words`` as written: a text that
    holds none of them is not searched (a pattern opening with common letters stops the engine at most of them)."""
    return pattern.finditer(text) if any(word in text for word in words) else iter(())


_OPENING = re.compile(r"\s*\(")


def in_brackets(text: str, end: int, index: SpanIndex, type_: str) -> Found | None:
    """The mention of ``type_`` that fills the brackets right after ``end`` ("… (Lào)", "… (Drug Enforcement
    Administration)")."""
    opening = _OPENING.match(text, end)
    inside = index.starting(opening.end(), opening.end() + 1) if opening else []
    return next((f for f in inside if f.type == type_ and text[f.end:f.end + 1] == ")"), None)


def country_named_before(pattern: re.Pattern[str], text: str, floor: int, at: int) -> Found | None:
    """The country whose name or demonym ``pattern``'s first group finds in ``[floor, at)``, as a mention of its own
    ("The Vietnamese delegation was led by …", "the Lao Ministry of Public Security")."""
    word = pattern.search(text, floor, at)
    entry = gazetteer().country_in(word.group(1)) if word else None
    return Found("Country", entry.id, word.start(1), word.end(1), entry.name) if word and entry else None


SAME_LINE_SPACE = r"[^\S\n]+"  # between the words of a name: a name never runs on from one line (a title) to the next
LIST_JOIN = r"\s*(?:,|và|and|or|hoặc)\s*(?:the\s+)?"  # between two names of one list


def listed(text: str, end: int, candidates: list[Found], opening: str = LIST_JOIN) -> list[Found]:
    """The candidates listed one after another from ``end``: the first after ``opening``, each next one after a
    comma, "và", "and" or "or" ("như Dự án A và dự án B", "Operations A, B and C").

    >>> a, b = Found("Campaign", "a", 3, 4, "A"), Found("Campaign", "b", 9, 10, "B")
    >>> [f.key for f in listed("X, A and B.", 1, [a, b])]
    ['a', 'b']
    """
    out: list[Found] = []
    for candidate in [c for c in candidates if c.start >= end]:
        if not re.fullmatch(LIST_JOIN if out else opening, text[out[-1].end if out else end:candidate.start]):
            break
        out.append(candidate)
    return out



def opens_sentence(text: str, at: int) -> bool:
    """Nothing but spaces between ``at`` and the end of the sentence before it, or the start of the text (the text
    before is not copied: a long document has many)."""
    before = at - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    return before < 0 or text[before] in ".!?"
