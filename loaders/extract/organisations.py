"""Vietnamese names in no list ("Bộ Môi trường, Lương thực và Nông thôn Anh", "Hiệp hội gốm sứ"), from a head word to
a natural boundary, placed in the country they name or work in."""

from __future__ import annotations

import re
from functools import cache

from graph.keys import entity_id, slug
from loaders.extract.agencies import agency_found
from loaders.extract.found import SAME_LINE_SPACE, Found, SpanIndex, holding, in_brackets, words_pattern
from loaders.extract.gazetteer import Entry, gazetteer, home_country, lexicon
from loaders.extract.prefilter import Openings
from loaders.extract.word_regex import opening, words_regex


@cache
def _organisation(heads_key: str = "organisation_heads", least: int = 1) -> Openings:
    """The names of ``_name_pattern``, tried only where a head stands."""
    return Openings(_name_pattern(heads_key, least), lexicon()[heads_key])


@cache
def _name_pattern(heads_key: str, least: int) -> re.Pattern[str]:
    """A Vietnamese name in no list, from its head to a natural boundary: words go on, a comma or "và" goes on only
    before a capitalised word that starts no other name ("Bộ Môi trường, Lương thực và Nông thôn Anh"). A head
    followed by "trưởng" is a post ("Bộ trưởng", minister), not a name."""
    heads = words_pattern(lexicon()[heads_key] + lexicon()["agency_heads_vi"])  # ", Bộ Công an" is another body
    stops = words_pattern(lexicon()["name_boundaries_vi"])
    word = r"[\wÀ-ỹđĐ-]+"
    capital = r"[A-ZÀ-ỸĐ][\wÀ-ỹđĐ-]*"
    space = SAME_LINE_SPACE
    joined = rf"(?:,{space}(?!{heads}){capital}|{space}và{space}(?!{heads}){word}|,{space}chống)"  # "phòng, chống"
    not_a_name = r"(?!\s+(?:này|đó|trên|trưởng|[Tt]hứ trưởng)(?![\w]))"  # "Bộ này", "Bộ trưởng" (a post)
    head = opening(lexicon()[heads_key])
    first = rf"(?={space}[A-ZÀ-ỸĐ])" if least > 1 else ""  # a department's name is capitalised after its head
    return re.compile(rf"{head}{not_a_name}{first}(?:(?:{space}(?!{stops}|và\s){word})|{joined}){{{least},14}}")


def organisations(text: str, found: list[Found]) -> list[Found]:
    """Associations and centres ("Hiệp hội gốm sứ"): partners of enforcement, named in the country they work in."""
    out = []
    countries = [f for f in found if f.type == "Country"]
    in_country = SpanIndex(countries)
    domestic = home_country()
    index = SpanIndex([f for f in found if f.type == "Agency"])
    named = list(_organisation().finditer(text))
    taken = SpanIndex([Found("Agency", "", m.start(), m.end(), "") for m in named])
    departments = [m for m in _organisation("department_heads_vi", 2).finditer(text)
                   if all(_second_field(text, m, f) for f in index.overlapping(m.start(), m.end()))
                   and not taken.overlapping(m.start(), m.end()) and " - " not in m.group(0)]
    for match in sorted([*named, *departments], key=lambda m: m.start()):
        known = index.overlapping(match.start(), match.end())
        if any(f.start <= match.start() for f in known):
            continue
        words = [f for f in known if match in departments or _a_word_of_it(text, f)]
        for inner in words:  # the second field of a department's name, or a word of a description: no body here
            inner.attrs["replaced"] = True
        known = [f for f in known if f not in words]
        inside = [c for c in countries if match.start() <= c.start and c.end <= match.end()]
        name = _to_country(text, match.start(), text[match.start():min([match.end()] + [_name_end(text, f.start)
                                                                                         for f in known])], inside)
        name = _to_place_end(name)
        inside = [c for c in inside if c.end <= match.start() + len(name)]
        located = re.search(r"(?:tại|ở|in)\s+$", text[match.start():inside[-1].start]) if inside else None
        if name.strip() in lexicon()["organisation_heads"]:
            continue  # "Quỹ WWF": the head of a name the known body after it holds, not a body of its own
        owner = next((f for f in known if (of := _OWNED.search(text, match.start(), f.start))
                      and of.start() == match.start() + len(name)), None)
        bracketed = in_brackets(text, match.start() + len(name), in_country, "Country")
        country = gazetteer().get(inside[-1].key) if inside and (located or len(inside) == 1) else \
            gazetteer().get(bracketed.key) if bracketed else _final_country(name) or \
            _city_country(found, match.start(), match.start() + len(name)) or (None if _international(name) else domestic)
        explained = in_brackets(text, match.start() + len(name), index, "Agency")  # a known agency says which it is
        if explained is not None:  # "Cơ quan phòng, chống ma túy Hoa Kỳ (Drug Enforcement Administration)"
            same = agency_found(gazetteer().get(explained.key) or Entry(explained.key, "Agency", explained.name),
                                match.start(), explained.end + 1)
            same.attrs["alias"] = name
            out.append(same)
            continue
        if owner is not None:  # "Ủy ban Thực thi pháp luật của WCO": a body of its owner, where the owner is
            country = _country_of(owner)
        entry = Entry(entity_id("Agency", slug(name)), "Agency", name, country=country.name if country else None,
                      kind="association" if name.lower().startswith(("hiệp hội", "association")) else "other")
        body = agency_found(entry, match.start(), bracketed.end + 1 if bracketed else match.start() + len(name))
        body.links += [("PART_OF", owner.key)] if owner is not None else []
        out.append(body)
    return out


_GOES_ON = re.compile(r"\s+(?:[a-zà-ỹđ]|[A-ZÀ-ỸĐ][\wÀ-ỹđ]*\s+[A-ZÀ-ỸĐ])")  # a word in lower case, or a person's name


def _to_country(text: str, start: int, name: str, inside: list[Found]) -> str:
    """"Bộ An ninh Lào ký kết …", "Bộ trưởng Bộ An ninh Lào Vilay Lakhamphong": a country the name holds ends it
    when what follows is no part of a name (words in lower case, or a person's name), unless it places the body
    ("… tại Lào")."""
    words = list(re.finditer(r"\S+", name))
    runs = [(name[a.start():b.end()], b.end()) for i, a in enumerate(words) for b in words[i:i + 2]]
    ends = [c.end for c in inside] + [start + end for run, end in runs
                                      if gazetteer().names.get(run) == "Country"]  # "Lào" before a person's name
    for end in sorted(ends):
        if end < start + len(name) and _GOES_ON.match(text, end) and \
                not re.search(r"(?:tại|ở)\s+\S+(?:\s\S+)?$", text[start:end]):
            return text[start:end]
    return name


def _city_country(found: list[Found], start: int, end: int) -> Entry | None:
    """"Bộ Chỉ huy Quân sự tỉnh Phongsaly": the country of a known city or province the name holds."""
    city = next((f for f in found if f.type == "City" and start <= f.start and f.end <= end), None)
    return gazetteer().country_by_name(str(city.attrs.get("country"))) if city else None


def _country_of(agency: Found) -> Entry | None:
    name = agency.attrs.get("country")
    return gazetteer().country_by_name(str(name)) if name else None


def _final_country(name: str) -> Entry | None:
    """"Bộ Môi trường, Lương thực và Nông thôn Anh": a syllable too common to be a country's name anywhere else
    names it at the end of a body's name (lexicon `name_final_countries_vi`)."""
    words = name.split()
    country = lexicon()["name_final_countries_vi"].get(words[-1]) if words else None
    return gazetteer().country_by_name(country) if country else None


def _international(name: str) -> bool:
    """"Hiệp hội quốc tế về ...", "Tổng cục Ủy ban Châu Âu ...": the name itself says the body is not national."""
    after_head = rf"{words_pattern(lexicon()['organisation_heads'])}\s+{words_pattern(lexicon()['international_after_head_vi'])}"
    return bool(re.match(after_head, name) or words_regex(lexicon()["international_words_vi"]).search(name))


_OWNED = re.compile(r"\s+của\s+$")  # "Ủy ban X của WCO": the known agency after "của" owns the name before


_DESCRIBING_WORD = re.compile(r"(?<![\w])(?!(?:và|của|cùng|với)\s)[a-zà-ỹđ]+\s$")


def _a_word_of_it(text: str, known: Found) -> bool:
    """"Cơ quan quản lý CITES Việt Nam": an acronym right after a word in lower case that no joiner is names what
    the body deals with, inside its name ("… và C05", "… của WCO" name bodies of their own)."""
    return _an_acronym(text, known) and _DESCRIBING_WORD.search(text, max(0, known.start - 12), known.start) is not None


_OFFICE = re.compile(r"Văn phòng(?:\s+[\wÀ-ỹđĐ]+){0,3}\s+$")


def offices(text: str, found: list[Found]) -> list[Found]:
    """"Văn phòng Interpol Việt Nam", "Văn phòng Thường trực ASEANAPOL Việt Nam": an office named by an international
    body and a country is that body's office there, an agency of that country."""
    starting = {f.start: f for f in found if f.type == "Country"}
    out = []
    for body in [f for f in found if f.type == "Agency" and f.attrs.get("gazetteer") and not f.attrs.get("country")]:
        office = _OFFICE.search(text, max(0, body.start - 40), body.start)
        country = starting.get(body.end + 1) if office and text[body.end:body.end + 1] == " " else None
        entry = gazetteer().get(country.key) if country else None
        if office is None or country is None or entry is None:
            continue
        name = text[office.start():country.end]
        out.append(agency_found(Entry(entity_id("Agency", slug(name)), "Agency", name, country=entry.name),
                                office.start(), country.end))
        body.attrs["replaced"] = True
    return out


def _second_field(text: str, name: re.Match[str], known: Found) -> bool:
    """"Cục Lâm nghiệp và Kiểm lâm": a known name that is the second field a department's name joins with "và"
    (a known name elsewhere in it keeps the department out: it is that body, or another's; so does an acronym, a
    body of its own: "Cục Quản lý Dược và C05")."""
    return name.start() < known.start and known.end <= name.end() and text.endswith(" và ", 0, known.start) and \
        not _an_acronym(text, known)


def _an_acronym(text: str, known: Found) -> bool:
    return text[known.start:known.end].replace(" ", "").isupper()


@cache
def _locality_then_place() -> re.Pattern[str]:
    levels = words_pattern(lexicon()["locality_words_vi"])
    return re.compile(rf"\s{levels}(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹđĐ-]*)+")


def _to_place_end(name: str) -> str:
    """"Bộ Chỉ huy Quân sự tỉnh Savannakhet về công tác …": a name with a locality ends with its place's capitals."""
    place = _locality_then_place().search(name)
    return name[:place.end()] if place else name


def _name_end(text: str, other: int) -> int:
    """A name in no list ends before a known agency named after it ("Bộ Công an và Hải quan Lào", "Ủy ban X của
    WCO")."""
    joiner = re.compile(r"(?:,|\s+(?:và|cùng|với|của))?\s*$").search(text, max(0, other - 12), other)
    return joiner.start() if joiner else other


@cache
def _acronym_after_head() -> re.Pattern[str]:
    return re.compile(rf"{opening(lexicon()['acronym_heads_vi'])}\s+(?P<acr>[A-Z][A-Z&]{{2,}})(?![\w])")


def acronym_bodies(text: str, found: list[Found]) -> list[Found]:
    """"Tổ chức TRAFFIC", "Quỹ WWF": an acronym no list knows, right after a Vietnamese head word for a body, is
    that body (lexicon `acronym_heads_vi`); a known one is the gazetteer's already."""
    known = SpanIndex([f for f in found if f.type == "Agency"])
    out = []
    for match in holding(_acronym_after_head(), text, lexicon()["acronym_heads_vi"]):
        if known.overlapping(match.start("acr"), match.end("acr")):
            continue
        acronym = match.group("acr")
        entry = Entry(entity_id("Agency", slug(acronym)), "Agency", acronym, kind="other")
        body = agency_found(entry, match.start("acr"), match.end("acr"))
        body.attrs["acronym"] = acronym  # later uses of the acronym name it too
        out.append(body)
    return out


@cache
def _police_head() -> re.Pattern[str]:
    return re.compile(rf"{opening(lexicon()['police_heads_vi'])}\s+")


def foreign_police(text: str, found: list[Found]) -> list[Found]:
    """"Cảnh sát Liên bang Brazil", "Cảnh sát Quốc gia Campuchia": a police head (lexicon `police_heads_vi`) right
    before a country no list names with it is that country's police."""
    known = SpanIndex([f for f in found if f.type == "Agency"])
    countries = {f.start: f for f in found if f.type == "Country"}
    out = []
    for match in _police_head().finditer(text):
        country = countries.get(match.end())
        if country is None or known.overlapping(match.start(), country.end):
            continue
        entry = gazetteer().get(country.key)
        name = text[match.start():country.end]
        body = Entry(entity_id("Agency", slug(name)), "Agency", name, country=entry.name if entry else None, kind="police")
        out.append(agency_found(body, match.start(), country.end))
    return out
