"""Units named with their parent: "Cục Chống buôn lậu (Hải quan Trung Quốc)", "Cục X - Tổng cục Hải quan",
"Investigation Bureau of KCS", "RILO AP/WCO", "Cục X (C04), Bộ Công an", "the INTERPOL Environmental Security Unit"."""

from __future__ import annotations

import re
from functools import cache

from graph.keys import entity_id, slug
from loaders.extract.agencies import agency_found, counterpart_id, generic_words
from loaders.extract.found import Found, SpanIndex, words_pattern
from loaders.extract.gazetteer import Entry, gazetteer, home_country, lexicon
from loaders.extract.word_regex import words_regex

_SPLIT_PAIR = re.compile(r"(?i)phòng,\s*chống")  # "phòng, chống" (prevent and combat) is one term


@cache
def _names_before() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A Vietnamese unit's name ending where the brackets open, a head joined to an earlier one in it, an English
    unit's name (never opening with "The")."""
    heads = words_pattern(lexicon()["agency_heads_vi"])
    head_en = words_pattern(lexicon()["agency_heads_en"] + lexicon()["sub_unit_heads_en"])  # attached: a division too
    joiners = words_pattern(["và", "cùng", *lexicon()["subject_joiners"]])
    return (re.compile(rf"{heads}(?!\s+trưởng)(?:,?\s+[\wÀ-ỹđĐ-]+){{1,14}}\s*$"),
            re.compile(rf"\s{joiners}\s+(?={heads})"),
            re.compile(rf"(?<![\w-])(?!(?:The|A|An)\s)(?:[A-Z][\w-]*\s+(?:(?:of|and|for|the)\s+)?){{1,6}}{head_en}\s*$"))


def unit_name_before(text: str, paren_start: int) -> re.Match[str] | None:
    vi_name, joined_head, en_name = _names_before()
    floor = max(0, paren_start - 120)  # the text is searched up to paren_start, never copied: no cost per length
    vi = vi_name.search(text, floor, paren_start)
    joined = list(joined_head.finditer(vi.group(0))) if vi else []
    if vi and joined:  # "Bộ Công an và / phối hợp với Cơ quan X (…)": the name begins at the last head joined so
        vi = vi_name.search(text, vi.start() + joined[-1].end(), paren_start)
    en = en_name.search(text, floor, paren_start)
    match = vi or en
    if match and not re.search(r"[,;]", _SPLIT_PAIR.sub("phòng chống", match.group(0))):
        return match
    return None


_BODIES = {"international_org", "working_group"}


@cache
def _locality() -> re.Pattern[str]:
    """"thuộc Công an tỉnh Lạng Sơn": a national body's name going on with a locality names a local branch (found
    later, by loaders/extract/local.py), which is the parent."""
    return re.compile(rf"\s+{words_pattern(lexicon()['locality_words_vi'])}\s")


def _can_be_unit(unit: Found, parent: Found) -> bool:
    """An international body in front of brackets is explained by them, not a unit of what they name, unless the
    gazetteer makes it part or a member of that body ("RILO AP/WCO", "RILO AP - WCO")."""
    entry = gazetteer().get(unit.key)
    declared = entry.parent if entry else None
    if entry is not None and parent.key in (entry.parent, entry.member_of):
        return True
    return unit.attrs.get("kind") not in _BODIES and declared in (None, parent.key)


_JOINED = re.compile(r"(?:\s+[-–]\s+|/|\s+(?:of the|of|thuộc|trực thuộc)\s+)$")
_COMMA = re.compile(r",\s+$")


def _connector(text: str, parent: Found) -> int | None:
    """Where the words joining a unit to its parent begin: "Unit (Parent)", "Unit - Parent", "Unit of (the) Parent",
    "Unit thuộc Parent"; None when the parent stands alone."""
    if text[parent.start - 1: parent.start] == "(" and text[parent.end: parent.end + 1] == ")":
        return parent.start - 1
    joined = _JOINED.search(text, max(0, parent.start - 14), parent.start)
    if joined is None and parent.attrs.get("kind") == "ministry":  # "Cục X (C04), Bộ Công an": a unit, its ministry
        joined = _COMMA.search(text, max(0, parent.start - 3), parent.start)
    return joined.start() if joined else None


@cache
def _post_before() -> re.Pattern[str]:
    posts = [t["phrase"] for t in lexicon()["titles"] if t["phrase"].isascii()]
    return words_regex(posts, tail=r"\s+of\s+(?:the\s+)?$")


def _in_a_post(text: str, match: re.Match[str]) -> bool:
    """"Head of the Intelligence Division of the Anti-Smuggling Department": a division, section or desk named in
    someone's post is part of the post, no body of the graph (a department or bureau is)."""
    last = match.group(0).split()[-1]
    return last in lexicon()["sub_unit_heads_en"] and last not in lexicon()["agency_heads_en"] and \
        _post_before().search(text, max(0, match.start() - 40), match.start()) is not None


def _unit_before(text: str, parent: Found, at: int) -> Found | None:
    match = unit_name_before(text, at)
    if match is None or _in_a_post(text, match):
        return None
    unit_text = match.group(0).strip()
    if text[at:at + 1] == "(" and not unit_text.isascii() and text[parent.start:parent.end].isascii():
        entry = gazetteer().get(parent.key) or Entry(parent.key, "Agency", parent.name)
        same = agency_found(entry, match.start(), parent.end + 1)
        same.attrs["alias"] = unit_text  # a Vietnamese description with the English name in brackets: one body
        return same
    known = next((u for u in gazetteer().units_of(parent.key) if unit_text in u.unit_names), None)
    plain = _SPLIT_PAIR.sub("phòng chống", unit_text)  # "Cục Phòng, chống ma túy thuộc …"
    if known is None and text[at:at + 1] != "(" and not re.fullmatch(r"[A-ZÀ-Ỹ][\w-]*(?:\s+[\w-]+){1,6}", plain):
        return None
    unit = known or Entry(entity_id("Agency", slug(f"{unit_text} {parent.name}")), "Agency",
                          f"{unit_text} ({parent.name})", country=parent.attrs.get("country"), kind=parent.attrs.get("kind"))
    end = parent.end + (1 if text[at:at + 1] == "(" else 0)
    found_unit = agency_found(unit, match.start(), end)
    found_unit.attrs["alias"] = text[match.start():end]
    found_unit.attrs["unit_name"] = unit_text  # how the text names the unit alone
    found_unit.links.append(("PART_OF", parent.key))
    return found_unit


def units(text: str, found: list[Found]) -> list[Found]:
    """A unit named with its parent ("Cục Chống buôn lậu (Hải quan Trung Quốc)", "Cục X - Tổng cục Hải quan",
    "Investigation Bureau of KCS"); the parent link is kept on the unit's mention."""
    out = []
    agencies = [f for f in found if f.type == "Agency"]
    by_end: dict[int, list[Found]] = {}
    for agency in agencies:  # one name may be found twice (gazetteer and acronym): both carry the link
        by_end.setdefault(agency.end, []).append(agency)
    index = SpanIndex(agencies)
    countries = {f.start: f for f in found if f.type == "Country"}
    for parent in agencies:
        at = _connector(text, parent)
        if at is None or _locality().match(text, parent.end) or any(
                f.key == parent.key and f.start < parent.start <= f.end and f is not parent
                for f in index.overlapping(parent.start - 1, parent.start + 1)):
            continue  # "Cơ quan … Hoa Kỳ (DEA)": a name that defines the acronym is that agency, not its unit
        parent = _abroad(text, parent, countries)
        before = by_end.get(at) or by_end.get(at - 1) or []
        for named in before:
            if named.key != parent.key and _can_be_unit(named, parent):
                named.links.append(("PART_OF", parent.key))
                parent.role = "part"
        if before:
            continue
        unit = _unit_before(text, parent, at)
        if unit is not None:
            out.append(unit)
    return out


def _abroad(text: str, parent: Found, countries: dict[int, Found]) -> Found:
    """"thuộc Bộ Công an Lào": a home body's name with a foreign country right after it is that country's counterpart
    (as loaders/extract/agencies.counterparts names it), and so is the parent of the unit named before."""
    country = countries.get(parent.end + 1) if text[parent.end:parent.end + 1] == " " else None
    entry = gazetteer().get(country.key) if country else None
    home = home_country()
    if country is None or entry is None or home is None or entry.id == home.id or parent.attrs.get("country") != home.name:
        return parent
    return Found("Agency", counterpart_id(parent.key, entry.id), parent.start, country.end,
                 text[parent.start:country.end], {**parent.attrs, "country": entry.name})


@cache
def _unit_after() -> re.Pattern[str]:
    """A unit's own name after its parent's: capitalised words ending in an agency word, with a tail ("for Asia and
    the Pacific")."""
    heads = words_pattern(lexicon()["agency_heads_en"])  # a team or desk is below what the graph names
    word = r"[A-Z][\w-]*"
    tail = rf"(?:\s+(?:for|of|on)\s+(?:the\s+)?{word}(?:\s+(?:and\s+)?(?:the\s+)?{word})*)?"
    joined = r"(?:(?:and|&)\s+(?=[A-Z][a-z]))?"  # "Compliance and Facilitation Directorate"; not "… and PNG Customs"
    return re.compile(rf" (?:{word}\s+{joined})+?{heads}{tail}(?![\w])")


_OWNED = re.compile(r"['’]s ")


def _declared_unit(unit: Found | None, parent: Found) -> bool:
    """The gazetteer makes ``unit`` part or member of ``parent``; a working group has members, it is no unit of its
    convener."""
    entry = gazetteer().get(unit.key) if unit is not None and unit is not parent else None
    return entry is not None and parent.key in (entry.parent, entry.member_of) and entry.kind != "working_group"


def _new_unit(text: str, parent: Found, index: SpanIndex) -> Found | None:
    """The unit named after ``parent`` (or owned by it), a new agency; None where no unit's name follows."""
    owner = _OWNED.match(text, parent.end)
    match = _unit_after().match(text, owner.end() - 1 if owner else parent.end)
    if match is None or generic_words(match.group(0).split()) or re.match(r"\s*\(", text[match.end():match.end() + 3]) \
            or set(match.group(0).split()) & set(lexicon()["person_nouns"]):
        return None  # "INTERPOL's General Secretariat" is INTERPOL itself; an acronym after the name defines it; "ABF
        # Commissioner X and …": a post and a person, no unit
    if any(f.end > match.end() for f in index.overlapping(match.start() + 1, match.end())):
        return None  # "Vietnam's Drug Crime Investigation Police Department (C04)": a longer name found runs on
    for same in index.within(match.start() + 1, match.end()):
        same.attrs["replaced"] = True  # the unit's own words, found alone ("Anti-Smuggling Bureau")
    name = f"{match.group(0).strip()} ({parent.name})" if owner else text[parent.start:match.end()]
    unit = Entry(entity_id("Agency", slug(name)), "Agency", name, country=parent.attrs.get("country"),
                 kind=parent.attrs.get("kind"))
    return agency_found(unit, match.start() + 1 if owner else parent.start, match.end())  # an owner is no word of it


def _owned_after(text: str, owner: Found, starting: dict[int, Found]) -> Found | None:
    """"the BOC's Customs Intelligence and Investigation Service (CIIS)": an agency in no list that another one owns
    is its unit (a listed one is a unit only where the gazetteer says so: "the WCO's RILO network")."""
    mark = _OWNED.match(text, owner.end)
    unit = starting.get(mark.end()) if mark else None
    return unit if unit is not None and unit.key != owner.key and gazetteer().get(unit.key) is None else None


def prefixed_units(text: str, found: list[Found]) -> list[Found]:
    """"the INTERPOL Environmental Security Unit", "the WCO Regional Intelligence Liaison Office for Asia and the
    Pacific", "GACC's Anti-Smuggling Bureau", "WCO Asia Pacific Regional Office … (ROCB A/P)": an agency's name
    written before a unit's (or owning it, or opening its name) is the unit's parent, no party of its own (role
    "part"). The unit is the agency the gazetteer makes part or member of it, else a new agency named by the phrase.

    >>> wco = Found("Agency", "agency:wco", 4, 7, "WCO", {"kind": "international_org"})
    >>> [(u.name, u.links) for u in prefixed_units("The WCO Capacity Building Directorate met.", [wco])]
    [('WCO Capacity Building Directorate', [('PART_OF', 'agency:wco')])]
    """
    agencies = [f for f in found if f.type == "Agency"]
    starting = {f.start: f for f in agencies}
    index = SpanIndex(agencies)
    out = []
    for parent in agencies:
        owned = _owned_after(text, parent, starting)
        named = starting.get(parent.end + 1) if text[parent.end:parent.end + 1] == " " else None
        holder = max(index.starting(parent.start, parent.start + 1), key=lambda f: f.end)
        known = next((u for u in (named, holder) if _declared_unit(u, parent)), None)
        made = None if known is not None or named is not None else _new_unit(text, parent, index)
        known = known or (owned if made is None else None)  # "KCS's Investigation Bureau" is made, "BOC's CIIS" found
        unit = known or made
        if unit is not None:
            unit.links.append(("PART_OF", parent.key))
            parent.role = "part"
        if made is not None:
            out.append(made)
    return out
