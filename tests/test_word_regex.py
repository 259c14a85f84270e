"""The fast word alternations (loaders/extract/word_regex.py) match exactly what the plain alternation matches: on
every lexicon list, in both cases, with and without a tail, searched from any position, and the trigger phrases
with the same phrase chosen."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.extract.found import words_pattern
from loaders.extract.gazetteer import lexicon
from loaders.extract.relations import _phrase_regex, _triggers
from loaders.extract.word_regex import case_variants, opening, words_regex

LISTS = {key: value for key, value in lexicon().items()
         if isinstance(value, list) and value and all(isinstance(word, str) for word in value)}
TRICKY = ["K", "\u212a", "ſ", "İ", "ı", "Đ", "đ", "ß", "ẞ", "\n", " ", "-", "(", "x", "Ơ", "ợ", "1"]
TAILS = ["", r"\s+$", r"\s+(?:the\s+)?$"]


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    pieces = st.sampled_from(words + TRICKY).map(lambda w: w.upper()) | st.sampled_from(words + TRICKY)
    return st.lists(pieces, max_size=30).flatmap(
        lambda parts: st.lists(st.sampled_from(["", " ", ", ", "\n", "x"]), min_size=len(parts), max_size=len(parts))
        .map(lambda gaps: "".join(p + g for p, g in zip(parts, gaps, strict=True))))


def _spans(pattern: re.Pattern[str], text: str, start: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start)] + [m.span() for m in [pattern.match(text, start)] if m]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(LISTS)), st.data())
def test_words_regex_matches_what_the_plain_alternation_matches(key: str, data: st.DataObject) -> None:
    words = list(LISTS[key])
    text = data.draw(_texts(words))
    start = data.draw(st.integers(0, len(text)))
    for flags in (0, re.IGNORECASE):
        for tail in TAILS:
            plain = re.compile(words_pattern(words) + tail, flags)
            assert _spans(words_regex(words, flags, tail), text, start) == _spans(plain, text, start), (key, flags, tail)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(LISTS)), st.data())
def test_opening_opens_a_larger_pattern_as_the_plain_alternation_does(key: str, data: st.DataObject) -> None:
    words = list(LISTS[key])
    text = data.draw(_texts(words))
    alternatives = "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))
    for whole_word, plain in ((True, words_pattern(words)), (False, rf"(?<![\w])(?:{alternatives})")):
        fast, slow = re.compile(rf"(?P<w>{opening(words, whole_word)})\s*(\d+)?"), re.compile(rf"(?P<w>{plain})\s*(\d+)?")
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], (key, whole_word)


def test_words_of_one_first_letter_keep_their_order_and_case_folds_are_the_engines() -> None:
    words = ["ab", "abc", "a", "Kx", "kxy", "ſt", "st"]
    text = "abc ab a KXY \u212axy ſT st Ab"
    for flags in (0, re.IGNORECASE):
        plain = re.compile(words_pattern(words), flags)
        assert [m.span() for m in words_regex(words, flags).finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group(0) for m in words_regex(words, re.I).finditer(text)] == \
        ["abc", "ab", "a", "KXY", "\u212axy", "ſT", "st", "Ab"]


def test_case_variants_of_the_basic_plane_are_all_there_are() -> None:
    """No character beyond the basic plane folds into one inside it (the sets are read off the basic plane only)."""
    everything = "".join(map(chr, range(0x10000, 0x110000)))
    for character in {word[0] for words in LISTS.values() for word in words} | set(TRICKY):
        assert not re.findall(re.escape(character), everything, re.IGNORECASE), character
        assert character.upper()[:1] in case_variants(character) or len(character.upper()) > 1


def test_the_trigger_alternation_chooses_the_phrase_the_plain_one_chooses() -> None:
    regex, configs = _triggers()
    plain = re.compile(r"(?<![\w])(?:" + "|".join(
        rf"(?P<t{i}>{_phrase_regex(c['phrase'])})" for i, c in enumerate(configs)) + r")(?![\w])", re.I)
    phrases = [c["phrase"].replace(" * ", " rất tích cực ") for c in configs]
    text = " ".join(f"X {p} Y, {p.upper()}; {p}s" for p in phrases)
    found = [(m.span(), m.lastgroup) for m in regex.finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert len(found) >= len(configs)
