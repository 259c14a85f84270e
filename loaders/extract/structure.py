"""Facts a document states by the way it names things rather than by a verb: a unit and its parent, an agency and
its country, a phase and its series, a person and the agency in their title, "X thuộc Y" (X is part of Y),
"X-led Operation Y"."""

from __future__ import annotations

import re
from functools import cache

from loaders.extract.facts import Fact, FactSet
from loaders.extract.found import Found, SpanIndex, lexicon_regex, listed
from loaders.extract.gazetteer import gazetteer, lexicon

Span = tuple[int, int]


def _country_key(name: str | None) -> str | None:
    entry = gazetteer().country_by_name(name)
    return entry.id if entry else None


def mention_facts(mention: Found, facts: FactSet, span: Span) -> None:
    for relation, target in mention.links:
        facts.add(Fact(relation, mention.key, target, span, title=mention.attrs.get("title")))
    if mention.type == "Agency":
        country = _country_key(mention.attrs.get("country"))
        if country:
            facts.add(Fact("BELONGS_TO", mention.key, country, span, confidence=0.9))
    if mention.type == "Campaign" and mention.attrs.get("series_id"):
        facts.add(Fact("PHASE_OF", mention.key, mention.attrs["series_id"], span, confidence=0.9))


def countries_named_alone(mentions: list[Found], facts: FactSet) -> None:
    """A country the text names only inside an agency's name ("Hải quan Ấn Độ") or after it ("ONCB of Thailand") is
    that agency's country, kept on the agency, not a country the document speaks of: it gets no node and no
    BELONGS_TO from this document."""
    agencies = SpanIndex([m for m in mentions if m.type == "Agency"])
    alone = set()
    for country in [m for m in mentions if m.type == "Country"]:
        if country.role == "tail" or any(country.within(a) and not a.attrs.get("derived")
                                         for a in agencies.overlapping(country.start, country.end)):
            country.role = "in_name"
        else:
            alone.add(country.key)
    for _, source, target in facts.of("BELONGS_TO"):
        if target not in alone:
            facts.drop("BELONGS_TO", source, target)


def units_in_parents_country(mentions: list[Found], facts: FactSet) -> None:
    """"PC04 là đơn vị trực thuộc Công an tỉnh Quảng Ninh": a unit no name places is in its parent's country."""
    country = {m.key: str(m.attrs["country"]) for m in mentions if m.type == "Agency" and m.attrs.get("country")}
    for _, unit, parent in list(facts.of("PART_OF")):
        place = _country_key(country.get(parent)) if unit not in country else None
        if place is None:
            continue
        country[unit] = country[parent]
        for mention in [m for m in mentions if m.key == unit]:
            mention.attrs["country"] = country[parent]
        facts.add(Fact("BELONGS_TO", unit, place, facts.facts[("PART_OF", unit, parent)][0].sentence, confidence=0.7))


NEAREST_LEADER_REACH = 60  # characters: "… Cục Chống buôn lậu (Hải quan Trung Quốc) do Cục trưởng X"; farther is another clause


def nearest_leader(person: Found, mentions: list[Found], facts: FactSet, span: Span) -> None:
    """"Cục trưởng Tôn Chí Kiệt" after "Cục Chống buôn lậu": a bare title leads the agency named last, close before."""
    if "leads_nearest" not in person.attrs or person.links:
        return
    before = [m for m in mentions if m.type == "Agency" and m.end <= person.start and m.role != "part"
              and person.start - m.end <= NEAREST_LEADER_REACH]
    if before:
        title = f"{person.attrs['leads_nearest']}, {before[-1].name}"
        person.attrs["title"] = title
        facts.add(Fact("LEADS", person.key, before[-1].key, span, confidence=0.7, title=title))


_CLOSING = re.compile(r"\)?\s*")
_APPOSED = re.compile(r"\)?,\s*")


def _part_of_marker(text: str, unit: Found) -> re.Match[str] | None:
    """"X thuộc Y", "X (ACR) under Y", and after a comma only words that say what X is ("X, a unit of Y", "X, which
    operates under Y"; not "X, under the agreement with Y")."""
    closing = _CLOSING.match(text, unit.end)
    found = lexicon_regex("part_of_markers").match(text, closing.end() if closing else unit.end)
    apposed = _APPOSED.match(text, unit.end) if found is None else None
    return found or (lexicon_regex("apposed_unit_markers").match(text, apposed.end()) if apposed else None)


def part_of_phrases(text: str, mentions: list[Found], facts: FactSet, span: Span) -> None:
    agencies = [m for m in mentions if m.type == "Agency" and m.role != "part"]
    parents = sorted([m for m in mentions if m.type == "Agency"], key=lambda m: (m.start, -m.end))
    for unit in agencies:
        found = _part_of_marker(text, unit)
        if not found:
            continue  # a parent may be "part" of a unit's name already; the outermost name at a place is the one
        parent = next((m for m in parents if found.end() <= m.start <= found.end() + 60), None)
        if parent is not None and parent.key != unit.key:
            facts.add(Fact("PART_OF", unit.key, parent.key, span, confidence=0.7))
    for unit, parent in _written_with_parent(text, agencies, parents):
        facts.add(Fact("PART_OF", unit.key, parent.key, span, confidence=0.7))
    _unit_groups(text, agencies, facts, span)
    _subject_unit(text, agencies, facts, span)


_BRACKET = re.compile(r"\s*\((?:(?:trực\s+)?thuộc\s+)?(?:[A-Z][A-Z0-9/&.-]{1,11},\s*)?")  # "(C05, Bộ Công an)", "(thuộc X)"
_BODIES = ("international_org", "working_group")  # no unit of anyone
_AFTER_ACRONYM = re.compile(r"\s*\([A-Z][A-Z0-9/&.-]{1,11}\)\s+")
_SPACES = re.compile(r"\s+")
_OPENING = re.compile(r"\s*\(")


def _written_with_parent(text: str, agencies: list[Found], parents: list[Found]) -> list[tuple[Found, Found]]:
    """"Cục Kiểm lâm (Bộ Nông nghiệp và Phát triển nông thôn)", "Cục … (C05, Bộ Công an)": a body named in brackets,
    whole, after another (and its acronym) is its parent; "Phòng Cảnh sát … (PC05) Công an tỉnh Nghệ An": a
    Vietnamese body right after a unit's acronym too."""
    starting: dict[int, Found] = {}
    out = []
    for unit in agencies:
        if text[unit.end - 1:unit.end] != ")" and not _OPENING.match(text, unit.end):
            continue  # no bracket after it, none closing it: nothing right after the unit is its parent
        starting = starting or {p.start: p for p in reversed(parents)}  # the outermost name at a place
        bracket = _BRACKET.match(text, unit.end)
        parent = starting.get(bracket.end()) if bracket else None
        if parent is None or not text.startswith(")", parent.end):
            closed = text[unit.end - 1:unit.end] == ")"  # the unit's mention holds its acronym, or not
            acronym = (_SPACES if closed else _AFTER_ACRONYM).match(text, unit.end)
            parent = starting.get(acronym.end()) if acronym else None
            parent = parent if parent is not None and not text[parent.start:parent.end].isascii() else None
        if parent is not None and parent.key != unit.key and unit.attrs.get("kind") not in _BODIES:
            out.append((unit, parent))  # "đối tác của ASEAN (Hải quan Hàn Quốc)": brackets after a body explain
    return out


@cache
def _subject_is_a_unit() -> re.Pattern[str]:
    """", là đơn vị thuộc", ", is a unit of (the)": lexicon `subject_unit_markers`, any space between their words."""
    phrases = sorted(lexicon()["subject_unit_markers"], key=len, reverse=True)
    markers = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)
    return re.compile(rf",\s+(?:{markers})(?:(?<=of)\s+the)?\s+")


_PLAIN_OPENING = re.compile(r"\s*(?:The\s+)?")


def _subject_unit(text: str, agencies: list[Found], facts: FactSet, span: Span) -> None:
    """"JTCC được thành lập năm 2018 tại TP Hồ Chí Minh, là đơn vị thuộc Bộ Công an": the body a sentence opens with is
    a unit of the body named right after a later ", là đơn vị thuộc" / ", is a unit of"."""
    if not agencies or not _PLAIN_OPENING.fullmatch(text[span[0]:agencies[0].start]):
        return
    if "," not in text[agencies[0].end:span[1]]:
        return
    marker = _subject_is_a_unit().search(text, agencies[0].end, span[1])
    if marker is None or any(agencies[0].end < m.start < marker.start() for m in agencies):
        return  # another body named between is the one the clause speaks of
    parent = next((m for m in agencies if m.start == marker.end()), None)
    if parent is not None and parent.key != agencies[0].key:
        facts.add(Fact("PART_OF", agencies[0].key, parent.key, span, confidence=0.7))


_GROUP_COMMA = re.compile(r",\s+(?:the\s+)?")
_LISTED = re.compile(r"\s*(?:,|và|and)\s*(?:the\s+)?")


def _unit_groups(text: str, agencies: list[Found], facts: FactSet, span: Span) -> None:
    """"Hải quan Đông Hưng và Hải quan Bằng Tường, hai đơn vị trực thuộc Hải quan Nam Ninh": the bodies listed before
    the marker (lexicon `unit_group_markers`) are all units of the body named right after it."""
    for i, unit in enumerate(agencies):
        group = _GROUP_COMMA.match(text, unit.end) if text.startswith(",", unit.end) else None
        found = lexicon_regex("unit_group_markers", re.I).match(text, group.end()) if group else None
        parent = next((m for m in agencies[i + 1:] if found and 0 < m.start - found.end() <= 6), None)
        if parent is None:
            continue
        members = [unit]
        for before in reversed(agencies[:i]):
            if not _LISTED.fullmatch(text, before.end, members[-1].start):
                break
            members.append(before)
        for member in members:
            if member.key != parent.key:
                facts.add(Fact("PART_OF", member.key, parent.key, span, confidence=0.7))


def compound_roles(text: str, mentions: list[Found], facts: FactSet, span: Span) -> None:
    """"INTERPOL-led Operation Lionfish", "Operation X, a WCO-led operation": the agency written onto the campaign's
    name, or onto an operation word beside it, has that role in it."""
    campaigns = [m for m in mentions if m.type == "Campaign" and m.key and m.role != "anaphor"]
    for agency in [m for m in mentions if m.type == "Agency" and m.role != "part"]:
        for suffix, role in lexicon()["compound_roles"].items():
            if not text.startswith(suffix, agency.end):
                continue
            after = agency.end + len(suffix)
            campaign = next((c for c in campaigns if 0 <= c.start - after <= 12), None) or \
                _apposed(text, agency, after, campaigns) or _introduced(agency, mentions)
            if campaign is not None:
                facts.add(Fact("PARTICIPATED_IN", agency.key, campaign.key, span, {role}))


def _introduced(agency: Found, mentions: list[Found]) -> Found | None:
    """"An INTERPOL-coordinated operation … . Operation Lionfish V …": the operation a phrase holding the compound
    stands for, named before it or, for an indefinite one, after it (see pipeline.resolve_anaphora)."""
    return next((c for c in mentions if c.type == "Campaign" and c.role == "anaphor" and c.key
                 and c.start <= agency.start and agency.end <= c.end), None)


_GENERIC_OPERATION = re.compile(r"\s+(?:(?:joint|global|international|regional|multi-agency)\s+)*"
                                r"(?:operation|campaign|initiative)(?![\w])", re.I)


def _apposed(text: str, agency: Found, after: int, campaigns: list[Found]) -> Found | None:
    """"Operation Blue Shield, a WCO-led operation": the campaign the compound's phrase stands beside."""
    if not _GENERIC_OPERATION.match(text, after):
        return None
    return next((c for c in reversed(campaigns) if c.end <= agency.start
                 and re.fullmatch(r",\s*(?:an?|the)\s+", text[c.end:agency.start])), None)


_LIST_OPENS = r"\)?(?:\s*\([^()]*\))?\s*,?\s*(?:như|such as|including|gồm|namely|:)?\s*"  # "(INCB), như …"


def owned_campaigns(text: str, mentions: list[Found], facts: FactSet, span: Span) -> None:
    """"các dự án của INCB, như Dự án A và dự án B", "the projects of UNODC, such as A": the body whose projects
    they are coordinates each one listed."""
    if not any(m.type == "Campaign" and m.key for m in mentions):
        return
    for cue in lexicon_regex("campaign_owner_cues", re.I).finditer(text, *span):
        owner = next((m for m in mentions if m.type == "Agency" and m.key and cue.end() <= m.start <= cue.end() + 5), None)
        if owner is None:
            continue
        campaigns = [m for m in mentions if m.type == "Campaign" and m.key]
        for campaign in listed(text, owner.end, campaigns, _LIST_OPENS):
            facts.add(Fact("PARTICIPATED_IN", owner.key, campaign.key, span, {"coordinator"}, confidence=0.7))
