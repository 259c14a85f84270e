"""What a sentence says about its meetings and campaigns: where and when a meeting was held, which campaign it
is about, who hosted it ("Hội nghị … của WCO"), its partners ("cuộc họp song phương với Áo") and the dates of
campaign phases ("giai đoạn II từ ngày 1/7 đến 31/8")."""

from __future__ import annotations

import itertools
import re
from functools import cache

from loaders.extract.dates import DateMatch, find_dates
from loaders.extract.facts import Fact, FactSet
from loaders.extract.found import Found, lexicon_regex, words_pattern
from loaders.extract.gazetteer import gazetteer, lexicon
from loaders.extract.meetings import BETWEEN
from loaders.extract.relations import Sentence, agents_between
from loaders.extract.word_regex import words_regex

PLACE_WINDOW = 90
PARTNER_WINDOW = 25
DATE_REACH = 80
PLAN_REACH = 40  # characters from a plan word to the years it covers ("kế hoạch hợp tác giai đoạn 2027-2029")


@cache
def _place_regex() -> re.Pattern[str]:
    capital = r"thành phố\s+|thủ đô\s+|city of\s+|the capital(?: city)?,?\s+"  # "tại thủ đô Viêng Chăn", "in the capital, X"
    return words_regex(lexicon()["place_prepositions"], tail=rf"\s+(?:{capital})?")


def _meetings(sentence: Sentence) -> list[Found]:
    return [m for m in sentence.mentions if m.type == "Meeting" and m.key]


_WORDS = r"[A-ZĐÀ-Ỹ][\wÀ-ỹđ'-]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹđ'-]*){0,2}"
# A town in no list, perhaps with its province ("Kaysone Phomvihane, tỉnh Savannakhet (Lào)"), before its country.
_TOWN = re.compile(rf"(?:tỉnh\s+|province of\s+)?(?P<town>{_WORDS})(?:\s*,\s*(?:tỉnh|province)\s+{_WORDS})?\s*(?:,|\()\s*")


def place_in(sentence: Sentence, start: int, end: int) -> Found | None:
    """The place after a preposition: a city or country we know, or an unlisted town followed by its country."""
    places = [m for m in sentence.mentions if m.type in ("Country", "City") and m.start >= start]
    for match in _place_regex().finditer(sentence.text, start, end):
        place = next((p for p in places if p.start == match.end()), None)
        town = _TOWN.match(sentence.text, match.end()) if place is None else None
        country = next((p for p in places if town and p.start == town.end() and p.type == "Country"), None)
        if town and country is not None:
            place = Found("Country", country.key, country.start, country.end, country.name, {"town": town.group("town")})
        if place is not None:
            return place
    return None


def _place(sentence: Sentence, meeting: Found, limit: int, alone: bool) -> Found | None:
    """The place after a meeting ("… tại Hà Nội"), or, for the only meeting of a sentence, one before it."""
    begin = _after_parties(sentence, meeting)  # "… Meeting between A and B, which concluded in Kathmandu"
    after = place_in(sentence, begin, min(limit, begin + PLACE_WINDOW))
    return after or (place_in(sentence, sentence.start, meeting.start) if alone else None)


def set_place(meeting: Found, place: Found, span: tuple[int, int]) -> None:
    if place.type == "City":
        entry = gazetteer().get(place.key)
        meeting.attrs.setdefault("city", place.name)
        country = gazetteer().country_by_name(entry.country if entry else place.attrs.get("country"))  # a dateline's town
        if country is None:
            return
        place = Found("Country", country.id, place.start, place.end, country.name)
    if "country_key" not in meeting.attrs:
        meeting.attrs.update(country_key=place.key, country=place.name, place_sentence=span)
        if place.attrs.get("town"):
            meeting.attrs.setdefault("city", place.attrs["town"])


def _set_date(target: Found, date: DateMatch) -> None:
    if date.precision >= target.attrs.get("precision", -1):
        start, end = date.iso()
        target.attrs.update(start=start, end=end, precision=date.precision)


def _date_targets(sentence: Sentence) -> list[Found]:
    return [m for m in sentence.mentions if m.type in ("Meeting", "Campaign") and m.key and m.inside is None]


def _gap(target: Found, start: int, end: int) -> int:
    return min(abs(target.start - end), abs(start - target.end))


def assign_dates(sentence: Sentence, year: int | None) -> None:
    targets = _date_targets(sentence)
    if not targets:
        return  # a date beside nothing it could date: most sentences
    text = sentence.text[sentence.start:sentence.end]
    for date in find_dates(text, year):
        plan = lexicon_regex("plan_year_cues", re.I).search(text, max(0, date.start - PLAN_REACH), date.start)
        if date.first.month is None and plan:
            continue  # "signed a cooperation plan for 2025-2027 at a ceremony": the plan's years, not the event's
        start, end = sentence.start + date.start, sentence.start + date.end
        reach = DATE_REACH if len({t.key for t in targets}) > 1 else len(sentence.text)
        near = [t for t in targets if not (t.start < end and start < t.end) and _gap(t, start, end) <= reach]
        if near:
            _set_date(min(near, key=lambda t: _gap(t, start, end)), date)


@cache
def _cooperation() -> re.Pattern[str]:
    return words_regex(lexicon()["cooperation_markers"], tail=r"$")


@cache
def _partner_marker() -> re.Pattern[str]:
    return re.compile(words_pattern(lexicon()["partner_markers"]) + r"\s+(?!(?:sự|the)\s)")  # not "với sự tham dự của"


_FOLLOWING = re.compile(r"\s*(?:the\s+)?(\S)")


def _counterpart(text: str, start: int, end: int) -> bool:
    """"talks with Lao Customs" names the other party; "in cooperation with X" (a co-organiser) and "with
    sponsorship from X" do not."""
    joint = _cooperation().search(text[max(0, start - 30):end].rstrip())
    following = _FOLLOWING.match(text[end:end + 20])
    return joint is None and following is not None and not following.group(1).islower()


def _partners(sentence: Sentence, meeting: Found) -> list[Found]:
    reach = min(sentence.end, meeting.end + PARTNER_WINDOW)
    passive = lexicon_regex("passive_markers").search(sentence.text, meeting.end, reach)
    found = None
    for match in _partner_marker().finditer(sentence.text[meeting.start:passive.start() if passive else reach]):
        if _counterpart(sentence.text, meeting.start + match.start(), meeting.start + match.end()):
            found = match
    if found is None:
        return []
    start = meeting.start + found.end()
    stop = lexicon_regex("passive_markers").search(sentence.text, start, sentence.end)
    end = stop.start() if stop else sentence.end
    inside = [m for m in sentence.mentions if m.inside is meeting and m.start >= start and m.type in ("Agency", "Country")]
    return [m for m in inside if m.role not in ("part", "title")] or agents_between(sentence, start, end, [])


@cache
def _visit_host() -> re.Pattern[str]:
    return words_regex(lexicon()["visit_hosts"], re.I, r"\s+(?:the\s+)?$")


def _visited(sentence: Sentence, mention: Found) -> bool:
    """"a working visit to X", "chuyến thăm và làm việc tại X": the body visited hosts the visit."""
    return _visit_host().search(sentence.text, max(0, mention.start - 40), mention.start) is not None


def _named_parties(sentence: Sentence, meeting: Found) -> list[tuple[Found, str]]:
    """Parties written into the name: "Hội nghị Việt Nam – Campuchia", "Hội nghị … của WCO", "Lễ ký kết … giữa A và
    B", "Talks between A and B"."""
    inner = [m for m in sentence.mentions if m.inside is meeting]
    out = [(m, "host") for m in inner if m.type == "Agency" and  # "Hội nghị … của WCO", "working visit to X"
           (re.search(r"(?:của|of the|of)\s+$", sentence.text[m.start - 8:m.start]) or _visited(sentence, m))]
    countries = [m for m in inner if m.type == "Country"]
    for a, b in itertools.pairwise(countries):
        if re.fullmatch(r"\s*[-–—]\s*", sentence.text[a.end:b.start]):
            out += [(a, "participant"), (b, "participant")]
    between = lexicon_regex("between_words", re.I).search(sentence.text, meeting.start, meeting.end)
    out += [(m, "participant") for m in inner if between and m.start >= between.end()  # "Lễ ký kết … giữa A và B"
            and m.type in ("Agency", "Country") and not m.role and (m, "participant") not in out]
    return out + [(m, "participant") for m in _between_after(sentence, meeting) if (m, "participant") not in out]


_CLAUSE_END = re.compile(r",\s+(?:which|where|who|held|hosted|organi[sz]ed|diễn ra|do)\s|[.;]")


def _parties_clause(sentence: Sentence, meeting: Found) -> tuple[int, int] | None:
    """"the 8th Nepal-India Border Security Coordination Meeting between the APF and India's SSB, which …": where
    the parties named after a meeting's name begin and their clause ends."""
    between = BETWEEN.match(sentence.text, meeting.end)
    if between is None:
        return None
    end = _CLAUSE_END.search(sentence.text, between.end(), sentence.end)
    return between.end(), end.start() if end else sentence.end


def _after_parties(sentence: Sentence, meeting: Found) -> int:
    """Where the words about a meeting go on after the parties its name is followed by."""
    clause = _parties_clause(sentence, meeting)
    return clause[1] if clause else meeting.end


def _between_after(sentence: Sentence, meeting: Found) -> list[Found]:
    """The parties named after a meeting's name, up to the end of their clause."""
    clause = _parties_clause(sentence, meeting)
    return [m for m in agents_between(sentence, *clause, []) if m.type in ("Agency", "Country")] if clause else []


def meeting_facts(sentence: Sentence, facts: FactSet) -> None:
    span = (sentence.start, sentence.end)
    meetings = _meetings(sentence)
    for index, meeting in enumerate(meetings):
        limit = meetings[index + 1].start if index + 1 < len(meetings) else sentence.end
        alone = len({m.key for m in meetings if sentence.text[m.start - 1:m.start] != "("}) == 1  # a bracketed name too
        place = None if meeting.attrs.get("planned") else _place(sentence, meeting, limit, alone)
        if place is not None:
            set_place(meeting, place, span)
        for campaign in [m for m in sentence.mentions if m.inside is meeting and m.type == "Campaign"]:
            facts.add(Fact("ABOUT", meeting.key, campaign.key, span))
        partners = _partners(sentence, meeting)
        meeting.attrs["partners"] = [p.key for p in partners]
        for party, role in [(p, "participant") for p in partners] + _named_parties(sentence, meeting):
            facts.add(Fact("ATTENDED", party.key, meeting.key, span, {role}))


def sideline_place(sentence: Sentence, host: Found | None) -> None:
    """A meeting held beside the main event (bên lề, trong chuyến làm việc) is where that event was."""
    meetings = _meetings(sentence)
    if host is None or not meetings or not lexicon_regex("sideline_cues").search(sentence.text, sentence.start, sentence.end):
        return
    for meeting in meetings:  # "Bên lề sự kiện": the event itself is no side meeting
        if meeting.role != "anaphor" and "country_key" not in meeting.attrs and meeting.attrs is not host.attrs:
            meeting.attrs.update({k: host.attrs[k] for k in ("country_key", "country", "city") if k in host.attrs})
            meeting.attrs["place_sentence"] = (sentence.start, sentence.end)


def visited(sentence: Sentence) -> Found | None:
    """"đoàn công tác … đã sang thăm và làm việc tại thủ đô Phnôm Pênh, Campuchia": where a visit went, as an event
    a meeting held during it takes its place from (``sideline_place``)."""
    cue = lexicon_regex("visit_hosts", re.I).search(sentence.text, sentence.start, sentence.end)
    if cue is None or (place := place_in(sentence, cue.start(), sentence.end)) is None:
        return None
    visit = Found("Meeting", "", cue.start(), cue.end(), "visit")
    set_place(visit, place, (sentence.start, sentence.end))
    return visit if "country_key" in visit.attrs else None


def share_attributes(sentence: Sentence) -> None:
    """Meetings joined by "và/and" share a place and date written once after the last of them."""
    meetings = _meetings(sentence)
    for first, second in itertools.pairwise(meetings):
        if re.search(r"(?<![\w])(?:và|and)(?![\w])", sentence.text[first.end:second.start]):
            for key in ("start", "end", "precision", "city", "country", "country_key", "place_sentence"):
                if key in second.attrs and key not in first.attrs:
                    first.attrs[key] = second.attrs[key]
