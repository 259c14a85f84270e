"""A campaign an article named once with its cue ("Chiến dịch HAECHI V", "Operation Sky Net IV") is named by its bare
series name later ("HAECHI là chuỗi chiến dịch do INTERPOL khởi xướng", "Sky Net IV ended in May"), with its
phase when one follows. Only names no common word could be: two words or more, or one word in capitals; a
series named by one word in lower case is used again only with a phase ("Orion XV ran from …").

>>> text = "Chiến dịch HAECHI V kết thúc. HAECHI là chuỗi chiến dịch do INTERPOL khởi xướng."
>>> from loaders.extract.vietnamese_campaigns import vietnamese_campaigns
>>> from loaders.extract.campaigns import named
>>> [(f.name, f.start) for f in campaign_uses(text, named(text) + vietnamese_campaigns(text))]
[('HAECHI', 30)]
"""

from __future__ import annotations

import re

from loaders.extract.campaigns import number_of, phase_after, phase_found, series_for
from loaders.extract.found import Found, SpanIndex
from loaders.extract.gazetteer import Entry, gazetteer


def _distinctive(name: str) -> bool:
    return len(name.split()) >= 2 or (len(name) >= 3 and name.isupper())


def _series_named(layer: list[Found]) -> dict[str, tuple[Entry, int]]:
    """Each series name the layer holds (a phase's or a campaign's own) -> its entry and where it was first named."""
    out: dict[str, tuple[Entry, int]] = {}
    for found in sorted(layer, key=lambda f: f.start):
        if found.type != "Campaign" or not found.key or found.role == "anaphor":
            continue
        name, key = str(found.attrs.get("series", found.name)), str(found.attrs.get("series_id", found.key))
        if name not in out:
            out[name] = (gazetteer().get(key) or Entry(key, "Campaign", name), found.end)
    return out


def campaign_uses(text: str, layer: list[Found]) -> list[Found]:
    """Later bare uses of the series the layer names (see the module), where no other mention stands."""
    index = SpanIndex(layer)
    out = []
    for name, (entry, after) in _series_named(layer).items():
        if text.find(name, after) < 0:
            continue  # named once: nothing to look for
        for use in re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])").finditer(text, after):
            if index.overlapping(use.start(), use.end()):
                continue
            phase = phase_after(text, use.end(), entry.yearly)
            if phase is None and not _distinctive(name):
                continue  # "Orion" alone may be a word; "Orion XV" is the phase again
            out.append(phase_found(entry, use.start(), phase[1] if phase else use.end(), phase[0] if phase else None))
    return out


_PHASE_WORDS = ("phase", "edition", "round", "stage")
# "Orion XV, the fifteenth phase of the Multinational Naval Strategy Orion": a phase, then its series written out,
# which ends with the words the phase's name opens with. Both are campaigns, no cue needed.
_PHASE_OF_SERIES = re.compile(
    r"(?P<base>[A-Z](?<![\w-][A-Z])[\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})[ \t]+(?P<n>[IVX]{1,5}|\d{1,2}),[ \t]+the[ \t]+"
    rf"(?:[\w-]+[ \t]+)?(?:{'|'.join(_PHASE_WORDS)})[ \t]of[ \t]+(?:the[ \t]+)?"
    r"(?P<series>(?:[A-Z][\w-]*[ \t]+){1,6}?(?P=base))(?![\w-])")


def series_written_out(text: str, layer: list[Found]) -> list[Found]:
    """The phase and its series of such an apposition (see above); a phase the layer already holds keeps its key,
    and the series written out is a mention of that phase's series."""
    if not any(f"{word} of" in text for word in _PHASE_WORDS):
        return []  # the apposition cannot stand: the text is not read again
    index = SpanIndex(layer)
    out = []
    for match in _PHASE_OF_SERIES.finditer(text):
        phase = number_of(match.group("n"))
        if phase is None:
            continue
        held = [f for f in index.overlapping(match.start(), match.end("n")) if f.type == "Campaign"]
        series_id = str(held[0].attrs.get("series_id", held[0].key)) if held else series_for(match.group("base")).id
        entry = gazetteer().get(series_id) or Entry(series_id, "Campaign", match.group("base"))
        out += [] if held else [phase_found(entry, match.start(), match.end("n"), phase)]
        series = phase_found(entry, match.start("series"), match.end("series"), None)
        series.attrs["alias"] = match.group("series")
        out.append(series)
    return out
