"""Word lists compiled for speed: the same matches as ``re.compile(words_pattern(words) + tail, flags)``, written so
that CPython's engine jumps from one possible first letter to the next instead of trying every word at every place.

The engine jumps only when a pattern opens with a set of characters and is not case-insensitive as a whole. So the
first letter is matched by a set holding every character re.IGNORECASE would take for it (asked of the engine
itself), the word boundary before it is checked once that letter is read (``(?<![\\w][\\s\\S])``), and the rest of each word
is matched under a scoped ``(?i:…)``, grouped by first and second letter (the second is read before a group is tried)
so that only the words that begin there are tried.

>>> [m.group(0) for m in words_regex(["meeting", "hội nghị"], re.I).finditer("The MEETING, Hội nghị, meetings")]
['MEETING', 'Hội nghị']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@cache
def _basic_plane() -> str:
    """Every character of Unicode's basic plane: no character beyond it changes case into one inside it."""
    return "".join(map(chr, range(0x10000)))


@cache
def case_variants(character: str) -> frozenset[str]:
    """Every character re.IGNORECASE matches to ``character``, as the engine decides it."""
    return frozenset(re.findall(re.escape(character), _basic_plane(), re.IGNORECASE)) | {character}


@dataclass
class _Group:
    """Items that may match at one place, in their order: their first characters, their second (None when one of
    them has none), and each item's order, second character and the rest of its pattern."""

    first: frozenset[str]
    second: frozenset[str] | None
    members: list[tuple[int, str, str]]

    def clashes(self, first: frozenset[str], second: frozenset[str] | None) -> bool:
        return bool(self.first & first) and (self.second is None or second is None or bool(self.second & second))

    def pattern(self, scoped: str) -> str:
        """The group's branch: its second character is read first, so the engine passes over the group at once."""
        if self.second is None:
            rests = [re.escape(second) + rest for _, second, rest in self.members]
            return rf"(?<={_character_set(self.first)})" + scoped.format("|".join(rests))
        behind = rf"(?<={_character_set(self.first)}[\s\S])"
        return _character_set(self.second) + behind + scoped.format("|".join(rest for _, _, rest in self.members))


def _groups(items: tuple[tuple[str, str], ...], ignore_case: bool) -> list[_Group]:
    """The items grouped by the characters they can begin with; two items that might match at one place are always
    in one group, in their order, so the engine's choice between them never changes."""
    def variants(character: str) -> frozenset[str]:
        return case_variants(character) if ignore_case else frozenset(character)

    groups: list[_Group] = []
    for order, (head, rest) in enumerate(items):
        first, second = variants(head[0]), variants(head[1]) if len(head) > 1 else None
        clashing = [g for g in groups if g.clashes(first, second)]
        seconds = [s for s in [second, *(g.second for g in clashing)] if s is not None]
        merged = _Group(frozenset(first.union(*(g.first for g in clashing))),
                        frozenset().union(*seconds) if len(seconds) == len(clashing) + 1 else None,
                        sorted([m for g in clashing for m in g.members] + [(order, head[1:], rest)]))
        groups = [g for g in groups if g not in clashing] + [merged]
    return groups


def _character_set(characters: frozenset[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(characters)) + "]"


def _body(items: tuple[tuple[str, str], ...], ignore_case: bool, whole_word: bool = True, not_after: str = "") -> str:
    scoped = "(?i:{})" if ignore_case else "(?:{})"
    groups = _groups(items, ignore_case)
    first = frozenset().union(*(g.first for g in groups))
    branches = "|".join(g.pattern(scoped) for g in groups)
    behind = rf"(?<![\w{re.escape(not_after)}][\s\S])"
    return _character_set(first) + behind + "(?:" + branches + ")" + (r"(?![\w])" if whole_word else "")


@cache
def alternation(items: tuple[tuple[str, str], ...], flags: int = 0, tail: str = "") -> re.Pattern[str]:
    """``(?<![\\w])(?:head1rest1|head2rest2|…)(?![\\w])`` + ``tail`` under ``flags``, for (head: the first one or
    two characters, literally; rest: the pattern after them) items in the order they are to be tried, compiled once."""
    ignore_case = bool(flags & re.IGNORECASE)
    scoped_tail = (f"(?i:{tail})" if ignore_case else tail) if tail else ""
    return re.compile(_body(items, ignore_case) + scoped_tail, flags & ~re.IGNORECASE)


def _items(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The words as alternation items, in ``words_pattern``'s order (longest first)."""
    ordered = sorted(set(words), key=lambda w: len(re.escape(w)), reverse=True)
    return tuple((w[:2], re.escape(w[2:])) for w in ordered)


def words_regex(words: list[str] | tuple[str, ...], flags: int = 0, tail: str = "") -> re.Pattern[str]:
    """The alternation of ``words`` (whole words, longest first, as ``words_pattern`` orders them) and ``tail``."""
    return _words_regex(tuple(words), flags, tail)


@cache
def _words_regex(words: tuple[str, ...], flags: int, tail: str) -> re.Pattern[str]:
    return alternation(_items(words), flags, tail)


def as_written(words: list[str]) -> list[str]:
    """Words as written, in lower case, and capitalised ("conference", "Conference")."""
    return words + [w.lower() for w in words] + [w[:1].upper() + w[1:] for w in words]


def opening(words: list[str] | tuple[str, ...], whole_word: bool = True, not_after: str = "") -> str:
    """The text of a case-sensitive pattern that opens with one of ``words`` (after no word character, nor one of
    ``not_after``), for a larger pattern compiled without re.IGNORECASE; ``whole_word=False`` lets the word run on
    ("OMD" in "OMD5")."""
    return _opening(tuple(words), whole_word, not_after)


@cache
def _opening(words: tuple[str, ...], whole_word: bool, not_after: str) -> str:
    return _body(_items(words), False, whole_word, not_after)
