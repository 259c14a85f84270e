"""Events as frames across sentences. A meeting is introduced once and then filled over the next sentences: who
attended (often as a list two sentences later), who spoke, who headed a delegation. The frame is the meeting named
last; a sentence that names no meeting still belongs to it. Inside a frame:

- a sentence with an attendance cue ("attended", "gathered", "delegates of", "gave presentations", "tham dự",
  "phát biểu"…) makes every acting country, agency and person it names an attendee, except names in a clause that
  only invites ("invited to", "được mời");
- a person named in a frame sentence attends (reports name people at the event they report on);
- the agency a person speaks for ("Mr. X of China Customs", "X, Program Officer of UNODC") or heads ("Tổng cục
  trưởng Tổng cục Hải quan X") attends with them;
- countries listed as "member administrations" are members of the international body that hosts the meeting;
- a sentence saying where the event took place gives the meeting its place when it has none;
- a delegation head ("Trưởng đoàn Hải quan Việt Nam là ông X", "X led the Y delegation") LEADS that delegation's
  agency and attends with the role ``delegation_head``.
Units of an agency (its departments) attend only when a trigger says so: the administration is the party.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from loaders.extract.attributes import place_in, set_place
from loaders.extract.facts import Fact, FactSet
from loaders.extract.found import Found, country_named_before, lexicon_regex, words_pattern
from loaders.extract.gazetteer import gazetteer, lexicon
from loaders.extract.people import titles
from loaders.extract.relations import Sentence, invited_spans, is_agent

FRAME_CONFIDENCE = 0.7


@dataclass
class Frame:
    meeting: Found | None = None


def _named_meeting(sentence: Sentence, frame: Frame) -> Found | None:
    keys = {m.key: m for m in sentence.mentions if m.type == "Meeting" and m.key and m.inside is None
            and not m.attrs.get("planned")}  # a meeting still to come opens no frame
    if len(keys) == 1:
        return next(iter(keys.values()))
    return frame.meeting if frame.meeting and frame.meeting.key in keys else (next(iter(keys.values()), frame.meeting))


def _outside(mention: Found, spans: Iterable[tuple[int, int]]) -> bool:
    return not any(start <= mention.start < end for start, end in spans)


def _is_place(mention: Found, sentence: Sentence) -> bool:
    """"Guangzhou, China": the country after a city is where, not who (an agency after it acts: "tại Lào Cai, Công
    an tỉnh Lào Cai …")."""
    if mention.type != "Country":
        return False
    before = [m for m in sentence.mentions if m.end <= mention.start and m.type == "City"]
    return bool(before) and re.fullmatch(r",\s*", sentence.text[before[-1].end:mention.start]) is not None


def _party(mention: Found, unit_keys: set[str]) -> bool:
    return mention.type in ("Agency", "Country") and mention.key not in unit_keys


@cache
def _listed_units() -> frozenset[str]:
    """Gazetteer entries listed with a parent that is no ministry."""
    entries = gazetteer().entries
    return frozenset(key for key, entry in entries.items()
                     if entry.parent and entry.parent in entries and entries[entry.parent].kind != "ministry")


def units(facts: FactSet) -> set[str]:
    """Departments of an administration: joined to a parent in the text, or listed with one that is no ministry."""
    return {s for (_, s, _) in facts.of("PART_OF")} | _listed_units()


def _reported(sentence: Sentence) -> int:
    """Where reported speech begins ("cho biết", "said that"): names after it are what was said, not who came."""
    marker = lexicon_regex("speech_markers", re.I).search(sentence.text, sentence.start, sentence.end)
    return marker.end() if marker else sentence.end


def _speaks_for(person: Found, sentence: Sentence) -> Found | None:
    """The agency right after a person's name and title: "X of China Customs", "X, Head of RILO AP"."""
    after = [m for m in sentence.mentions if m.type == "Agency" and m.start >= person.end and m.start - person.end <= 90]
    if not after:
        return None
    gap = sentence.text[person.end:after[0].start]
    return after[0] if re.fullmatch(r"(?:\s+(?:of|from|của)\s+(?:the\s+)?|,[^,.;()]{0,70}?\s(?:of|của)\s+(?:the\s+)?)", gap) \
        else None


@cache
def _clause_break() -> re.Pattern[str]:
    return re.compile(r";|,\s+" + words_pattern(lexicon()["clause_breaks"]))


@cache
def _heads_the_named() -> re.Pattern[str]:
    heads = words_pattern(lexicon()["delegation_post_heads_en"])
    return re.compile(rf",\s+(?:the\s+)?{heads}\s+of\s+(?:the\s+)?", re.I)


def _heads_named_delegation(person: Found, sentence: Sentence) -> Found | None:
    """"Mr Tanaka Hiroshi, head of the Japan Customs delegation": the body named in the delegation his post heads."""
    post = _heads_the_named().match(sentence.text, person.end)
    body = next((m for m in sentence.mentions if post and m.start == post.end() and m.type in ("Agency", "Country")), None)
    return body if body is not None and re.match(r"\s+delegation", sentence.text[body.end:body.end + 12]) else None


def _delegation_of(person: Found, sentence: Sentence) -> Found | None:
    """The agency (or country) whose delegation the person heads, from a cue such as "Trưởng đoàn X là ông Y", "Y led
    the X delegation", "the X delegation was led by Y", "Y, head of the X delegation" or "đoàn X do Y làm trưởng đoàn"
    in the same sentence."""
    if named := _heads_named_delegation(person, sentence):
        return named
    others = [m.start for m in sentence.mentions if m.type == "Person" and m.key != person.key]
    for cue in lexicon_regex("delegation_head_cues", re.I).finditer(sentence.text, sentence.start, sentence.end):
        if cue.group(0).lower().endswith(" by") and person.start < cue.end():
            continue  # "welcomed the delegation, which was led by Y": a passive cue's head comes after it
        between = (min(cue.start(), person.end), max(cue.start(), person.start))
        if any(between[0] < other < between[1] for other in others) or _clause_break().search(sentence.text, *between):
            continue  # "X was headed by A, while B led the Y side": a cue in another head's clause is that head's
        near = [m for m in sentence.mentions if m.type in ("Agency", "Country") and m.role != "part"
                and m.start >= cue.end() and m.start - cue.end() <= 40]
        behind = [m for m in sentence.mentions if m.type in ("Agency", "Country") and m.role != "part"
                  and m.end <= cue.start() and cue.start() - m.end <= 12 and not _located(sentence.text, m)]
        if re.search(r"làm\s+$", sentence.text[max(0, cue.start() - 6):cue.start()]):
            # "đoàn X do Y, Cục trưởng Z làm trưởng đoàn": the post's agency right before, else X named before
            return behind[-1] if behind else (_before_do(person, sentence) or _named_delegation(person, sentence))
        if person.end <= cue.start() <= person.end + _reach(person, sentence) and \
                (named := _named_delegation(person, sentence)):
            return named  # "Đoàn Việt Nam do Thượng tướng Y dẫn đầu": the delegation named before its head
        if (near or behind) and abs(cue.start() - person.start) <= 160:
            return _owned_agency(near, sentence.text) if near else behind[-1]
        country = country_named_before(_DEMONYM, sentence.text, max(sentence.start, cue.start() - 40), cue.start())
        if country is not None and abs(cue.start() - person.start) <= 160:
            return country
    return None


def _owned_agency(near: list[Found], text: str) -> Found:
    """The first body named after a cue; "the delegation of Nigeria's NDLEA": the agency the country owns."""
    first, *rest = near
    if first.type == "Country" and rest and rest[0].type == "Agency" and \
            re.fullmatch(r"['’]s\s+(?:the\s+)?", text[first.end:rest[0].start]):
        return rest[0]
    return first


_DEMONYM = re.compile(r"([A-Z][\w-]+)\s+(?:(?:delegation|side|team)\s+)?$")  # "The Vietnamese delegation was led by …"


_DO = re.compile(r"\s*(?:\([^()]*\))?\s+do\s")
_LOCATED = re.compile(r"(?:tại|ở|in)\s+$")


def _located(text: str, mention: Found) -> bool:
    """"Trưởng Đại diện AFP tại Việt Nam, làm trưởng đoàn": a place where the post is held, no body."""
    return _LOCATED.search(text, max(0, mention.start - 5), mention.start) is not None


_COMMA = re.compile(r",\s*")


def _reach(person: Found, sentence: Sentence) -> int:
    """How far after the head's name the cue may stand: 60 characters, or 160 when a post follows the name
    ("do Thiếu tướng Y, Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy (C04), Bộ Công an dẫn đầu")."""
    comma = _COMMA.match(sentence.text, person.end)
    return 160 if comma and titles().match(sentence.text, comma.end()) else 60


def _before_do(person: Found, sentence: Sentence) -> Found | None:
    """"đoàn công tác của KCS do ông Y, Cục trưởng Z, làm trưởng đoàn", "với Cục X (…) do Cục trưởng Y làm Trưởng
    đoàn": the body the "do" phrase of the head belongs to, named right before "do"."""
    bodies = [m for m in sentence.mentions if m.type in ("Agency", "Country") and m.role != "part" and m.end <= person.start]
    last = bodies[-1] if bodies else None
    if last is None or not (found := _DO.match(sentence.text, last.end)) or found.end() > person.start:
        return None
    return last if not re.search(r"[;.]", sentence.text[found.end():person.start]) else None


def _named_delegation(person: Found, sentence: Sentence) -> Found | None:
    """"đoàn công tác Tổng cục Hải quan do ông Y làm trưởng đoàn", "Đoàn Việt Nam do Y dẫn đầu": the agency or
    country named right after the delegation word before the person."""
    words = lexicon_regex("delegation_words", re.I)
    agencies = [m for m in sentence.mentions if m.type in ("Agency", "Country") and m.role != "part" and m.end <= person.start]
    return next((a for a in reversed(agencies)
                 if words.search(sentence.text, max(sentence.start, a.start - 16), a.start)), None)


def _place(sentence: Sentence, meeting: Found) -> None:
    """"It took place in hybrid form …, with participants gathering in Seoul, Republic of Korea": a frame sentence
    that says where the event was held gives the place of a meeting that has none yet."""
    if "country_key" in meeting.attrs or not lexicon_regex("held_cues", re.I).search(sentence.text, sentence.start, sentence.end):
        return
    if any(m.type == "Meeting" and m.attrs.get("planned") for m in sentence.mentions):
        return  # "The 6th meeting will be held in Cambodia": the place of a meeting still to come
    place = place_in(sentence, sentence.start, sentence.end)
    if place is not None:
        set_place(meeting, place, (sentence.start, sentence.end))


def _add(facts: FactSet, sentence: Sentence, who: Found, meeting: Found, role: str = "participant") -> None:
    facts.add(Fact("ATTENDED", who.key, meeting.key, (sentence.start, sentence.end), {role}, FRAME_CONFIDENCE))


def _people(sentence: Sentence, meeting: Found, facts: FactSet, unit_keys: set[str], blocked: list[tuple[int, int]]) -> None:
    for person in [m for m in sentence.mentions if m.type == "Person" and m.key and _outside(m, blocked)]:
        _add(facts, sentence, person, meeting)
        agency = _speaks_for(person, sentence)
        if agency is not None:
            title = person.attrs.get("title")
            facts.add(Fact("REPRESENTS", person.key, agency.key, (sentence.start, sentence.end), set(),
                           FRAME_CONFIDENCE, title=title))
            if agency.key not in unit_keys:
                _add(facts, sentence, agency, meeting)
        led = [target for kind, target in person.links if kind == "LEADS" and target not in unit_keys]
        for target in led if agency is None else []:
            facts.add(Fact("ATTENDED", target, meeting.key, (sentence.start, sentence.end), {"participant"}, FRAME_CONFIDENCE))
        head_of = _delegation_of(person, sentence)
        if head_of is not None:
            _add(facts, sentence, person, meeting, "delegation_head")
        if head_of is not None and head_of.type == "Agency":  # "the Nepal delegation": a country's, led by no post
            facts.add(Fact("LEADS", person.key, head_of.key, (sentence.start, sentence.end), set(), FRAME_CONFIDENCE,
                           title="Head of delegation"))


def _parties(sentence: Sentence, meeting: Found, facts: FactSet, unit_keys: set[str], blocked: list[tuple[int, int]]) -> None:
    said, blocked = _sponsor_clause(sentence, blocked)  # sponsors of a meeting attend no more
    for mention in sentence.mentions:
        if _party(mention, unit_keys) and mention.key and _outside(mention, blocked) and not _is_place(mention, sentence) \
                and mention.start < said and (is_agent(mention, sentence.text, sentence.start) or _listed(mention, sentence)):
            _add(facts, sentence, mention, meeting)


def _sponsor_clause(sentence: Sentence, blocked: list[tuple[int, int]]) -> tuple[int, list[tuple[int, int]]]:
    """Where a sentence stops naming who attended, and the spans that name no one who did: a sponsor clause ends the
    list, unless it is set off by commas before the attendance ("The meeting, sponsored by X, brought together …")."""
    said = _reported(sentence)
    sponsor = lexicon_regex("sponsor_cues", re.I).search(sentence.text, sentence.start, sentence.end)
    if sponsor is None:
        return said, blocked
    comma = sentence.text.find(",", sponsor.end(), sentence.end)
    if comma >= 0 and lexicon_regex("attendance_cues", re.I).search(sentence.text, comma, sentence.end):
        return said, [*blocked, (sponsor.start(), comma)]
    return min(said, sponsor.start()), blocked


def _listed(mention: Found, sentence: Sentence) -> bool:
    """The first name of a bracketed list: "(Australia, Bangladesh, …)"."""
    return mention.type == "Country" and mention.role == "" and mention.inside is None and \
        sentence.text[mention.start - 1:mention.start] == "(" and sentence.text[mention.end:mention.end + 1] == ","


def frame_attendance(sentences: list[Sentence], facts: FactSet) -> None:
    """Attendance stated across the sentences of each meeting's frame (see the module's description)."""
    frame = Frame()
    unit_keys = units(facts)
    campaign_sentences = {f.sentence for (typ, _, _), items in facts.facts.items() if typ == "PARTICIPATED_IN"
                          for f in items}
    for sentence in sentences:
        if (sentence.start, sentence.end) in campaign_sentences and not any(m.type == "Meeting" for m in sentence.mentions):
            frame.meeting = None  # "Interpol and Europol launched Operation X": the text has turned to the operation
        frame.meeting = _named_meeting(sentence, frame)
        if frame.meeting is None:
            continue
        _place(sentence, frame.meeting)
        if not sentence.mentions:
            continue  # no one named: no one to attend
        _topics(sentence, frame.meeting, facts)
        blocked = invited_spans(sentence)
        _people(sentence, frame.meeting, facts, unit_keys, blocked)
        if lexicon_regex("attendance_cues", re.I).search(sentence.text, sentence.start, sentence.end):
            _parties(sentence, frame.meeting, facts, unit_keys, blocked)
            _members(sentence, frame.meeting, facts)


def _topics(sentence: Sentence, meeting: Found, facts: FactSet) -> None:
    """"The main item on the agenda was Operation X", "Nội dung chính của hội nghị là Chiến dịch X": a campaign a frame
    sentence names after a topic cue (lexicon `meeting_topic_cues`) is what the meeting was about."""
    named = [m for m in sentence.mentions if m.type == "Campaign" and m.key and m.inside is None and m.role != "anaphor"]
    cue = lexicon_regex("meeting_topic_cues", re.I).search(sentence.text, sentence.start, sentence.end) if named else None
    for campaign in [m for m in named if cue and m.start > cue.start()][:1]:
        facts.add(Fact("ABOUT", meeting.key, campaign.key, (sentence.start, sentence.end), set(), FRAME_CONFIDENCE))


def _hosts_by_sentence(facts: FactSet) -> dict[tuple[int, int], list[tuple[str, str]]]:
    """(host, meeting) facts by the sentence that states them (one pass: a long document has many sentences)."""
    out: dict[tuple[int, int], list[tuple[str, str]]] = {}
    for (typ, source, target), items in facts.facts.items():
        for span in {f.sentence for f in items if typ == "ATTENDED" and "host" in f.roles}:
            out.setdefault(span, []).append((source, target))
    return out


def co_hosts(sentences: list[Sentence], facts: FactSet) -> None:
    """"X organised the seminar in cooperation with Y", "X là đơn vị tổ chức, phối hợp cùng Y và Z", "X would
    co-host the workshop with Y": those an organiser works with host too; a sponsor named after them ("with
    sponsorship from Z") does not."""
    by_sentence = _hosts_by_sentence(facts)
    for sentence in sentences:
        hosts = by_sentence.get((sentence.start, sentence.end), [])
        if not hosts:
            continue
        marker = lexicon_regex("cooperation_markers", re.I).search(sentence.text, sentence.start, sentence.end)
        if marker is None and lexicon_regex("cohost_cues", re.I).search(sentence.text, sentence.start, sentence.end):
            marker = lexicon_regex("partner_markers", re.I).search(sentence.text, sentence.start, sentence.end)
        if marker is None:
            continue
        sponsor = lexicon_regex("sponsor_cues", re.I).search(sentence.text, marker.end(), sentence.end)
        end = min(_reported(sentence), sponsor.start() if sponsor else sentence.end)
        partners = [m for m in sentence.mentions if m.type == "Agency" and m.key and marker.end() <= m.start < end
                    and m.role not in ("part", "title") and m.inside is None]
        for partner in partners:
            for _, meeting in hosts:
                facts.add(Fact("ATTENDED", partner.key, meeting, (sentence.start, sentence.end), {"host"}, FRAME_CONFIDENCE))


_LIST_OPENS = re.compile(r"\s*(?:of\s|\(|:|,\s*(?:namely|including)\s)")  # the members follow the cue at once


def _members(sentence: Sentence, meeting: Found, facts: FactSet) -> None:
    """"delegates of 25 member administrations (A, B, …)": the listed countries are members of the body named right
    before the cue ("the ASEANAPOL member police forces of …") or else of the body the meeting belongs to (its host
    that is an international body or working group)."""
    cue = lexicon_regex("member_cues", re.I).search(sentence.text, sentence.start, sentence.end)
    if cue is None:
        return
    close = sentence.text.find(")", cue.end(), sentence.end)
    end = close if close > 0 else sentence.end
    listed = [m for m in sentence.mentions if m.type == "Country" and cue.end() <= m.start < end]
    named = [m.key for m in sentence.mentions if m.type == "Agency" and m.key and 0 <= cue.start() - m.end <= 1] \
        if _LIST_OPENS.match(sentence.text, cue.end()) else []
    for body in named or _bodies(meeting, facts)[:1]:  # "the ASEANAPOL member police forces of A, B": that body's
        for country in listed:
            facts.add(Fact("MEMBER_OF", country.key, body, (sentence.start, sentence.end), set(), FRAME_CONFIDENCE))


def _bodies(meeting: Found, facts: FactSet) -> list[str]:
    hosts = sorted(s for (typ, s, t), items in facts.facts.items() if typ == "ATTENDED" and t == meeting.key
                   and any("host" in f.roles for f in items))
    kinds = {"international_org", "working_group"}
    return [h for h in hosts if (entry := gazetteer().get(h)) is not None and entry.kind in kinds and entry.members]
