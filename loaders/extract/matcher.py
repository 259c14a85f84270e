"""Find gazetteer names in a text: Aho-Corasick over the lower-cased text, then checks a regex cannot do fast.

A short or upper-case alias ("ASEAN", "Áo", "C04") must match its case; a one-word alias that is also a common
Vietnamese syllable (Anh, Đức, Lào) must stand apart from other capitalised words, so "Nguyễn Hùng Anh" is no UK.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import ahocorasick

from loaders.extract.gazetteer import Entry, gazetteer, lexicon, written_forms
from loaders.extract.prefilter import lower_case


@dataclass(frozen=True)
class Hit:
    entry: Entry
    start: int
    end: int
    alias: str


@dataclass(frozen=True)
class _Alias:
    """An alias as the automaton holds it, with what its checks ask of it worked out once."""

    entry: Entry
    alias: str
    case_sensitive: bool
    common_noun: bool
    one_word: bool  # one Vietnamese word in mixed case ("Lào", "Anh"): it must stand apart from capitalised words
    false_friends: frozenset[str]  # the words after which it begins a common word ("Pháp luật")


def _alias(entry: Entry, alias: str) -> _Alias:
    return _Alias(entry, alias, _case_sensitive(alias), _common_noun_alias(alias),
                  " " not in alias and not alias.isupper() and not alias.isascii(),
                  frozenset(lexicon()["false_friends"].get(alias) or ()))


def _case_sensitive(alias: str) -> bool:
    return len(alias) <= 5 or alias.isupper() or sum(c.isupper() for c in alias) >= len(alias.replace(" ", "")) / 2


@cache
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for entry in gazetteer().entries.values():
        for alias in [form for written in entry.aliases for form in written_forms(written)]:
            key = alias.lower()
            if len(key) != len(alias) or len(alias) < 2:
                continue
            found = automaton.get(key, [])
            found.append(_alias(entry, alias))
            automaton.add_word(key, found)
    automaton.make_automaton()
    return automaton


@cache
def _hyphen_suffixes() -> tuple[str, ...]:
    """"INTERPOL-led": a name may run into these; any other hyphenated word makes it part of a longer one."""
    return tuple(k for k in lexicon()["compound_roles"] if k.startswith("-"))


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    hyphenated = after == "-" and text[end + 1: end + 2].isalnum() and not text.startswith(_hyphen_suffixes(), end)
    return not (before.isalnum() or after.isalnum() or hyphenated)


def _word_before(text: str, start: int) -> str:
    return text[max(0, start - 30):start].rstrip(" ").split(" ")[-1] if text[start - 1: start] == " " else ""


def _word_after(text: str, end: int) -> str:
    return text[end:end + 30].lstrip(" ").split(" ")[0] if text[end: end + 1] == " " else ""


def _stands_apart(text: str, start: int, end: int) -> bool:
    """A one-word name is not part of a longer capitalised name on either side."""
    neighbours = (_word_before(text, start), _word_after(text, end))
    return not any(w[:1].isupper() and w.isalpha() for w in neighbours)


def _false_friend(text: str, alias: _Alias, end: int) -> bool:
    """"Pháp luật", "Nhật ký": the syllable begins a common word, not a country's name."""
    return bool(alias.false_friends) and _word_after(text, end).rstrip(",.;:") in alias.false_friends


def _common_noun_alias(alias: str) -> bool:
    """"Biên phòng", "Hải quan": a Vietnamese alias capitalised only on its first letter is a common noun as well
    (border guard, customs) and names the body only when written capitalised."""
    return not alias.isascii() and alias[:1].isupper() and sum(c.isupper() for c in alias) == 1


def _accept(text: str, alias: _Alias, start: int, end: int) -> bool:
    if not _bounded(text, start, end) or _false_friend(text, alias, end):
        return False
    if alias.case_sensitive and text[start:end] != alias.alias:
        return False
    if alias.common_noun and text[start:start + 1].islower():
        return False  # "trạm kiểm soát biên phòng": the name is capitalised, the common noun is not
    if alias.one_word and not _stands_apart(text, start, end):
        return False
    return not (alias.entry.needs_preposition and _word_before(text, start).lower() not in {"tại", "ở", "in", "at", "phố", "of"})


def find_names(text: str) -> list[Hit]:
    """Every gazetteer name in ``text``, leftmost-longest, no two overlapping."""
    lowered = lower_case(text)
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    hits: list[Hit] = []
    for end_index, found in _automaton().iter(lowered):
        for alias in found:
            start, end = end_index - len(alias.alias) + 1, end_index + 1
            if _accept(text, alias, start, end):
                hits.append(Hit(alias.entry, start, end, alias.alias))
    return _leftmost_longest(hits)


def _leftmost_longest(hits: list[Hit]) -> list[Hit]:
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            if hit.end - hit.start > out[-1].end - out[-1].start and hit.start == out[-1].start:
                out[-1] = hit
            continue
        out.append(hit)
    return out
