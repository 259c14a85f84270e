"""Local branches of national agencies: "Công an tỉnh Quảng Trị", "Bộ đội Biên phòng tỉnh Lào Cai", "Cục Hải quan
TP. Hồ Chí Minh", "Hải quan Quảng Ninh", "Chi cục Hải quan cửa khẩu Móng Cái". A branch word of the lexicon
(`local_agencies_vi`) followed by a province, a city or a border gate names an agency of its own (the provincial
police, not the national police), of the branch's kind, in the home country unless a country in brackets or a
known city places it elsewhere ("Công an tỉnh Savannakhet (Lào)", "Hải quan Nam Ninh"). The names of one branch
("Cục Hải quan tỉnh X", "Hải quan X") are one agency. A branch word with a level and no place ("Công an tỉnh") is
the branch of that kind the text named last.

>>> [(f.name, f.attrs["country"]) for f in local_agencies("Công an tỉnh Quảng Trị và Công an tỉnh Savannakhet (Lào).", [])]
[('Công an tỉnh Quảng Trị', 'Vietnam'), ('Công an tỉnh Savannakhet', 'Vietnam')]
"""

from __future__ import annotations

import re
from functools import cache

from graph.keys import entity_id, slug
from loaders.extract.agencies import agency_found
from loaders.extract.found import Found, SpanIndex, in_brackets, words_pattern
from loaders.extract.gazetteer import Entry, gazetteer, home_country, lexicon
from loaders.extract.prefilter import Openings
from loaders.extract.word_regex import opening

_WORD = r"[^\W\d_][\w'-]*"
_NEXT_WORD = re.compile(rf"(?:\s+|\s*-\s*){_WORD}")


@cache
def _branches() -> dict[str, tuple[str, str]]:
    """Each branch word → (the branch's first name, its kind)."""
    return {name: (branch["names"][0], branch["kind"]) for branch in lexicon()["local_agencies_vi"]
            for name in branch["names"]}


@cache
def _named_by_any_place() -> frozenset[str]:
    """Branch words a capitalised place in no list may follow ("Đồn Biên phòng A Túc": a post named after its
    commune)."""
    return frozenset(name for branch in lexicon()["local_agencies_vi"] if branch.get("any_place")
                     for name in branch["names"])


@cache
def _local() -> Openings:
    """A local branch's head word, its level and its place, tried only where a head word stands."""
    return Openings(_local_pattern(), list(_branches()))


@cache
def _local_pattern() -> re.Pattern[str]:
    levels = words_pattern(lexicon()["locality_words_vi"])
    place = rf"{_WORD}(?:(?:\s+|\s*-\s*){_WORD}){{0,4}}"
    return re.compile(rf"(?P<branch>{opening(list(_branches()))})(?P<level>\s+{levels}\.?)?(?P<place>\s+{place})?")


def _place(words: str) -> str:
    """The capitalised words that begin ``words``: "Quảng Trị đã tham gia" → "Quảng Trị"."""
    kept = []
    for word in _NEXT_WORD.finditer(words):
        if not word.group(0).strip(" -")[:1].isupper():
            break
        kept.append(word.group(0))
    return "".join(kept)


def _branch(text: str, match: re.Match[str], places: SpanIndex) -> tuple[Entry, int] | None:
    """The branch a match names and where its mention ends; None when it names no place. Without a level word
    ("tỉnh") the place must be a known city ("Hải quan Quảng Ninh"; "Hải quan Hàn Quốc" is a country's customs)."""
    place = _place(match.group("place") or "")
    at = match.start("place") + len(place) - len(place.lstrip(" -")) if place else -1
    city = next((f for f in places.starting(at, at + 1) if f.type == "City"), None)
    if not place or (not match.group("level") and city is None and match.group("branch") not in _named_by_any_place()):
        return None
    first, kind = _branches()[match.group("branch")]
    end = match.start("place") + len(place)
    country = in_brackets(text, end, places, "Country")
    where = gazetteer().get(country.key) if country else \
        gazetteer().country_by_name(city.attrs.get("country")) if city else home_country()
    entry = Entry(entity_id("Agency", slug(f"{first} {place}")), "Agency", text[match.start():end],
                  country=where.name if where else None, kind=kind)
    return entry, country.end + 1 if country else end


def local_agencies(text: str, found: list[Found]) -> list[Found]:
    """Local branches (see the module); a national agency's name inside a branch's is marked ``replaced``."""
    places = SpanIndex([f for f in found if f.type in ("Country", "City")])
    agencies = SpanIndex([f for f in found if f.type == "Agency"])
    named_last: dict[str, Entry] = {}
    out = []
    at = 0
    while match := _local().search(text, at):
        branch = _branch(text, match, places)
        first = _branches()[match.group("branch")][0]
        at = branch[1] if branch else match.end("branch")  # the place's words end where its capitals do
        if branch is None and not (match.group("level") and first in named_last):
            continue
        entry, end = branch or (named_last[first], match.end("level") - match.group("level").endswith("."))
        named_last[first], at = entry, end
        out.append(agency_found(entry, match.start(), end))
        out[-1].attrs["branch"] = True
        for inside in agencies.overlapping(match.start(), end):
            inside.attrs["replaced"] = True
    _bracketed_parents(text, out, [f for f in found if f.type == "Agency"] + out)
    return _placed_once(out) + _units_written_before(text, out, agencies)


@cache
def _unit_before() -> re.Pattern[str]:
    """A unit's name right before its branch's, with nothing between ("Phòng Cảnh sát điều tra tội phạm về ma túy
    Công an tỉnh Quảng Trị"): a unit head (lexicon `branch_unit_heads_vi`), a capitalised word ("Phòng họp" is a
    meeting room), and words that end no name."""
    stops = words_pattern(lexicon()["name_boundaries_vi"])
    word = rf"(?:\s+|,\s+(?=chống\s))(?!{stops}(?![\w]))[\wÀ-ỹđĐ-]+"
    return re.compile(rf"{opening(lexicon()['branch_unit_heads_vi'])}(?=\s+[A-ZÀ-ỸĐ])(?:{word}){{1,12}}\s+$")


def _units_written_before(text: str, branches: list[Found], agencies: SpanIndex) -> list[Found]:
    """Units named right before a local branch, new agencies of the branch's country, parts of it."""
    out = []
    for branch in branches:
        named = _unit_before().search(text, max(0, branch.start - 120), branch.start)
        if named is None or agencies.overlapping(named.start(), branch.start):
            continue
        name = named.group(0).strip()
        entry = Entry(entity_id("Agency", slug(f"{name} {branch.name}")), "Agency", f"{name} ({branch.name})",
                      country=branch.attrs.get("country"), kind=branch.attrs.get("kind"))
        unit = agency_found(entry, named.start(), named.start() + len(name))
        unit.links.append(("PART_OF", branch.key))
        unit.attrs["unit_name"] = name
        out.append(unit)
    return out


_OPEN = re.compile(r"\s*\((?:(?:trực\s+)?thuộc\s+)?")  # "(BĐBP tỉnh Điện Biên)", "(thuộc Cục Hải quan)"


def _bracketed_parents(text: str, branches: list[Found], agencies: list[Found]) -> None:
    """"Đồn Biên phòng Cửa khẩu Quốc tế Tây Trang (BĐBP tỉnh Điện Biên)", "Cục Hải quan tỉnh Quảng Ninh (Tổng cục Hải
    quan)", "Chi cục Hải quan khu vực III (thuộc Cục Hải quan)": a branch followed by another body in brackets is part
    of it."""
    starting = {a.start: a for a in agencies}
    for branch in branches:
        opened = _OPEN.match(text, branch.end)
        parent = starting.get(opened.end()) if opened else None
        if parent is not None and parent.key != branch.key and text[parent.end:parent.end + 1] == ")":
            branch.links.append(("PART_OF", parent.key))


def _placed_once(branches: list[Found]) -> list[Found]:
    """"Công an tỉnh Xiêng Khoảng … Công an tỉnh Xiêng Khoảng (Lào)": a branch a bracket places once is in that
    country wherever it is named (the home country is only the default)."""
    home = home_country()
    placed = {b.key: b.attrs["country"] for b in branches if home is None or b.attrs.get("country") != home.name}
    for branch in branches:
        branch.attrs["country"] = placed.get(branch.key, branch.attrs.get("country"))
    return branches
