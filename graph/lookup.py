"""Name an entity any way an analyst would: any name or alias, either language, with or without diacritics,
either tone placement, a campaign phase as "OMD 5", "Con Rồng Mê Kông 5", "mekong dragon v" or
"OMD giai đoạn 5", a meeting by some words of its name or of its campaign's ("OMD V debriefing"), and a place
as a city or a country. A name that fits several entities gives them all: the queries' rows say which."""

from __future__ import annotations

import difflib
import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from cypher import query, variant
from graph.keys import fold
from graph.stores.base import Store, StoreError

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
          "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16}
_WRITTEN_ROMAN = {str(n) for n in _ROMAN.values()}
_PHASE = re.compile(r"^(?P<base>.+?)\s*(?:giai doan|phase|dot|lan thu)?\s*(?P<n>\d{1,4}|[ivx]{1,5})$")


class NotFound(StoreError):
    """No entity has that name; the message suggests close ones."""


class Wording:
    """Filler words and the words of each meeting kind (graph/lookup.yaml)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.filler: frozenset[str] = frozenset(data["filler"])
        self.kinds: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in data["kinds"].items()}
        self.campaign_words: frozenset[str] = frozenset(data["campaign_words"])


@cache
def wording() -> Wording:
    return Wording(yaml.safe_load((Path(__file__).resolve().parent / "lookup.yaml").read_text(encoding="utf-8")))


def words(text: str) -> set[str]:
    """Folded words, numbers as digits: "33rd" is 33, "VI" is 6.

    >>> sorted(words("Hội nghị lần thứ VI, 33rd"))
    ['33', '6', 'hoi', 'lan', 'nghi', 'thu']
    """
    out: set[str] = set()
    for word in fold(text).split():
        ordinal = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
        out.add(ordinal.group(1) if ordinal else str(_ROMAN[word]) if word in _ROMAN else word)
    return out


def _phase_of(key: str) -> tuple[str, int] | None:
    match = _PHASE.match(key)
    if not match:
        return None
    raw = match.group("n")
    number = int(raw) if raw.isdigit() else _ROMAN.get(raw)
    return (match.group("base").strip(), number) if number else None


def _closest(names: dict[str, str], key: str) -> list[str]:
    """Up to three names (values) whose key is close to ``key``, or failing that, that share most of its words."""
    close = difflib.get_close_matches(key, list(names), n=3, cutoff=0.6)
    if not close:
        wanted = words(key) - wording().filler
        shared = sorted(((_shared(wanted, words(k)), k) for k in names), key=lambda x: (-x[0], x[1]))
        close = [k for n, k in shared if wanted and 2 * n >= len(wanted)][:3]
    return list(dict.fromkeys(names[c] for c in close))


def _shared(wanted: set[str], have: set[str]) -> int:
    """How many wanted words ``have`` holds, misspelt a little or not."""
    return sum(1 for w in wanted if difflib.get_close_matches(w, list(have), n=1, cutoff=0.75))


def _hint(names: list[str]) -> str:
    return "; did you mean " + ", ".join(f"'{n}'" for n in names) + "?" if names else ""


def _suggest(store: Store, types: list[str], key: str) -> str:
    rows = store.read(query("store/suggest.cypher"), {"types": types})
    return _hint(_closest({k: r["name"] for r in rows for k in r["keys"] or []}, key))


def _meetings_by_words(store: Store, name: str) -> list[str]:
    """Meetings that have every word of ``name`` (less filler) among their words, one at least not a word of
    their kind: "bilateral working session" alone names no meeting in particular."""
    wanted = words(name) - wording().filler
    specific = wanted - frozenset().union(*wording().kinds.values())
    if not specific:
        return []
    # the longest word (letters before numbers) narrows the candidates in the store, unless it is a number the
    # store may write in Roman
    narrowing = sorted((w for w in specific if not (w.isdigit() and str(int(w)) in _WRITTEN_ROMAN)),
                       key=lambda w: (not w.isdigit(), len(w), w))
    candidates = store.read(query("store/meeting_candidates.cypher"), {"word": narrowing[-1]}) if narrowing else \
        store.read(query("store/meeting_ids.cypher"), {})
    hits = []
    for row in store.read(query("store/meeting_words.cypher"), {"ids": [r["id"] for r in candidates]}):
        have = set(wording().kinds.get(row["kind"] or "", frozenset())) | {str(row["start"] or "")[:4]}
        for key in [*(row["keys"] or []), *(k for keys in row["about"] or [] for k in keys or []), row["city"] or ""]:
            have |= words(key)
        if wanted <= have:
            hits.append(row["id"])
    return sorted(hits)


def _campaigns(store: Store, key: str) -> list[dict[str, Any]]:
    """Campaigns a folded name names exactly, or as a phase of a series it names ("golden triangle 2025")."""
    rows = store.read(variant("store/lookup_keys.cypher", store.kind), {"types": ["Campaign"], "key": key})
    if not rows and (phase := _phase_of(key)):
        series = store.read(variant("store/lookup_keys.cypher", store.kind), {"types": ["Campaign"], "key": phase[0]})
        if series:
            rows = store.read(query("store/lookup_phase.cypher"), {"series": [r["id"] for r in series], "phase": phase[1]})
    return rows


def find_ids(store: Store, types: list[str], name: str) -> list[str]:
    """Ids of the entities of ``types`` that ``name`` names; raises NotFound with suggestions.
    A campaign may be named with words its stored names lack ("Joint Operation Golden Triangle 2025")."""
    key = fold(name)
    rows = store.read(variant("store/lookup_keys.cypher", store.kind), {"types": types, "key": key})
    if not rows and "Campaign" in types:
        bare = " ".join(w for w in key.split() if w not in wording().campaign_words)
        rows = _campaigns(store, key) or (_campaigns(store, bare) if bare and bare != key else [])
    if not rows and "Meeting" in types:
        rows = [{"id": i} for i in _meetings_by_words(store, name)]
    if not rows and len(key) >= 8:  # a meeting named in part may be any of them; other names: the shortest
        rows = store.read(query("store/lookup_contains.cypher"), {"types": types, "key": key})
        rows = rows if types == ["Meeting"] else rows[:1]
    if not rows:
        raise NotFound(f"no {' or '.join(types).lower()} is called '{name}'{_suggest(store, types, key)}")
    return sorted({r["id"] for r in rows})


def find_place(store: Store, name: str) -> dict[str, list[str]]:
    """A city (as meetings store it, spaces aside: "Ha Noi" is "Hanoi") or a country, or both when both fit."""
    key = fold(name)
    countries = store.read(query("store/lookup_keys.cypher"), {"types": ["Country"], "key": key})
    cities = [r["city"] for r in store.read(query("store/meeting_cities.cypher"), {})]
    matching = [c for c in cities if fold(c).replace(" ", "") == key.replace(" ", "")]
    if not countries and not matching:
        rows = store.read(query("store/suggest.cypher"), {"types": ["Country"]})
        names = {k: r["name"] for r in rows for k in r["keys"] or []} | {fold(c): c for c in cities}
        raise NotFound(f"no city or country is called '{name}'{_hint(_closest(names, key))}")
    return {"countries": [r["id"] for r in countries], "country_names": [r["name"] for r in countries], "cities": matching}


def document_titles(store: Store, ids: list[str]) -> dict[str, str]:
    """How to cite each document: its title, or its source when it has none."""
    rows = store.read(query("store/document_titles.cypher"), {"ids": ids})
    return {r["id"]: r["title"] or r["source"] for r in rows}


def expand(store: Store, entity_type: str, ids: list[str]) -> list[str]:
    """A series with its phases, an agency with its departments."""
    name = {"Campaign": "store/expand_phases.cypher", "Agency": "store/expand_units.cypher"}.get(entity_type)
    if name is None:
        return ids
    rows = store.read(query(name), {"ids": ids})
    return sorted(set(ids) | set(rows[0]["ids"] if rows else []))
