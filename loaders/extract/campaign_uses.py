"""A campaign an article named once with its cue ("Chiến dịch HAECHI V", "Operation Sky Net IV") is named by its bare
series name later ("HAECHI là chuỗi chiến dịch do INTERPOL khởi xướng", "Sky Net IV ended in May"), with its
phase when one follows. Only names no common word could be: two words or more, or one word in capitals.

>>> text = "Chiến dịch HAECHI V kết thúc. HAECHI là chuỗi chiến dịch do INTERPOL khởi xướng."
>>> from loaders.extract.vietnamese_campaigns import vietnamese_campaigns
>>> from loaders.extract.campaigns import named
>>> [(f.name, f.start) for f in campaign_uses(text, named(text) + vietnamese_campaigns(text))]
[('HAECHI', 30)]
"""

from __future__ import annotations

import re

from loaders.extract.campaigns import phase_after, phase_found
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
        if _distinctive(name) and name not in out:
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
            out.append(phase_found(entry, use.start(), phase[1] if phase else use.end(), phase[0] if phase else None))
    return out
