"""Meetings of a series named by an acronym and an ordinal ("the 29th ADLOMICO", "HONLEA lần thứ 42"), with no
meeting word: the acronym must name no known body or operation.

>>> [m.name for m in series_meetings("The 29th ADLOMICO was held in Bangkok; the 3rd WCO team met.")]
['29th ADLOMICO']
"""

from __future__ import annotations

import re

from graph.keys import short_hash
from loaders.extract.found import Found
from loaders.extract.gazetteer import gazetteer


def series_meetings(text: str) -> list[Found]:
    """"The 29th ADLOMICO", "HONLEA lần thứ 42": an ordinal with an acronym that names no known body or operation
    names one meeting of a series."""
    acronym = r"([A-Z][A-Z-]{2,}[A-Z])(?![\w-])"
    ordinal_after = r"\s+lần thứ\s+(?:\d{1,3}|[IVXL]+)(?![\w])"
    pattern = re.compile(rf"(?<![\w])(?:\d{{1,3}}(?:st|nd|rd|th)\s+{acronym}|{acronym}{ordinal_after})")
    out = []
    for match in pattern.finditer(text):
        if (match.group(1) or match.group(2)) in gazetteer().names:
            continue
        name = match.group(0)
        out.append(Found("Meeting", "meeting:" + short_hash(name), match.start(), match.end(), name,
                         {"kind": "meeting", "alias": name}))
    return out
