"""Campaigns named in Vietnamese after their cue: "Chiến dịch Lá chắn xanh lần thứ 5", "chiến dịch "Mùa xuân an
toàn"", "đợt cao điểm phối hợp mang tên "Lá chắn biên giới"", "Chuyên án 318T", "Dự án Nâng cao năng lực kiểm soát
hải quan". The name is the quoted text (after a head of lexicon `quoted_campaign_heads_vi`, a few lower-case words
saying what kind of campaign it is and perhaps a naming word, `campaign_naming_words_vi`), a case's code
(`case_heads_vi`), a project's words, or a capitalised Vietnamese word and the words after it up to a boundary word
(`do`, `của`, `tại`, a phase word…: lexicon `campaign_name_stops_vi`), with its phase after it; a peak campaign
("Chiến dịch cao điểm tấn công, trấn áp tội phạm ma túy …") is named by all it says it targets, up to a boundary word
(lexicon `peak_campaign_stops_vi`). A name that opens with an English word is capitalised throughout and read by
``campaigns.named``.

>>> text = "Cục Hải quan tham gia Chiến dịch Lá chắn xanh lần thứ 5 do WCO điều phối."
>>> [(f.name, f.attrs.get("phase")) for f in vietnamese_campaigns(text)]
[('Lá chắn xanh 5', 5)]
"""

from __future__ import annotations

import re
from functools import cache

from graph.keys import entity_id, slug
from loaders.extract.campaigns import phase_after, phase_found, series_for, split_phase
from loaders.extract.found import Found, holding, words_pattern
from loaders.extract.gazetteer import Entry, lexicon
from loaders.extract.prefilter import Openings
from loaders.extract.word_regex import as_written, opening, words_regex

_UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x1EF9)) if c.isupper() and c.isalpha()}))
_WORD = r"[^\W\d_][\w-]*"
_QUOTED = r"[\"“](?P<quoted>[^\"”\n]{2,60})[\"”]"


@cache
def _named() -> re.Pattern[str]:
    stops = words_pattern(lexicon()["campaign_name_stops_vi"] + lexicon()["phase_words"])
    plain = rf"(?P<plain>[{_UPPER}][\w-]*(?:[ \t]+(?!{stops}){_WORD}){{0,4}})"
    peak_stops = words_pattern(lexicon()["peak_campaign_stops_vi"])
    peak = rf"(?P<peak>cao điểm(?:,?[ \t]+(?!{peak_stops})[\w-]+){{1,30}})"  # named by all it says it targets
    # its first letter first, so that the engine jumps to it (as in word_regex); "Đợt" only before "cao điểm", and
    # not after a word counting several ("nhiều đợt cao điểm truy quét": sweeps, none named)
    cue = r"[CcĐđ](?<![\w][\s\S])(?:(?<=[Cc])hiến dịch|(?<=[Đđ])ợt(?<!nhiều đợt)(?<!các đợt)(?<!những đợt)(?=[ \t]+cao điểm))"
    return re.compile(rf"{cue}[ \t]+(?:{plain}|{peak})")


@cache
def _named_openings() -> Openings:
    """The cue's first letters are among the commonest: the pattern is tried only where a cue stands."""
    return Openings(_named(), ["Chiến dịch", "chiến dịch", "Đợt", "đợt"])


@cache
def _quoted() -> re.Pattern[str]:
    """A head, up to three lower-case words saying what kind of campaign it is ("phối hợp", "chung"), perhaps a naming
    word ("mang tên"), and the quoted name."""
    stops = words_pattern(lexicon()["campaign_name_stops_vi"])
    kind = rf"(?:[ \t]+(?![{_UPPER}])(?!{stops}){_WORD}){{0,3}}?"
    naming = words_pattern(lexicon()["campaign_naming_words_vi"])
    return re.compile(rf"{opening(as_written(lexicon()['quoted_campaign_heads_vi']))}{kind}(?:[ \t]+{naming})?[ \t]+"
                      + _QUOTED)


@cache
def _project() -> re.Pattern[str]:
    """"Dự án Nâng cao năng lực kiểm soát hải quan giai đoạn 2023-2026": a project named by what it does, a capitalised
    word and up to eight words after it, up to a boundary word or a phase word (its years are no phase)."""
    stops = words_pattern(lexicon()["campaign_name_stops_vi"] + lexicon()["phase_words"])
    return re.compile(rf"{opening(['Dự án'])}[ \t]+(?P<name>[{_UPPER}][\w-]*(?:[ \t]+(?!{stops}){_WORD}){{0,8}})")


@cache
def _coded_case() -> re.Pattern[str]:
    """"Chuyên án 625L": a case named by a code holding a digit."""
    return re.compile(rf"{opening(as_written(lexicon()['case_heads_vi']))}[ \t]+(?P<code>[A-Z]*\d[\dA-Z-]*)(?![\w])")


_BRACKETED_NAME = re.compile(r"[ \t]*\(([A-Z][\w-]*(?: [A-Z0-9][\w-]*){0,4})\)")  # "Mê Kông an toàn (Safe Mekong)"


def vietnamese_campaigns(text: str) -> list[Found]:
    """Campaigns named in Vietnamese (see the module); a name in capitals in brackets right after one is another name
    of it ("Chiến dịch Mê Kông an toàn (Safe Mekong)")."""
    found = _vietnamese_campaigns(text)
    for campaign in found:
        if bracketed := _BRACKETED_NAME.match(text, campaign.end):
            campaign.attrs["alias"] = bracketed.group(1)
    return found


def _vietnamese_campaigns(text: str) -> list[Found]:
    out = [_named_campaign(text, m, "quoted", m.group("quoted").strip()) for m in holding(_quoted(), text, '"“')]
    out += [_whole(" ".join(m.group(0).split()), m.start(), m.end())
            for m in holding(_coded_case(), text, as_written(list(lexicon()["case_heads_vi"])))]
    out += [_whole(m.group("name"), m.start(), m.end()) for m in _project().finditer(text)
            if not m.group("name").split()[0].isascii()]  # "Dự án Mekong Dragon": an English name (campaigns.named)
    out += _named_after_naming_word(text)
    for match in _named_openings().finditer(text):
        group = next(g for g in ("plain", "peak") if match.group(g))
        name = match.group(group).strip()
        if group == "plain" and name.split()[0].isascii():
            continue  # "Chiến dịch Twin Guardian thí điểm": an English name is capitalised throughout (campaigns.named)
        end = match.end(group)
        if group == "peak" and not _naming_after().match(text, end):  # "… mang tên "X"": X is its name (_quoted)
            out.append(_whole(name, match.start(), end))  # its year belongs to its name: "… Tết Nguyên đán Ất Tỵ 2025"
        if group == "peak":
            continue
        out.append(_named_campaign(text, match, group, name))
    return out


@cache
def _bare_name() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A naming word and an unquoted name in capitals or capitalised English words ("… mang tên MESH"); a campaign's
    head in the words before it, in its sentence."""
    naming = words_pattern(lexicon()["campaign_naming_words_vi"])
    name = r"(?P<name>[A-Z][A-Za-z0-9-]*(?:[ \t]+[A-Z0-9][A-Za-z0-9-]*){0,3})(?![\w])"
    head = words_regex(as_written(lexicon()["quoted_campaign_heads_vi"]), tail=r"[^.;\n]*$")
    return re.compile(rf"{naming}[ \t]+{name}"), head


def _named_after_naming_word(text: str) -> list[Found]:
    """"Chiến dịch chung ASEAN về kiểm soát tiền chất mang tên MESH": the campaign is named by the name."""
    if "tên" not in text and "danh" not in text and "gọi là" not in text:  # every naming word holds one of these
        return []  # the text is not read again where no naming word stands
    pattern, head = _bare_name()
    return [_whole_or_phase(m.group("name"), m.start("name"), m.end("name")) for m in pattern.finditer(text)
            if head.search(text, max(0, m.start() - 120), m.start())]


def _whole_or_phase(name: str, start: int, end: int) -> Found:
    series, phase = _series_and_phase(name)
    return phase_found(series, start, end, phase)


@cache
def _naming_after() -> re.Pattern[str]:
    return re.compile(rf"[ \t]+{words_pattern(lexicon()['campaign_naming_words_vi'])}[ \t]")


def _whole(name: str, start: int, end: int) -> Found:
    """A campaign whose whole name is its own, no phase of a series."""
    return phase_found(Entry(entity_id("Campaign", slug(name)), "Campaign", name), start, end, None)


def _series_and_phase(name: str) -> tuple[Entry, int | None]:
    """The series a name belongs to and the phase written in it ("Mùa xuân 2026"), if any."""
    series = series_for(name)
    return series, split_phase(name.split())[1] if series.name != name else None


def _named_campaign(text: str, match: re.Match[str], group: str, name: str) -> Found:
    """The campaign ``name`` with the phase in it ("Mùa xuân 2026") or right after it ("lần thứ 5")."""
    end = match.end(group)
    series, inner = _series_and_phase(name)
    after = None if inner else phase_after(text, end, False)
    return phase_found(series, match.start(), after[1] if after else end, after[0] if after else inner)
