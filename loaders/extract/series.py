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

# "29th ADLOMICO", "HONLEA lần thứ 42". The pattern opens with the set of the characters a match begins with (a digit,
# a capital), so that the engine jumps from one to the next (as in word_regex); an acronym that opens the match is
# read from its second letter (group 2).
_SERIES = re.compile(r"[\dA-Z](?<![\w][\s\S])(?:(?<=\d)\d{0,2}(?:st|nd|rd|th)\s+([A-Z][A-Z-]{2,}[A-Z])(?![\w-])"
                     r"|(?<=[A-Z])([A-Z-]{2,}[A-Z])(?![\w-])\s+lần thứ\s+(?:\d{1,3}|[IVXL]+)(?![\w]))")
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\s")  # every match holds this or "lần thứ"


def series_meetings(text: str) -> list[Found]:
    """"The 29th ADLOMICO", "HONLEA lần thứ 42": an ordinal with an acronym that names no known body or operation
    names one meeting of a series."""
    out: list[Found] = []
    if "lần thứ" not in text and not _ORDINAL.search(text):
        return out
    for match in _SERIES.finditer(text):
        if (match.group(1) or text[match.start():match.end(2)]) in gazetteer().names:
            continue
        name = match.group(0)
        out.append(Found("Meeting", "meeting:" + short_hash(name), match.start(), match.end(), name,
                         {"kind": "meeting", "alias": name}))
    return out


_SHORT = re.compile(r"[ \t]*\((?P<short>[A-Z][A-Z-]{1,10}[A-Z][ \t]+\d{1,3})\)")  # "(ASOD 46)"


def short_names(text: str, meetings: list[Found]) -> list[Found]:
    """"Hội nghị Quan chức cao cấp ASEAN về ma túy lần thứ 46 (ASOD 46) … Chủ tịch ASOD 46": a meeting's short name
    in brackets right after its name, an acronym (no operation's) and a number, names that meeting there and wherever
    it stands later."""
    out: list[Found] = []
    for meeting in [m for m in meetings if m.role == "" and m.key]:
        bracket = _SHORT.match(text, meeting.end)
        if bracket is None or gazetteer().names.get(bracket.group("short").split()[0]) == "Campaign":
            continue  # "(OMD 9)": an operation's phase, not the meeting's short name ("(ASEANAPOL 44)" is one)
        short = bracket.group("short")
        attrs = {**meeting.attrs, "alias": short}
        uses = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])").finditer(text, bracket.start("short"))
        out += [Found("Meeting", meeting.key, use.start(), use.end(), meeting.name, attrs) for use in uses]
    return out
