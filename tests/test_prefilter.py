"""The trigger phrases tried only where their openings stand (loaders/extract/prefilter.py) give exactly the matches
of the alternation searched through the same span: any text of phrases, their upper case, characters that fold
oddly and gaps, any span of it, the same text asked about again."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.extract.prefilter import Openings
from loaders.extract.relations import _openings, _triggers

PHRASES = [c["phrase"].replace(" * ", " rất tích cực ") for c in _triggers()[1]]
ODD = ["ſ", "ı", "İ", "K", "\u212a", "ẞ", "ß", "Đ", "-", "(", ".", "\n", "x", "1"]


def _spans(matches: object) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in matches]  # type: ignore[attr-defined]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(PHRASES + ODD).map(lambda p: p.upper()) | st.sampled_from(PHRASES + ODD),
                           max_size=25))
    gaps = draw(st.lists(st.sampled_from(["", " ", ", ", "\n", "x", "s "]), min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + g for p, g in zip(pieces, gaps, strict=True))


@settings(max_examples=300, deadline=None)
@given(_texts(), st.data())
def test_openings_find_what_the_alternation_finds(text: str, data: st.DataObject) -> None:
    regex, openings = _triggers()[0], _openings()
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _spans(openings.finditer(text, start, end)) == _spans(regex.finditer(text, start, end))
    assert _spans(openings.finditer(text, 0, len(text))) == _spans(regex.finditer(text))


def test_a_text_with_a_character_that_folds_oddly_is_searched_whole() -> None:
    openings = Openings(re.compile(r"(?<![\w])(?:join|is)(?![\w])", re.I), ["join", "is"])
    assert _spans(openings.finditer("JOIN ıs iſ", 0, 10)) == [((0, 4), None), ((5, 7), None), ((8, 10), None)]
    assert openings.starts("JOIN ıs iſ") is None
    assert _spans(openings.finditer("join is", 0, 7)) == [((0, 4), None), ((5, 7), None)]
    assert openings.starts("join is") == [0, 5]
