"""People: a name anchored by a title or an honorific ("Cục trưởng Cục X Nguyễn Hùng Anh", "ông Nguyễn Hùng Anh,
Cục trưởng Cục X", "Director General of Vietnam Customs Nguyen Van Can"). A title that names an agency makes the
person LEAD it; the agency in the title is marked so it is not read as a participant of its own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from graph.keys import entity_id, slug
from loaders.extract.agencies import generic_words
from loaders.extract.found import Found, SpanIndex, is_name_word, words_pattern
from loaders.extract.gazetteer import gazetteer, lexicon
from loaders.extract.prefilter import Openings, word_openings
from loaders.extract.word_regex import words_regex

_HEADS = {"Cục", "Tổng", "Vụ", "Bộ", "Ban", "Hải", "Văn", "Cơ", "Chiến", "Hội", "Diễn", "Department", "Ministry"}


@dataclass
class Title:
    start: int
    end: int
    info: dict[str, Any]


@cache
def titles() -> re.Pattern[str]:
    """Every post of lexicon `titles`, as a whole word; an English one also in lower case, as news often writes it
    after a name ("Nguyen Van Hieu, deputy director general of …", "director-general")."""
    return words_regex(list(_title_infos()))


@cache
def _title_openings() -> Openings:
    """The posts, tried only where one stands (many begin with common letters, in lower case too)."""
    return Openings(titles(), _title_infos())


@cache
def _organisation_words() -> frozenset[str]:
    """Words that end an organisation's name ("Team", "Bureau"): never part of a personal name."""
    return frozenset(lexicon()["agency_heads_en"]) | frozenset(lexicon()["unit_words_en"])


@cache
def _honorifics() -> re.Pattern[str]:
    return words_regex(lexicon()["honorifics"])


@cache
def _title_infos() -> dict[str, dict[str, Any]]:
    infos: dict[str, dict[str, Any]] = {}
    for title in lexicon()["titles"]:
        infos.setdefault(title["phrase"], title)
    for title in [t for t in lexicon()["titles"] if t["phrase"].isascii() and " " in t["phrase"]]:
        lower = title["phrase"].lower()  # one word alone in lower case ("director", "chief") is no post
        for variant in (lower, lower.replace(" general", "-general")):
            infos.setdefault(variant, title)
    return infos


def _post(text: str, match: re.Match[str]) -> Title:
    """A post as written; one held in second place ("Deputy Secretary General", "Vice Chairman") leads nothing."""
    info = _title_infos()[match.group(0)]
    second = words_regex(lexicon()["deputy_words"], tail=r"\s+$").search(text[max(0, match.start() - 12):match.start()])
    if second:
        info = {**info, "en": f"{second.group(0).strip()} {info['en']}", "leads": False}
    return Title(match.start(), match.end(), info)


_INITIALS = re.compile(r"(?:[A-Z]\.){1,5}")
_INITIAL = re.compile(r"[A-Z]\.")
_WORD = re.compile(r"\S+")


def _initial(word: str, taken: list[re.Match[str]]) -> bool:
    """A middle initial ("Leonardo B. Guerrero"): one capital and a full stop, after a first name; or initials that
    open a name ("P.B.S.C. Nonis", "S. Jaishankar", "A.K.M. Shahidul Haque"), which a surname must follow."""
    return _INITIAL.fullmatch(word) is not None if taken else _INITIALS.fullmatch(word) is not None


@cache
def _particles() -> frozenset[str]:
    return frozenset(lexicon()["name_particles"])


def _name_at(text: str, start: int) -> tuple[int, int] | None:
    """A personal name of 2-4 capitalised words (a middle initial may stand among them) beginning at ``start``."""
    words = list(_WORD.finditer(text[start:start + 80]))
    taken: list[re.Match[str]] = []
    for word in words:
        if taken and taken[-1].end() + 1 != word.start():
            break
        if _initial(word.group(0), taken):
            taken.append(word)
            continue
        clean = word.group(0).rstrip(",.;:)")
        if taken and clean == word.group(0) and clean in _particles():  # "José Maria da Costa"
            taken.append(word)
            continue
        if not is_name_word(clean) or (not taken and clean in _HEADS) or clean in _organisation_words():
            break
        taken.append(word)
        if clean != word.group(0) or len(taken) == 5:
            break
    while taken and (_INITIALS.fullmatch(taken[-1].group(0)) or taken[-1].group(0) in _particles()):
        taken.pop()
    if len(taken) < 2 or words[0].start() != 0:
        return None
    last = taken[-1]
    return start, start + last.start() + len(last.group(0).rstrip(",.;:)"))


@cache
def _title_link() -> re.Pattern[str]:
    """Between a post and its agency: "of", "của", and the head of the agency's formal name ("Director General of the
    Department of Customs of Nepal")."""
    heads = words_pattern(lexicon()["agency_heads_en_prefix"])
    return re.compile(rf"\s+(?:(?:of the|of|của)\s+(?P<head>{heads}\s+(?:the\s+)?)?)?")


def _agency_at(pos: int, text: str, agencies: SpanIndex) -> Found | None:
    """The agency a post names right after it; the head of a formal name may be the agency's own first word
    ("Director General of the Department of Narcotics Control")."""
    link = _title_link().match(text, pos)
    for at in (link.end(), link.start("head")) if link and link.group("head") else (link.end() if link else pos,):
        agency = max(agencies.starting(at, at + 1), key=lambda a: a.end, default=None)
        if agency is not None:
            return _owned(agency, text, agencies) or agency
    return None


def _owned(owner: Found, text: str, agencies: SpanIndex) -> Found | None:
    """"GACC's Anti-Smuggling Bureau": the unit its owner names right before it, not the owner."""
    after = owner.end + 3
    return next((a for a in agencies.starting(after, after + 1) if (("PART_OF", owner.key) in a.links)), None) \
        if text[owner.end:after] in ("'s ", "’s ") else None


def _agency_before(title: Title, text: str, agencies: SpanIndex) -> Found | None:
    """"INTERPOL Secretary General", "KCS Commissioner", "INTERPOL's Director": the agency written right before the
    post, owning it or not."""
    if text[title.start - 1:title.start] != " ":
        return None
    end = title.start - (3 if text[title.start - 3:title.start - 1] in ("'s", "’s") else 1)
    return next((a for a in agencies.overlapping(end - 1, end) if a.end == end), None)


def _skip_brackets(text: str, pos: int) -> int:
    match = re.compile(r"\s*\([^)]{1,80}\)").match(text, pos)
    return match.end() if match else pos


_CAPITALISED = re.compile(r"\s+([A-ZÀ-ỸĐ][\wÀ-ỹđ]*(?:\s[A-ZÀ-ỸĐ][\wÀ-ỹđ]*){0,2})")


@cache
def _portfolio() -> re.Pattern[str]:
    return re.compile(r"\s+of\s+(?:the\s+)?" + words_pattern(lexicon()["portfolios_en"]))


def _skip_portfolio(text: str, pos: int) -> int:
    """"Deputy Minister of Public Security Le Quoc Hung": a portfolio no agency names stands between post and name."""
    found = _portfolio().match(text, pos)
    return found.end() if found else pos


def _skip_country(text: str, pos: int) -> int:
    """"Thứ trưởng Bộ Công an Việt Nam Lê Quốc Hùng": a country after the post's agency is no part of the name."""
    words = _CAPITALISED.match(text, pos)
    if words is None:
        return pos
    parts = words.group(1).split()
    for count in range(len(parts) - 1, 0, -1):  # a name follows, so the country is not all the capitalised words
        if gazetteer().names.get(" ".join(parts[:count])) == "Country":
            return words.start(1) + len(" ".join(parts[:count]))
    return pos


def _person(text: str, span: tuple[int, int], title: Title | None, agency: Found | None,
            agencies: SpanIndex) -> Found:
    name = text[span[0]:span[1]]
    label = title.info["en"] if title else None
    if label and agency:
        label = f"{label}, {agency.name}"
    person = Found("Person", entity_id("Person", slug(name)), span[0], span[1], name, {"title": label})
    if title and agency and title.info["leads"]:
        person.links.append(("LEADS", agency.key))
        agency.role = "title"
    elif title and title.info["leads"] and not agency and not _names_unknown_body(text, title, span):
        person.attrs["leads_nearest"] = title.info["en"]
    if agency is not None:
        person.links += [("LEADS", other.key) for other in _concurrent_posts(text, agency.end, agencies)]
    return person


_CONCURRENT = re.compile(r"(?:\s*\([^()]{1,40}\))?,?\s+(?:kiêm|and concurrently|concurrently)\s+")


def _concurrent_posts(text: str, end: int, agencies: SpanIndex) -> list[Found]:
    """"Bộ trưởng Bộ Nội vụ Myanmar kiêm Chủ tịch Ủy ban … (CCDAC)": a head's post held at the same time heads its
    agency too."""
    joined = _CONCURRENT.match(text, end)
    post = titles().match(text, joined.end()) if joined else None
    if post is None or not _post(text, post).info["leads"]:
        return []
    agency = _agency_at(post.end(), text, agencies)
    if agency is not None:
        agency.role = "title"
    return [agency] if agency is not None else []


_BODY_AFTER_POST = re.compile(r"\s+(?:at|of|in|tại|của)\s|\s+[A-ZĐÀ-Ỹ]")


def _names_unknown_body(text: str, title: Title, span: tuple[int, int]) -> bool:
    """"X, Cục trưởng Cục Cảnh sát … (Lào)", "Y, Minister at the Embassy of Japan": a post after the name that goes on
    to name a body no list knows leads that body, not the agency named last before the person."""
    return title.start >= span[1] and _BODY_AFTER_POST.match(text, title.end) is not None


def _opens_phrase(text: str, title: Title) -> bool:
    """The post begins its phrase ("The Secretary General of ANF, Omar Rahim, …"), not one that follows a name in a
    list ("ông A - Tổng cục trưởng Tổng cục Hải quan, bà B, …")."""
    return re.search(r"(?:^|[.!?\n]\s*|(?<![\w])[Tt]he\s+)$", text[max(0, title.start - 8):title.start]) is not None


def _after_title(text: str, title: Title, agencies: SpanIndex) -> Found | None:
    agency = _agency_at(title.end, text, agencies)
    before = None if agency else _agency_before(title, text, agencies)
    pos = _skip_country(text, _skip_brackets(text, agency.end)) if agency else _skip_portfolio(text, title.end)
    gap = re.compile(r"(,)?\s+").match(text, pos)
    honorific = _honorifics().match(text, gap.end()) if gap else None  # "…, Tan Sri Razarudin Husain, …"
    span = _name_at(text, honorific.end() + 1 if honorific else gap.end()) if gap else None
    if span and gap and gap.group(1) and (text[span[1]:span[1] + 1] not in (",", ".") or not _opens_phrase(text, title)):
        span = None  # "The Director of X, Name, …": a name set off by commas after a post that opens the phrase
    if span and agency is None:
        agency = _agency_at(span[1], text, agencies) if re.match(r"\s+of\s", text[span[1]:span[1] + 5]) else None
    if span and agency is None:  # "Chairman X, State Deputy Director of Y": the post after the name says more
        post, post_agency = _apposition(text, span[1], agencies)
        if post is not None and post_agency is not None:
            title, agency = post, post_agency
    return _person(text, span, title, agency or before, agencies) if span else None


def _apposition(text: str, name_end: int, agencies: SpanIndex) -> tuple[Title | None, Found | None]:
    match = re.compile(r"(?:,|\s+[-–])\s*").match(text, name_end)  # "ông A, Cục trưởng …", "ông A - Cục trưởng …"
    title = titles().match(text, match.end()) if match else None
    if not title:
        return None, None
    info = _post(text, title)
    return info, _agency_at(title.end(), text, agencies)


def _before_title(text: str, title: Title, agencies: SpanIndex) -> Found | None:
    """"Rolph Payet, Executive Secretary of …", "Valdecy Urquiza, INTERPOL Secretary General": a name right before a
    comma and a post, the post's agency after it or right before it (no honorific needed)."""
    before = _agency_before(title, text, agencies)
    anchor = before.start if before else title.start
    if before is not None and _DIVISION.match(text, title.end) and _agency_at(title.end, text, agencies) is None:
        before = None  # "INTERPOL's Director of Organized and Emerging Crime" heads a division, not INTERPOL
    comma = re.compile(r"([^\s,.;:()]+(?:\s+[^\s,.;:()]+){1,4}),\s*(?:the\s+)?$").search(text, max(0, anchor - 60), anchor)
    if comma is None:
        return None
    for offset in [m.start() for m in re.finditer(r"\S+", comma.group(1))]:
        span = _name_at(text, comma.start(1) + offset)
        if span and span[1] == comma.end(1) and _stands_alone(text, span[0]) and not _honorifics().match(text, span[0]):
            return _person(text, span, title, _agency_at(title.end, text, agencies) or before, agencies)
    return None


_DIVISION = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _stands_alone(text: str, start: int) -> bool:
    """A name is not the tail of a longer proper noun ("the UNODC Environment Team"): the word before it is no
    capitalised word, article or "of"."""
    before = text[max(0, start - 30):start].split()
    last = before[-1] if before else ""
    return not (last[:1].isupper() and last[-1:].isalnum()) and last.lower() not in {"the", "of", "của"}


_ARTICLES = {"The", "A", "An"}
_LINKS = (" of ", " from ", " of the ", " from the ")
_OF_THE = re.compile(r"(\S+(?:\s\S+){1,4})\s(?:of|from)\s(?:the\s)?$")


_WHO = re.compile(r",\s+who(?:se)?\s")
_WORD_START = re.compile(r"(?<!\S)[A-ZÀ-ỸĐ]")


def _before_who(text: str, agencies: SpanIndex) -> list[Found]:
    """"José Maria da Costa, who led the delegation of …": a name right before ", who" is a person's."""
    out = []
    for who in _WHO.finditer(text):
        for start in [m.start() for m in _WORD_START.finditer(text, max(0, who.start() - 60), who.start())]:
            if titles().match(text, start) or _honorifics().match(text, start):
                continue
            span = _name_at(text, start)
            if span is not None and span[1] == who.start() and not agencies.overlapping(*span):
                out.append(_person(text, span, None, None, agencies))
                break
    return out


def _of_a_body(text: str, agencies: list[Found]) -> list[Found]:
    """"Fatou Ndiaye of the UNODC office in Dakar": a name of two words or more right before "of / from (the)" and a
    body the gazetteer knows is a person of that body."""
    out = []
    for agency in [a for a in agencies if a.attrs.get("gazetteer")]:
        if not text.endswith(_LINKS, max(0, agency.start - 9), agency.start):
            continue  # most bodies follow no "of": the name pattern is tried only after one
        before = _OF_THE.search(text, max(0, agency.start - 70), agency.start)
        if before is None:
            continue
        for word in re.finditer(r"\S+", before.group(1)):
            span = _name_at(text, before.start(1) + word.start())
            if span and span[1] == before.end(1) and _stands_alone(text, span[0]) and _plain_name(text, span):
                out.append(_person(text, span, None, None, SpanIndex([])))
                break
    return out


def _plain_name(text: str, span: tuple[int, int]) -> bool:
    """A name with no post, rank, noun for people or word describing a body in it ("Director General", "National
    Contact Points", "The Director" are none)."""
    words = text[span[0]:span[1]].split()
    return not titles().search(text, span[0], span[1]) and not _honorifics().search(text, span[0], span[1]) and \
        not set(words) & _person_nouns() and not generic_words(words[:1]) and words[0] not in _ARTICLES


@cache
def _person_nouns() -> frozenset[str]:
    return frozenset(lexicon()["person_nouns"])


def find_people(text: str, agency_list: list[Found]) -> list[Found]:
    agencies = SpanIndex(agency_list)
    people: dict[int, Found] = {}
    for match in _title_openings().finditer(text, 0, len(text)):
        post = _post(text, match)
        person = _after_title(text, post, agencies) or _before_title(text, post, agencies)
        if person:
            people.setdefault(person.start, person)
    for match in word_openings(lexicon()["honorifics"]).finditer(text):
        span = _name_at(text, match.end() + 1) if text[match.end():match.end() + 1] == " " else None
        if span and span[0] not in people and not titles().match(text, span[0]):  # "Atty. Commissioner X": post's
            title, agency = _apposition(text, span[1], agencies)
            people[span[0]] = _person(text, span, title, agency, agencies)
    for person in _of_a_body(text, agency_list):
        people.setdefault(person.start, person)
    for person in _before_who(text, agencies):  # one found with a post or an honorific is kept as it was found
        if not any(p.start < person.end and person.start < p.end for p in people.values()):
            people[person.start] = person
    found = sorted(people.values(), key=lambda p: (p.start, -p.end))
    return [p for i, p in enumerate(found) if not any(o.end >= p.end for o in found[:i] if o.end > p.start)]
