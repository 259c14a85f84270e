"""The trigger phrases tried only where their openings stand (loaders/extract/prefilter.py) give exactly the matches
of the alternation searched through the same span: any text of phrases, their upper case, characters that fold
oddly and gaps, any span of it, the same text asked about again. So do the other whole-text patterns tried that way,
all found by one scan of the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.extract import agencies, campaigns, local, meetings, organisations, people, unnamed, vietnamese_campaigns
from loaders.extract.gazetteer import lexicon
from loaders.extract.prefilter import Openings, word_openings
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


def _whole_text_openings() -> list[tuple[Openings, list[str]]]:
    """Each whole-text pattern the rules try only where an opening stands, with words that make its matches."""
    return [
        (campaigns._cue_first(), [*lexicon()["campaign_cues"], "Pangea", "Lá chắn", "“Mekong", "-Operation"]),
        (word_openings(lexicon()["campaign_anaphora"]), lexicon()["campaign_anaphora"]),
        (word_openings(lexicon()["meeting_anaphora"]), lexicon()["meeting_anaphora"]),
        (word_openings(lexicon()["honorifics"]), [*lexicon()["honorifics"], "Nguyễn", "Lee"]),
        (campaigns._numbered_phase(), ["Giai đoạn", "giai đoạn", "Phase", "phase", "2", "IV", "của", "of"]),
        (vietnamese_campaigns._named_openings(), ["Chiến dịch", "chiến dịch", "Đợt", "đợt", "nhiều", "cao điểm",
                                                  "Lá", "chắn", "chống", "buôn lậu"]),
        (people._title_openings(), [*(str(t["phrase"]) for t in lexicon()["titles"][:80]), "Nguyễn Văn Bình", "Lee"]),
        (meetings._trigger_openings(), [*lexicon()["meeting_words"], "ASEAN", "lần thứ", "29th"]),
        (unnamed._introductions(), unnamed._cue_words()),
        (agencies._english_head(), [*lexicon()["agency_heads_en"], *lexicon()["agency_heads_en_prefix"], "Royal"]),
        (word_openings(lexicon()["customs_heads"]), lexicon()["customs_heads"]),
        (local._local(), [*local._branches(), *lexicon()["locality_words_vi"], "Quảng Trị", "Lào Cai", "-"]),
        (organisations._organisation(), [*lexicon()["organisation_heads"], "Bộ", "trưởng", "Gốm", "và", "sứ"]),
        (organisations._organisation("department_heads_vi", 2),
         [*lexicon()["department_heads_vi"], "Lâm nghiệp", "và", "Kiểm lâm", "này"]),
        (campaigns._operation_words(campaigns._AFTER_WORDS), [*campaigns._AFTER_WORDS, "Programmes"]),
    ]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_every_prefiltered_pattern_finds_what_it_finds_alone(data: st.DataObject) -> None:
    for openings, words in _whole_text_openings():
        pieces = data.draw(st.lists(st.sampled_from(words + ODD).map(str.upper) | st.sampled_from(words + ODD),
                                    max_size=15))
        gaps = data.draw(st.lists(st.sampled_from(["", " ", ", ", "\n", "x", " 3 "]), min_size=len(pieces),
                                  max_size=len(pieces)))
        text = "".join(p + g for p, g in zip(pieces, gaps, strict=True))
        assert _spans(openings.finditer(text)) == _spans(openings.pattern.finditer(text)), text


def test_one_scan_serves_every_set_of_openings() -> None:
    first = Openings(re.compile("(?:join|is)(?![a-z])", re.I), ["join", "is"])
    second = Openings(re.compile("(?:is|this)(?![a-z])", re.I), ["is", "this"])  # shares an opening with the first
    text = "This is a JOIN"
    assert first.starts(text) == [2, 5, 10] and second.starts(text) == [0, 2, 5]
    assert _spans(first.finditer(text)) == [((2, 4), None), ((5, 7), None), ((10, 14), None)]
    assert _spans(second.finditer(text)) == [((0, 4), None), ((5, 7), None)]
