"""Acronyms an article defines: "<long name> (ACR)" names a known agency or a new one, and the acronym names it
wherever the article uses it again."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from graph.keys import entity_id, slug
from loaders.extract.agencies import agency_found, country_owned
from loaders.extract.found import Found, SpanIndex, words_pattern
from loaders.extract.gazetteer import Entry, gazetteer, lexicon
from loaders.extract.units import unit_name_before
from loaders.extract.word_regex import words_regex

_JOINERS = {"of", "and", "for", "the", "on", "&"}


def _initials_name_before(text: str, paren: int, acronym: str) -> int | None:
    """Where an English name whose initials spell the acronym begins: "Permanent Forum of International
    Pharmaceutical Crime (PFIPC)", "Korea Customs Cooperation Fund (CCF/Korea)" (capitalised words just before it
    belong to the name too)."""
    letters = acronym.upper() if acronym[1:].islower() else re.sub(r"[^A-Z]", "", re.split(r"[/-]", acronym)[0])
    words = list(re.finditer(r"[\w&'-]+", text[max(0, paren - 160):paren]))
    offset, wanted, begin = max(0, paren - 160), list(letters), None
    for word in reversed(words):
        token = word.group(0)
        if token in _JOINERS and wanted and begin is not None:
            continue
        if not wanted and token[:1].isupper() and token not in {"The", "A", "An"} and not token.endswith(("'s", "’s")):
            begin = offset + word.start()
            continue
        initials = "".join(part[:1] for part in token.split("-") if part[:1].isupper())  # "Anti-Narcotics": A, N
        if not wanted or not token[:1].isupper():
            break
        if len(initials) > 1 and "".join(wanted[-len(initials):]) == initials:
            del wanted[-len(initials):]
        elif token[0] == wanted[-1]:
            wanted.pop()
        else:
            break
        begin = offset + word.start()
    return begin if not wanted and begin is not None and len(letters) >= 2 else None


_DASHED = re.compile(r"[A-Z]{2,}-[A-Z]{1,2}")  # "MAOC-N"
_WORDED = re.compile(r"([A-Z]{2,})[/-]([A-Z][a-z]+)")  # "JIATF-South", "CCF/Korea"
_SPELT = re.compile(r"[A-Z][A-Z0-9&/ ]+[A-Z0-9]|[A-Z]{2,}[/-][A-Z][a-z]+|[A-Z]{2,}-[A-Z]{1,2}")
_WORD_LIKE = re.compile(r"[A-Z][a-z]{2,6}")  # "Defra": an acronym written as a word, read only by its initials


_PLACE_TAIL = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}$")


def _initials_begin(text: str, paren: int, acronym: str) -> int | None:
    """As _initials_name_before; a letter after a dash may spell a word after a dash ("Maritime Analysis and
    Operations Centre – Narcotics (MAOC-N)"), a place the acronym leaves out may end the name ("National Authority
    for Combating Drugs of Cambodia (NACD)"), and a region may follow its letters ("ROCB A/P")."""
    begin = _initials_name_before(text, paren, acronym.replace("-", "")) if _DASHED.fullmatch(acronym) else None
    worded = _WORDED.fullmatch(acronym)  # "Joint Interagency Task Force South (JIATF-South)": the word is written out
    if begin is None and worded and text[max(0, paren - len(worded.group(2)) - 1):paren] == f" {worded.group(2)}":
        before_word = paren - len(worded.group(2)) - 1
        named = unit_name_before(text, before_word)  # its letters may not all be initials: "Interagency" gives I, A
        begin = _initials_name_before(text, before_word, worded.group(1))
        begin = named.start() if begin is None and named else begin
    begin = _initials_name_before(text, paren, acronym) if begin is None else begin
    tail = _PLACE_TAIL.search(text, max(0, paren - 60), paren) if begin is None else None
    begin = _initials_name_before(text, tail.start(), acronym) if tail else begin
    if begin is None and " " in acronym:  # "… Regional Office for Capacity Building (ROCB A/P)": a region after it
        begin = _initials_name_before(text, paren, acronym.split()[0])
    return begin


@cache
def _organisation_name() -> re.Pattern[str]:
    heads = words_pattern([h for h in lexicon()["acronym_heads_vi"] if h[:1].isupper()])
    return re.compile(rf"(?<![\w]){heads}(?=\s+[A-ZÀ-ỸĐ])(?:\s+[\wÀ-ỹđĐ-]+){{1,10}}\s*$")


def _organisation_before(text: str, paren: int) -> re.Match[str] | None:
    """"Tổ chức Bảo tồn Động vật hoang dã (WCS)": a body's Vietnamese description, capitalised after its head
    (lexicon `acronym_heads_vi`), before the acronym it defines."""
    return _organisation_name().search(text, max(0, paren - 100), paren)


def _names_no_body(name: str, acronym: str, found: list[Found], start: int, end: int) -> bool:
    """"Operation Mekong Dragon (OMD)", "Greater Mekong Sub-region (GMS)", "Strategic Plan of Customs Development
    (SPCD)": a campaign, a region or a plan, not a body (a body's name holds a word such as Forum, Fund, Office)."""
    campaign = any(f.type == "Campaign" and start <= f.start < end for f in found)
    known_campaign = any(e.type == "Campaign" and acronym in e.aliases for e in gazetteer().entries.values())
    last = name.split()[-1].lower() if name.split() else ""
    body = words_regex(lexicon()["body_words_en"]).search(name) is not None
    return campaign or known_campaign or last in {w.lower() for w in lexicon()["region_words"]} or not body


def acronym_definitions(text: str, found: list[Found]) -> list[Found]:
    """"<long name> (ACR)": a known acronym absorbs its long name; an unknown one becomes an agency."""
    out = []
    pattern = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&/ -]{1,10}[A-Za-z0-9])\)")
    index = SpanIndex([f for f in found if f.type == "Agency"])
    for match in pattern.finditer(text):
        paren = match.start() - (1 if text[match.start() - 1] == " " else 0)
        initials = _initials_begin(text, paren, match.group("acr"))  # the surest reading, when it spells it
        name = None if initials is not None else unit_name_before(text, paren) or _organisation_before(text, paren)
        begin = name.start() if name else initials
        if begin is None or not (_SPELT.fullmatch(match.group("acr")) or
                                 (initials is not None and _WORD_LIKE.fullmatch(match.group("acr")))):
            continue
        start = _after_listed(text, begin, paren, index)
        determiner = re.match(r"(?:The|A|An|the)\s+", text[start:match.start()])
        start += determiner.end() if determiner else 0
        if name is None and not country_owned(text, start) and \
                _names_no_body(text[start:paren], match.group("acr"), found, start, match.end()):
            continue  # "India's Sashastra Seema Bal (SSB)": what a country owns is a body
        inner = index.within(start, match.end())
        known = next((f for f in inner if match.start() < f.start), None)
        whole = next((f for f in inner if f.start == start and text[f.end:match.start()].strip() == ""), None)
        known = known or whole  # "Thai Customs Department (TCD)": a new acronym of a known agency
        last = next((f for f in inner if known and f.key == known.key and start < f.start < match.start()
                     and text[f.end:match.start()].strip() == ""), None)
        start = last.start if last else start  # "Ủy ban X của Tổ chức Hải quan Thế giới (WCO)": the name before explains
        owner = _owner_before(text, inner, match) if known is None and name is not None else None
        if known is None and inner and name is not None and owner is None:
            continue  # a head-word name holding a known agency is that agency's
        owner = owner or (_possessor(text, inner, start) if known is None else None)
        entry = gazetteer().get(known.key) if known else None
        acr = match.group("acr")
        country = gazetteer().country_in(text[start:paren]) or _country_named(found, start, paren) or \
            _country_after(text, match.end(), found)  # "CCF/Korea", "(APF) Nepal"
        entry = entry or Entry(entity_id("Agency", slug(acr)), "Agency", acr, country=country.name if country else None)
        result = agency_found(entry, start, match.end())
        result.links += [("PART_OF", owner.key)] if owner is not None else []
        result.attrs["alias"] = text[start:match.start()].strip()
        result.attrs["acronym"] = acr
        out.append(result)
        for other in inner:  # "Lực lượng Biên phòng Australia (ABF)": a home body's word in a foreign body's name
            if other.key != entry.id and entry.country and other.attrs.get("country") not in (None, entry.country):
                other.attrs["replaced"] = True
    return out


_OWNED_BY = re.compile(r"\s(?:của|of)\s+(?:the\s+)?$")


def _owner_before(text: str, inner: list[Found], match: re.Match[str]) -> Found | None:
    """"Trung tâm chống tội phạm tài chính và tham nhũng của INTERPOL (IFCACC)": an acronym that is none of the known
    owner's, right after "của / of" and the owner, names the owner's unit the name before describes."""
    owner = inner[-1] if inner else None
    if owner is None or text[owner.end:match.start()].strip() or not _OWNED_BY.search(text, 0, owner.start):
        return None
    entry = gazetteer().get(owner.key)
    return owner if entry is not None and match.group("acr") not in [entry.name, *entry.aliases, *entry.codes] else None


def _possessor(text: str, inner: list[Found], start: int) -> Found | None:
    """"INTERPOL's Financial Crime and Anti-Corruption Centre (IFCACC)": the known body owning the name."""
    first = next((f for f in inner if f.start == start), None)
    return first if first is not None and re.match(r"['’]s\s", text[first.end:first.end + 3]) else None


def _country_named(found: list[Found], start: int, end: int) -> Entry | None:
    """The country a name holds in any language ("Ủy ban Kiểm soát ma túy quốc gia Campuchia (NACD)")."""
    inside = [f for f in found if f.type == "Country" and start <= f.start and f.end <= end]
    return gazetteer().get(inside[-1].key) if inside else None


def _country_after(text: str, end: int, found: list[Found]) -> Entry | None:
    """"the Armed Police Force (APF) Nepal and …": a country written right after the brackets, where no name goes on
    ("(BSF) Kenya Police" is another body)."""
    country = next((f for f in found if f.type == "Country" and f.start == end + 1 and text[end] == " "), None)
    if country is None or not re.match(r"\s*(?:[,.;)]|and\b|và\b|$)", text[country.end:country.end + 5]):
        return None
    return gazetteer().get(country.key)


def _after_listed(text: str, start: int, end: int, agencies: SpanIndex) -> int:
    """"Bộ Công an Việt Nam và Cảnh sát Liên bang Úc (AFP)": a name before brackets starts after the last agency the
    text lists before it ("X và", "X and", "X,")."""
    for agency in reversed(agencies.within(start, end)):
        joint = re.compile(r"(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹđ]*)*\s*(?:,|\s(?:và|and))\s+").match(text, agency.end)
        if joint and joint.end() < end:
            return joint.end()
    return start


def acronym_uses(text: str, layer: list[Found]) -> list[Found]:
    """"the Thai Customs Department (TCD) … the KCS and the TCD": an acronym the article defined names that agency
    wherever it is used later."""
    index = SpanIndex(layer)
    out: list[Found] = []
    defined = {f.attrs["acronym"]: f for f in layer if f.type == "Agency" and f.attrs.get("acronym")}
    _long_name_uses(text, layer, defined.values())
    for acronym, definition in defined.items():
        for use in re.compile(rf"(?<![\w/-]){re.escape(acronym)}(?![\w/-])").finditer(text, definition.end):
            if not index.overlapping(use.start(), use.end()):
                out.append(Found("Agency", definition.key, use.start(), use.end(), definition.name,
                                 {k: v for k, v in definition.attrs.items() if k in ("country", "kind")}))
    return out


def _long_name_uses(text: str, layer: list[Found], definitions: Iterable[Found]) -> None:
    """"INTERPOL's Financial Crime and Anti-Corruption Centre (IFCACC) … INTERPOL's Financial Crime and
    Anti-Corruption Centre was set up in 2023": a body read later under the long name an acronym was defined for is
    that acronym's agency."""
    by_end = {f.end: f for f in layer if f.type == "Agency"}
    for definition in definitions:
        alias = str(definition.attrs.get("alias", ""))
        for use in re.compile(re.escape(alias)).finditer(text, definition.end) if len(alias.split()) >= 3 else ():
            same = by_end.get(use.end())  # the whole name, or the unit's own words after its owner's ("INTERPOL's")
            if same is not None and use.start() <= same.start and same.key != definition.key:
                same.key, same.name = definition.key, definition.name
