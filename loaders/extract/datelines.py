"""Datelines: "LYON, France – 15 October 2025 – …", "Phnom Penh – The …", "NUSA DUA, Indonesia – …". The places that
open a paragraph before a dash say where it was written, not who acted (role "dateline"); a town no list knows,
written there with its country, is a place of that country wherever the article names it again ("… was held in Nusa
Dua, Bali")."""

from __future__ import annotations

import re

from graph.keys import slug
from loaders.extract.found import Found, SpanIndex

_DASH = re.compile(r"[^\S\n]+(?:--|[–—-])[^\S\n]+")
_DASH_MARK = re.compile(r"[–—-]")  # a line without one holds no _DASH
_LINE_OPENING = re.compile(r"\n([^\n]{1,80})")  # a paragraph's first 80 characters
_TOWN = re.compile(r"([A-ZÀ-ỸĐ][\w'-]*(?:[ ][A-ZÀ-ỸĐ][\w'-]*){0,3}),[ ]")  # "NUSA DUA, ", "Siem Reap, "


def datelines(text: str, mentions: list[Found]) -> list[Found]:
    """Mark the places of datelines (the first line is the title, which states facts) and return the mentions of the
    towns they teach, as cities of their country."""
    places = SpanIndex([m for m in mentions if m.type in ("Country", "City") and not m.role])
    towns: list[Found] = []
    for line in _LINE_OPENING.finditer(text):
        dashes = list(_DASH.finditer(text, line.start(1), line.end(1))) if _DASH_MARK.search(line.group(1)) else []
        head = dashes[-1].start() if dashes else -1
        if head < 0 or re.search(r"[.!?;:]", text[line.start(1):head]) or len(text[line.start(1):head].split()) > 8:
            continue
        marked = places.within(line.start(1), head)
        for place in marked:
            place.role = "dateline"
        towns += _town_mentions(text, line.start(1), marked)
    return towns


def _town_mentions(text: str, start: int, marked: list[Found]) -> list[Found]:
    """"NUSA DUA, Indonesia –": the town, unknown to every list, is a city of the country after it."""
    town = _TOWN.match(text, start)
    country = next((m for m in marked if m.type == "Country" and town and m.start == town.end()), None)
    if town is None or country is None or any(m.type == "City" and m.start == start for m in marked):
        return []
    name = " ".join(w.capitalize() if w.isupper() else w for w in town.group(1).split())
    again = re.compile(rf"(?<![\w]){re.escape(town.group(1))}(?![\w])", re.IGNORECASE)
    return [Found("City", "city:" + slug(name), m.start(), m.end(), name, {"country": country.name},
                  role="dateline" if m.start() == start else "") for m in again.finditer(text)]
