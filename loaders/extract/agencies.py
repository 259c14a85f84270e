"""Agencies beyond plain gazetteer names: a unit next to its parent ("Cục Chống buôn lậu (Hải quan Trung Quốc)"),
a long name defining an acronym ("Drug Enforcement Administration (DEA)"), English names in no list
("Narcotics Control Bureau"), and customs enumerations ("cơ quan Hải quan 9 nước ASEAN gồm: Việt Nam, Brunei…")."""

from __future__ import annotations

import re
from functools import cache

from graph.keys import entity_id, slug
from loaders.extract.found import Found, SpanIndex, words_pattern
from loaders.extract.gazetteer import Entry, gazetteer, lexicon


def agency_found(entry: Entry, start: int, end: int) -> Found:
    return Found("Agency", entry.id, start, end, entry.name, {"country": entry.country, "kind": entry.kind})


def _unit_name_before(text: str, paren_start: int) -> re.Match[str] | None:
    heads = words_pattern(lexicon()["agency_heads_vi"])
    head_en = words_pattern(lexicon()["agency_heads_en"])
    floor = max(0, paren_start - 120)
    window = text[:paren_start]
    vi_name = re.compile(rf"{heads}(?!\s+trưởng)(?:,?\s+[\wÀ-ỹđĐ-]+){{1,14}}\s*$")
    vi = vi_name.search(window, floor)
    joined = list(re.finditer(rf"\s(?:và|cùng)\s+(?={heads})", vi.group(0))) if vi else []
    if vi and joined:  # "Bộ Công an và Cơ quan X (…)": the name begins at the last head joined by "và"
        vi = vi_name.search(window, vi.start() + joined[-1].end())
    en = re.compile(rf"(?:[A-Z][\w-]*\s+(?:(?:of|and|for|the)\s+)?){{1,6}}{head_en}\s*$").search(window, floor)
    match = vi or en
    if match and not re.search(r"[,;]", re.sub(r"(?i)phòng,\s*chống", "phòng chống", match.group(0))):
        return match
    return None


_BODIES = {"international_org", "working_group"}


def _can_be_unit(unit: Found, parent: Found) -> bool:
    """An international body in front of brackets is explained by them, not a unit of what they name, unless the
    gazetteer makes it part or a member of that body ("RILO AP/WCO", "RILO AP - WCO")."""
    entry = gazetteer().get(unit.key)
    declared = entry.parent if entry else None
    if entry is not None and parent.key in (entry.parent, entry.member_of):
        return True
    return unit.attrs.get("kind") not in _BODIES and declared in (None, parent.key)


def _connector(text: str, parent: Found) -> int | None:
    """Where the words joining a unit to its parent begin: "Unit (Parent)", "Unit - Parent", "Unit of (the) Parent",
    "Unit thuộc Parent"; None when the parent stands alone."""
    if text[parent.start - 1: parent.start] == "(" and text[parent.end: parent.end + 1] == ")":
        return parent.start - 1
    joined = re.compile(r"(?:\s+[-–]\s+|/|\s+(?:of the|of|thuộc|trực thuộc)\s+)$").search(text, max(0, parent.start - 14),
                                                                                      parent.start)
    if joined is None and parent.attrs.get("kind") == "ministry":  # "Cục X (C04), Bộ Công an": a unit, its ministry
        joined = re.compile(r",\s+$").search(text, max(0, parent.start - 3), parent.start)
    return joined.start() if joined else None


def _unit_before(text: str, parent: Found, at: int) -> Found | None:
    match = _unit_name_before(text, at)
    if match is None:
        return None
    unit_text = match.group(0).strip()
    if text[at:at + 1] == "(" and not unit_text.isascii() and text[parent.start:parent.end].isascii():
        entry = gazetteer().get(parent.key) or Entry(parent.key, "Agency", parent.name)
        same = agency_found(entry, match.start(), parent.end + 1)
        same.attrs["alias"] = unit_text  # a Vietnamese description with the English name in brackets: one body
        return same
    known = next((u for u in gazetteer().units_of(parent.key) if unit_text in u.unit_names), None)
    if known is None and text[at:at + 1] != "(" and not re.fullmatch(r"[A-ZÀ-Ỹ][\w-]*(?:\s+[\w-]+){1,6}", unit_text):
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
    for parent in agencies:
        at = _connector(text, parent)
        if at is None or any(f.key == parent.key and f.start < parent.start <= f.end for f in agencies if f is not parent):
            continue  # "Cơ quan … Hoa Kỳ (DEA)": a name that defines the acronym is that agency, not its unit
        before = by_end.get(at) or by_end.get(at - 1) or []
        for unit in before:
            if unit.key != parent.key and _can_be_unit(unit, parent):
                unit.links.append(("PART_OF", parent.key))
                parent.role = "part"
        if before:
            continue
        unit = _unit_before(text, parent, at)
        if unit is not None:
            out.append(unit)
    return out


_JOINERS = {"of", "and", "for", "the", "on", "&"}


def _initials_name_before(text: str, paren: int, acronym: str) -> int | None:
    """Where an English name whose initials spell the acronym begins: "Permanent Forum of International
    Pharmaceutical Crime (PFIPC)", "Korea Customs Cooperation Fund (CCF/Korea)" (capitalised words just before it
    belong to the name too)."""
    letters = re.sub(r"[^A-Z]", "", re.split(r"[/-]", acronym)[0])
    words = list(re.finditer(r"[\w&'-]+", text[max(0, paren - 160):paren]))
    offset, wanted, begin = max(0, paren - 160), list(letters), None
    for word in reversed(words):
        token = word.group(0)
        if token in _JOINERS and wanted and begin is not None:
            continue
        if not wanted and token[:1].isupper() and token not in {"The", "A", "An"}:
            begin = offset + word.start()
            continue
        if not wanted or not token[:1].isupper() or token[0] != wanted[-1]:
            break
        wanted.pop()
        begin = offset + word.start()
    return begin if not wanted and begin is not None and len(letters) >= 2 else None


def _names_no_body(name: str, acronym: str, found: list[Found], start: int, end: int) -> bool:
    """"Operation Mekong Dragon (OMD)", "Greater Mekong Sub-region (GMS)", "Strategic Plan of Customs Development
    (SPCD)": a campaign, a region or a plan, not a body (a body's name holds a word such as Forum, Fund, Office)."""
    campaign = any(f.type == "Campaign" and start <= f.start < end for f in found)
    known_campaign = any(e.type == "Campaign" and acronym in e.aliases for e in gazetteer().entries.values())
    last = name.split()[-1].lower() if name.split() else ""
    body = re.search(words_pattern(lexicon()["body_words_en"]), name) is not None
    return campaign or known_campaign or last in {w.lower() for w in lexicon()["region_words"]} or not body


def acronym_definitions(text: str, found: list[Found]) -> list[Found]:
    """"<long name> (ACR)": a known acronym absorbs its long name; an unknown one becomes an agency."""
    out = []
    pattern = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&/ -]{1,10}[A-Za-z0-9])\)")
    index = SpanIndex([f for f in found if f.type == "Agency"])
    for match in pattern.finditer(text):
        paren = match.start() - (1 if text[match.start() - 1] == " " else 0)
        name = _unit_name_before(text, paren)
        begin = name.start() if name else _initials_name_before(text, paren, match.group("acr"))
        if begin is None or not re.fullmatch(r"[A-Z][A-Z0-9&/ ]+[A-Z0-9]|[A-Z]{2,}[/-][A-Z][a-z]+", match.group("acr")):
            continue
        start = begin
        determiner = re.match(r"(?:The|A|An|the)\s+", text[start:match.start()])
        start += determiner.end() if determiner else 0
        if name is None and _names_no_body(text[start:paren], match.group("acr"), found, start, match.end()):
            continue
        inner = index.within(start, match.end())
        known = next((f for f in inner if match.start() < f.start), None)
        whole = next((f for f in inner if f.start == start and text[f.end:match.start()].strip() == ""), None)
        known = known or whole  # "Thai Customs Department (TCD)": a new acronym of a known agency
        if known is None and inner and name is not None:  # a head-word name holding a known agency is that agency's
            continue
        entry = gazetteer().get(known.key) if known else None
        acr = match.group("acr")
        entry = entry or Entry(entity_id("Agency", slug(acr)), "Agency", acr)
        result = agency_found(entry, start, match.end())
        result.attrs["alias"] = text[start:match.start()].strip()
        result.attrs["acronym"] = acr
        out.append(result)
    return out


def acronym_uses(text: str, layer: list[Found]) -> list[Found]:
    """"the Thai Customs Department (TCD) … the KCS and the TCD": an acronym the article defined names that agency
    wherever it is used later."""
    index = SpanIndex(layer)
    out: list[Found] = []
    defined = {f.attrs["acronym"]: f for f in layer if f.type == "Agency" and f.attrs.get("acronym")}
    for acronym, definition in defined.items():
        for use in re.compile(rf"(?<![\w/-]){re.escape(acronym)}(?![\w/-])").finditer(text, definition.end):
            if not index.overlapping(use.start(), use.end()):
                out.append(Found("Agency", definition.key, use.start(), use.end(), definition.name,
                                 {k: v for k, v in definition.attrs.items() if k in ("country", "kind")}))
    return out


@cache
def _english_agency() -> re.Pattern[str]:
    heads = words_pattern(lexicon()["agency_heads_en"])
    prefix = words_pattern(lexicon()["agency_heads_en_prefix"])
    word = r"[A-Z][\w-]*"
    run = rf"{word}(?:\s+(?:(?:of|and|for|the|on)\s+)?{word})*"
    tail = rf"(?:\s+(?:of|for|on|against)\s+(?:the\s+)?{run})?"  # "Authority for Combating Drugs"
    return re.compile(rf"(?<![\w])(?:{run}\s+{heads}{tail}|{prefix}\s+(?:the\s+)?{run})(?![\w])")


@cache
def _plain_words() -> frozenset[str]:
    keys = ("meeting_modifiers", "name_joiners", "agency_heads_en", "generic_name_words")
    return frozenset(w.lower() for key in keys for w in lexicon()[key])


def _numeral(word: str) -> bool:
    """"Ninety-three Customs administrations": a number is no part of a name."""
    return all(part.lower() in lexicon()["numerals_en"] for part in word.split("-"))


def _generic(words: list[str]) -> bool:
    """"Regional Customs", "National Police": adjectives and a head word name no one agency."""
    return all(w.lower() in _plain_words() for w in words)


@cache
def _title_prefix() -> re.Pattern[str]:
    titles = "|".join(re.escape(t["phrase"]) for t in lexicon()["titles"] if t["phrase"].isascii())
    return re.compile(rf"^(?:{titles})\s+of\s+(?:the\s+)?")


def _without_title(name: str) -> str:
    """"Director General of the General Department …": the title belongs to a person, not to the agency."""
    return _title_prefix().sub("", name)


def english_names(text: str) -> list[Found]:
    """Capitalised English names ending or starting with an agency word: "Royal Malaysia Police"."""
    out = []
    skip = {"The", "This", "That", "A", "An", "Its", "Our", "Their", "Each", "Leaders", "According", "At", "In"}
    meeting = re.compile(r"\s+(?:" + "|".join(lexicon()["meeting_words"]) + r")", re.I)
    people = set(lexicon()["person_nouns"])
    for match in _english_agency().finditer(text):
        words = _without_title(match.group(0)).split()
        while words and (words[0] in skip or words[0].islower() or (words[0] in people and words[1:2] == ["of"])
                         or _numeral(words[0])):
            words = words[1:]
        if len(words) < 2 or _generic(words) or meeting.match(text, match.end()):
            continue
        name = " ".join(words)
        start = match.end() - len(name)
        country = gazetteer().country_in(name)
        entry = Entry(entity_id("Agency", slug(name)), "Agency", name, country=country.name if country else None)
        out.append(agency_found(entry, start, match.end()))
    return out


def customs_enumerations(text: str, found: list[Found]) -> list[Found]:
    """Countries listed after a customs head stand for their customs administrations."""
    heads = words_pattern(lexicon()["customs_heads"])
    markers = "|".join(re.escape(m) for m in lexicon()["enumeration_markers"])
    out = []
    countries = sorted((f for f in found if f.type == "Country"), key=lambda f: f.start)
    starts = {c.start for c in countries}
    for head in re.finditer(heads, text):
        reach = re.compile(r"[^.;\n]{0,70}").match(text, head.end())
        intros = [m.end() for m in re.finditer(rf"(?:{markers})\s*", text[head.end():reach.end() if reach else head.end()])]
        cursor = next((head.end() + end for end in intros if head.end() + end in starts), None)
        if cursor is None:
            continue
        for country in countries:
            if country.start < cursor:
                continue
            if country.start - cursor > 3 and not re.fullmatch(r"\s*(?:,|và|and)?\s*(?:the\s+)?", text[cursor:country.start]):
                break
            entry = gazetteer().get(country.key)
            customs = gazetteer().customs_of(entry) if entry else None
            if customs is not None:
                stands_for = agency_found(customs, country.start, country.end)
                stands_for.attrs["derived"] = True  # the text names the country, not the agency
                out.append(stands_for)
                country.role = "shadow"
            cursor = country.end
    return out


def descriptors(text: str, found: list[Found]) -> None:
    """"Văn phòng tình báo khu vực RILO AP": a lower-case description before an acronym is part of its name."""
    heads = words_pattern(lexicon()["agency_heads_vi"])
    for item in found:
        if item.type != "Agency" or not text[item.start:item.end].isupper():
            continue
        window = text[max(0, item.start - 60):item.start]
        match = re.search(rf"{heads}(?!\s+trưởng)(?:\s+(?!(?:của|và|với|tại|trong|cho)\s)[a-zà-ỹđ]+){{0,6}}\s+$", window)
        if match and not any(f is not item and f.overlaps(Found("", "", item.start - len(window) + match.start(),
                                                                  item.start, "")) for f in found):
            item.start = item.start - len(window) + match.start()


@cache
def _organisation() -> re.Pattern[str]:
    """A Vietnamese name in no list, from its head to a natural boundary: words go on, a comma or "và" goes on only
    before a capitalised word that starts no other name ("Bộ Môi trường, Lương thực và Nông thôn Anh")."""
    heads = words_pattern(lexicon()["organisation_heads"])
    stops = words_pattern(lexicon()["name_boundaries_vi"])
    word = r"[\wÀ-ỹđĐ-]+"
    capital = r"[A-ZÀ-ỸĐ][\wÀ-ỹđĐ-]*"
    joined = rf"(?:,\s+(?!{heads}){capital}|\s+và\s+(?!{heads}){word}|,\s+chống)"  # "phòng, chống" is one word
    return re.compile(rf"{heads}(?!\s+(?:này|đó|trên)(?![\w]))(?:(?:\s+(?!{stops}){word})|{joined}){{1,14}}")


def organisations(text: str, found: list[Found]) -> list[Found]:
    """Associations and centres ("Hiệp hội gốm sứ"): partners of enforcement, named in the country they work in."""
    out = []
    countries = [f for f in found if f.type == "Country"]
    domestic = gazetteer().get("country:" + str(lexicon()["domestic_country"]).lower())
    for match in _organisation().finditer(text):
        known = [f for f in found if f.type == "Agency" and f.overlaps(Found("", "", match.start(), match.end(), ""))]
        if any(f.start <= match.start() for f in known):
            continue
        inside = [c for c in countries if match.start() <= c.start and c.end <= match.end()]
        located = re.search(r"(?:tại|ở|in)\s+$", text[match.start():inside[-1].start]) if inside else None
        country = gazetteer().get(inside[-1].key) if inside and (located or len(inside) == 1) else domestic
        name = text[match.start():min([match.end()] + [_name_end(text, f.start) for f in known])]
        explained = _explained_by(text, match.start() + len(name), found)
        if explained is not None:  # "Cơ quan phòng, chống ma túy Hoa Kỳ (Drug Enforcement Administration)"
            same = agency_found(gazetteer().get(explained.key) or Entry(explained.key, "Agency", explained.name),
                                match.start(), explained.end + 1)
            same.attrs["alias"] = name
            out.append(same)
            continue
        entry = Entry(entity_id("Agency", slug(name)), "Agency", name, country=country.name if country else None,
                      kind="association" if name.lower().startswith(("hiệp hội", "association")) else "other")
        out.append(agency_found(entry, match.start(), match.start() + len(name)))
    return out


def _explained_by(text: str, end: int, found: list[Found]) -> Found | None:
    """A known agency in brackets right after a name in no list says which agency that name is."""
    opening = re.compile(r"\s*\(").match(text, end)
    if opening is None:
        return None
    return next((f for f in found if f.type == "Agency" and f.start == opening.end() and text[f.end:f.end + 1] == ")"), None)


def _name_end(text: str, other: int) -> int:
    """A name in no list ends before a known agency named after it ("Bộ Công an và Hải quan Lào")."""
    joiner = re.compile(r"(?:,|\s+(?:và|cùng|với))?\s*$").search(text, max(0, other - 12), other)
    return joiner.start() if joiner else other
