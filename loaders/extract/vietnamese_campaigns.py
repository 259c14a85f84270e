"""Campaigns named in Vietnamese after their cue: "Chiến dịch Lá chắn xanh lần thứ 5", "chiến dịch "Mùa xuân an
toàn"". The name is the quoted text, or a capitalised Vietnamese word and the words after it up to a boundary word
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
from loaders.extract.found import Found, words_pattern
from loaders.extract.gazetteer import Entry, lexicon

_UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x1EF9)) if c.isupper() and c.isalpha()}))


@cache
def _named() -> re.Pattern[str]:
    stops = words_pattern(lexicon()["campaign_name_stops_vi"] + lexicon()["phase_words"])
    word = r"[^\W\d_][\w-]*"
    quoted = r"[\"“](?P<quoted>[^\"”\n]{2,60})[\"”]"
    plain = rf"(?P<plain>[{_UPPER}][\w-]*(?:[ \t]+(?!{stops}){word}){{0,4}})"
    peak_stops = words_pattern(lexicon()["peak_campaign_stops_vi"])
    peak = rf"(?P<peak>cao điểm(?:,?[ \t]+(?!{peak_stops})[\w-]+){{1,30}})"  # named by all it says it targets
    cue = r"[Cc](?<![\w][\s\S])hiến dịch"  # its first letter first, so that the engine jumps to it (as in word_regex)
    return re.compile(rf"{cue}[ \t]+(?:{quoted}|{plain}|{peak})")


def vietnamese_campaigns(text: str) -> list[Found]:
    """Campaigns named in Vietnamese (see the module)."""
    out = []
    for match in _named().finditer(text):
        group = next(g for g in ("quoted", "plain", "peak") if match.group(g))
        name = match.group(group).strip()
        if group == "plain" and name.split()[0].isascii():
            continue  # "Chiến dịch Twin Guardian thí điểm": an English name is capitalised throughout (campaigns.named)
        end = match.end(group)
        if group == "peak":  # its year belongs to its name: "… dịp Tết Nguyên đán Ất Tỵ 2025"
            out.append(phase_found(Entry(entity_id("Campaign", slug(name)), "Campaign", name), match.start(), end, None))
            continue
        series = series_for(name)
        inner = split_phase(name.split())[1] if series.name != name else None  # "Mùa xuân 2026"
        after = None if inner else phase_after(text, end, False)
        out.append(phase_found(series, match.start(), after[1] if after else end, after[0] if after else inner))
    return out
