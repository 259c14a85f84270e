"""Agencies beyond plain gazetteer names: English names in no list ("Narcotics Control Bureau"), customs
enumerations ("cơ quan Hải quan 9 nước ASEAN gồm: Việt Nam, Brunei…") and lower-case descriptors of an acronym.
Units next to their parent are in ``units``, acronym definitions in ``acronyms``, Vietnamese names in no list in
``organisations``."""

from __future__ import annotations

import re
from functools import cache

from graph.keys import entity_id, slug
from loaders.extract.found import SAME_LINE_SPACE, Found, SpanIndex, country_named_before, on_lines_with, words_pattern
from loaders.extract.gazetteer import Entry, gazetteer, home_country, lexicon
from loaders.extract.of_parents import parent_after_of
from loaders.extract.prefilter import Openings, word_openings
from loaders.extract.word_regex import words_regex


def agency_found(entry: Entry, start: int, end: int) -> Found:
    return Found("Agency", entry.id, start, end, entry.name, {"country": entry.country, "kind": entry.kind})


@cache
def _english_agency() -> re.Pattern[str]:
    heads = words_pattern(lexicon()["agency_heads_en"])
    prefix = words_pattern(lexicon()["agency_heads_en_prefix"])
    word = r"[A-Z][\w-]*"
    space = SAME_LINE_SPACE
    run = rf"{word}(?:{space}(?:(?:of|and|for|the|on){space})?{word})*"
    tail = rf"(?:{space}(?:of|for|on|against){space}(?:the{space})?{run})?"  # "Authority for Combating Drugs"
    return re.compile(rf"(?<![\w])(?:{run}{space}{heads}{tail}|{prefix}{space}(?:the{space})?{run})(?![\w])")


@cache
def _english_head() -> Openings:
    """The words one of which every English agency name holds (a name stands on one line)."""
    return word_openings(lexicon()["agency_heads_en"] + lexicon()["agency_heads_en_prefix"])


@cache
def _plain_words() -> frozenset[str]:
    keys = ("meeting_modifiers", "name_joiners", "agency_heads_en", "generic_name_words")
    return frozenset(w.lower() for key in keys for w in lexicon()[key])


def _numeral(word: str) -> bool:
    """"Ninety-three Customs administrations": a number is no part of a name."""
    return all(part.lower() in lexicon()["numerals_en"] for part in word.split("-"))


def generic_words(words: list[str]) -> bool:
    """"Regional Customs", "National Police": adjectives and a head word name no one agency."""
    return all(w.lower() in _plain_words() for w in words)


@cache
def _title_prefix() -> re.Pattern[str]:
    titles = "|".join(re.escape(t["phrase"]) for t in lexicon()["titles"] if t["phrase"].isascii())
    return re.compile(rf"^(?:{titles})\s+of\s+(?:the\s+)?")


def _without_title(name: str) -> str:
    """"Director General of the General Department …": the title belongs to a person, not to the agency."""
    return _title_prefix().sub("", name)


_POSSESSOR = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s\s+$")


def country_owned(text: str, start: int) -> bool:
    """"Germany's Federal Criminal Police Office", "the United Kingdom's Home Office": a country's own body (so is one
    whose name opens with the country: "German Federal Foreign Office")."""
    owner = _POSSESSOR.search(text, max(0, start - 40), start)
    return owner is not None and gazetteer().country_by_name(owner.group(1)) is not None


def english_names(text: str) -> list[Found]:
    """Capitalised English names ending or starting with an agency word: "Royal Malaysia Police"."""
    out = []
    skip = {"The", "This", "That", "A", "An", "Its", "Our", "Their", "Each", "Leaders", "According", "At", "In"}
    meeting = re.compile(r"\s+(?:" + "|".join(lexicon()["meeting_words"]) + r")", re.I)
    people = set(lexicon()["person_nouns"])
    for match in on_lines_with(_english_head(), _english_agency(), text):
        words = _without_title(match.group(0)).split()
        while words and (words[0] in skip or words[0].islower() or (words[0] in people and words[1:2] == ["of"])
                         or _numeral(words[0]) or words[0].endswith(("'s", "’s"))):  # an owner: "China's"
            words = words[1:]
        words = _after_a_bodyless_of(words)
        kept = _to_a_country_tail(words)
        end = match.end() - (len(" ".join(words[len(kept):])) + 1 if len(kept) < len(words) else 0)
        words = kept
        owned = country_owned(text, end - len(" ".join(words))) or \
            gazetteer().country_in(words[0]) is not None  # a country's own body ("German Federal Foreign Office")
        inner = words[-1] in lexicon()["sub_unit_heads_en"] or generic_words(words)
        if len(words) < 2 or meeting.match(text, match.end()) or (inner and not owned):
            continue  # "the Enforcement Group", "the External Affairs Office": a body's inner unit, named without it
        if re.match(r"\s+(?:19|20)\d{2}(?!\d)", text[match.end():match.end() + 6]):
            continue  # "Joint Task Force on Synthetic Drugs 2026": a name with a year is an operation's edition
        for name, stop in _joined_names(words, end):
            out += _named(name, stop)
    return out


def _named(name: str, stop: int) -> list[Found]:
    """The agency a name in no list names ending at ``stop``; a unit and its parent where it holds one after "of"."""
    country = gazetteer().country_in(name) or gazetteer().city_country_in(name)  # "Nanning Customs"
    entry = Entry(entity_id("Agency", slug(name)), "Agency", name, country=country.name if country else None)
    split = parent_after_of(name)
    if split is None:
        return [agency_found(entry, stop - len(name), stop)]
    unit, parent_name = split
    parent = agency_found(Entry(entity_id("Agency", slug(parent_name)), "Agency", parent_name, country=entry.country),
                          stop - len(parent_name), stop)
    whole = f"{unit} ({parent_name})"
    found = agency_found(Entry(entity_id("Agency", slug(whole)), "Agency", whole, country=entry.country),
                         stop - len(name), stop - len(name) + len(unit))
    found.links.append(("PART_OF", parent.key))
    found.attrs["unit_name"] = unit
    parent.role = "part"  # named for its unit: no party of its own
    return [found, parent]


@cache
def _body_words() -> frozenset[str]:
    return frozenset(w for key in ("body_words_en", "agency_heads_en", "unit_words_en") for w in lexicon()[key])


def _after_a_bodyless_of(words: list[str]) -> list[str]:
    """"Ram K. Shrestha of Nepal Police", "Colonel Tan of Singapore Police Force": words before "of" that hold no
    body word are a person's or a place's, not the first words of the body's name, which begins after "of"."""
    if "of" not in words[1:-1]:
        return words
    at = words.index("of")
    rest = words[at + 1:]
    rest = rest[1:] if rest[:1] == ["the"] else rest
    plain = not _body_words() & set(words[:at]) and not any(w.endswith("Customs") for w in words[:at])
    return rest if plain and len(rest) >= 2 and rest[-1] in _body_words() else words


def _to_a_country_tail(words: list[str]) -> list[str]:
    """"the National Customs Authority of Panama Tomás Ibarra Quintero": a country after the last "of" ends the name
    (a person's name follows)."""
    at = len(words) - 1 - words[::-1].index("of") if "of" in words else -1
    start = at + 2 if words[at + 1:at + 2] == ["the"] else at + 1
    for size in (3, 2, 1) if at >= 0 else ():
        if start + size < len(words) and gazetteer().names.get(" ".join(words[start:start + size])) == "Country" \
                and not _body_words() & set(words[start + size:]):  # "… of Nepal Police": the parent's name goes on
            return words[:start + size]
    return words


def _joined_names(words: list[str], end: int) -> list[tuple[str, int]]:
    """"the Lao Police and Myanmar Police Force": two names when the words before "and" end in an agency word and
    those after it begin with a country or a known city ("Customs and Excise Department" stays one); each with where
    it ends."""
    heads = set(lexicon()["agency_heads_en"])
    for i, word in enumerate(words[1:-1], start=1):
        second = " ".join(words[i + 1:])
        if word == "and" and words[i - 1] in heads and \
                (gazetteer().country_in(words[i + 1]) or gazetteer().city_country_in(second)) is not None:
            return [(" ".join(words[:i]), end - len(second) - len(" and ")), (second, end)]
    return [(" ".join(words), end)]


@cache
def _other_bodies() -> re.Pattern[str]:
    return words_regex(lexicon()["other_enforcement_bodies"], re.I)


@cache
def _enumeration_markers() -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(re.escape(m) for m in lexicon()['enumeration_markers'])})\s*")


_REACH = re.compile(r"[^.;\n]{0,70}")


def customs_enumerations(text: str, found: list[Found]) -> list[Found]:
    """Countries listed after a customs head stand for their customs administrations."""
    out = []
    countries = sorted((f for f in found if f.type == "Country"), key=lambda f: f.start)
    starts = {c.start for c in countries}
    for head in word_openings(lexicon()["customs_heads"]).finditer(text):
        reach = _REACH.match(text, head.end())
        intros = [m.end() for m in _enumeration_markers().finditer(text[head.end():reach.end() if reach else head.end()])]
        cursor = next((head.end() + end for end in intros if head.end() + end in starts), None)
        if cursor is None or _other_bodies().search(text, max(0, head.start() - 25), cursor):
            continue  # "cơ quan hải quan, công an của 12 quốc gia gồm: …": the countries, not their customs
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


@cache
def _description() -> re.Pattern[str]:
    heads = words_pattern(lexicon()["agency_heads_vi"])
    return re.compile(rf"{heads}(?!\s+trưởng)(?:\s+(?!(?:của|và|với|tại|trong|cho)\s)[a-zà-ỹđ]+){{0,6}}\s+$")


def descriptors(text: str, found: list[Found]) -> None:
    """"Văn phòng tình báo khu vực RILO AP": a lower-case description before an acronym is part of its name."""
    for item in found:
        if item.type != "Agency" or not text[item.start:item.end].isupper():
            continue
        window = text[max(0, item.start - 60):item.start]
        match = _description().search(window)
        if match and not any(f is not item and f.overlaps(Found("", "", item.start - len(window) + match.start(),
                                                                  item.start, "")) for f in found):
            item.start = item.start - len(window) + match.start()


_COUNTRY_AFTER = re.compile(r" (?:of (?:the )?)?")
_OWNER = re.compile(r"['’]s $")


_DEMONYM = re.compile(r"(?<![\w])([A-Z][a-z]+)\s+$")  # "the Lao Ministry of Public Security"


def counterpart_id(home_agency: str, country: str) -> str:
    """The key of a home agency's counterpart in another country ("Bộ Công an Lào")."""
    return entity_id("Agency", slug(f"{home_agency} {country}"))


def counterparts(text: str, found: list[Found]) -> list[Found]:
    """"Bộ Công an Lào", "China's Ministry of Public Security", "the Ministry of Public Security of China", "the Lao
    Ministry of Public Security": a home agency's name with a foreign country after it, owning it or its demonym before
    it names that country's counterpart, an agency of its
    own in that country (its customs, when the name is a customs administration's). The home agency's mention is
    marked ``replaced``.

    >>> from loaders.extract.gazetteer import gazetteer
    >>> home, laos = gazetteer().get("agency:vn-mps"), gazetteer().get("country:la")
    >>> found = [agency_found(home, 0, 10), Found("Country", laos.id, 11, 14, laos.name)]
    >>> [(f.name, f.attrs["country"]) for f in counterparts("Bộ Công an Lào", found)]
    [('Bộ Công an Lào', 'Laos')]
    """
    home = home_country()
    if home is None:
        return []
    countries = [f for f in found if f.type == "Country" and f.key != home.id]
    after = {f.start: f for f in countries}
    owners = {f.end: f for f in countries}
    out = []
    agencies = SpanIndex([f for f in found if f.type == "Agency"])
    for agency in [f for f in found if f.type == "Agency" and f.attrs.get("country") == home.name]:
        if any(agency.within(f) and f.attrs.get("acronym") for f in agencies.overlapping(agency.start, agency.end)):
            continue  # "Lực lượng Biên phòng Australia (ABF)": inside a name an acronym defines
        of = _COUNTRY_AFTER.match(text, agency.end)
        owner = _OWNER.search(text, max(0, agency.start - 3), agency.start)
        country = (after.get(of.end()) if of else None) or (owners.get(owner.start()) if owner else None) or \
            country_named_before(_DEMONYM, text, max(0, agency.start - 16), agency.start)
        entry = gazetteer().get(country.key) if country else None
        if country is None or entry is None or entry.id == home.id:
            continue
        start, end = min(agency.start, country.start), max(agency.end, country.end)
        name = text[start:end]
        start = agency.start if owner and country is owners.get(owner.start()) else start  # "China's" is the owner's
        customs = gazetteer().customs_of(entry) if agency.attrs.get("kind") == "customs" else None
        counterpart = customs or Entry(counterpart_id(agency.key, entry.id), "Agency", name, country=entry.name,
                                       kind=agency.attrs.get("kind"))
        out.append(agency_found(counterpart, start, end))
        agency.attrs["replaced"] = True  # the home agency is not named here
    return out


# brackets, then "of (the)", ", nước" or a space
_COUNTRY_TAIL = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:,?\s+(?P<of>of\s+(?P<the>the\s+)?|nước\s+)|\s+)")


def country_tails(text: str, layer: list[Found]) -> None:
    """"the Office of the Narcotics Control Board (ONCB) of Thailand", "Bộ Chỉ huy Quân sự tỉnh X, nước Cộng hòa Dân
    chủ Nhân dân Lào", "Bộ Công an Việt Nam", "Thailand's ONCB": a country written after an agency's name with "of" or
    "nước", its own country right after it, or a country owning it places that agency; it is no party of its own (its
    role becomes "tail")."""
    countries = {f.start: f for f in layer if f.type == "Country" and not f.role}
    for agency in [f for f in layer if f.type == "Agency"]:
        tail = _COUNTRY_TAIL.match(text, agency.end)
        country = (countries.get(tail.end()) or countries.get(tail.start("the"))) if tail else None  # "the United States"
        if country is None or (not (tail and tail.group("of")) and country.name != agency.attrs.get("country")):
            continue
        _place(agency, country, bool(tail and tail.group("of")) and not agency.attrs.get("gazetteer"))
    agencies = {f.start: f for f in layer if f.type == "Agency"}
    for country in [f for f in layer if f.type == "Country" and not f.role]:  # "Thailand's Office of …"
        owner = re.compile(r"['’]s\s+(?:the\s+)?").match(text, country.end)
        owned = agencies.get(owner.end()) if owner else None
        if owned is not None:
            _place(owned, country)


def _place(agency: Found, country: Found, stated: bool = False) -> None:
    """The agency is the country's; a country ``stated`` with "of" / "nước" outweighs the home country a name in no
    list was given by default."""
    country.role = "tail"
    entry = gazetteer().get(country.key)
    if (stated or not agency.attrs.get("country")) and entry is not None:
        agency.attrs["country"] = entry.name
