"""Extract stage: one read document in, its entities and facts out (resolution across documents comes after)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, partial

from graph.model import Entity, Relation
from loaders.extract import campaigns, frames, identity, inference, membership, structure, unnamed
from loaders.extract.assemble import entities_of, relations_of
from loaders.extract.attributes import assign_dates, meeting_facts, share_attributes, sideline_place, visited
from loaders.extract.facts import Fact, FactSet
from loaders.extract.found import Found, words_pattern
from loaders.extract.gazetteer import lexicon
from loaders.extract.guard import RuleFailure, attempt, collecting
from loaders.extract.meetings import without_posts
from loaders.extract.mentions import find_mentions
from loaders.extract.relations import Sentence, sentence_relations
from loaders.extract.sentences import split_sentences
from loaders.read import ReadDocument


@dataclass
class DocumentResult:
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    failures: list[RuleFailure] = field(default_factory=list)  # rules that raised on this document, skipped


def resolve_anaphora(text: str, mentions: list[Found], sentences: list[tuple[int, int]]) -> None:
    """"Chiến dịch", "Diễn đàn", "sự kiện": the last campaign or meeting named, sharing its attributes; a generic
    meeting word with none before it may introduce the document's event (``unnamed.introduce``)."""
    last: dict[str, Found] = {}
    earlier: list[Found] = []  # an event introduced by a generic word, where the text first said it happened
    cue: int | None = None  # found when first needed: most texts name their meeting before any generic word
    for mention in mentions:
        if mention.role == "anaphor" and mention.attrs.get("planned"):
            continue  # "the next meeting": no event of the text
        kind = f"{mention.type}/{mention.attrs.get('kind', '')}"
        if mention.role == "anaphor" and mention.type == "Meeting" and "Meeting" not in last and \
                not mention.attrs.get("pronoun"):  # "It" introduces nothing
            span = sentences[max(0, bisect_right(sentences, (mention.start, len(text))) - 1)] if sentences else (0, 0)
            cue = unnamed.first_cue(text) if cue is None else cue
            if attempt("unnamed.introduce", partial(unnamed.introduce, text, mention, span, cue), False) and cue < span[0]:
                earlier.append(unnamed.at_cue(text, cue, mention))
        if mention.role != "anaphor":
            if mention.type in ("Campaign", "Meeting") and mention.inside is None:
                last[mention.type] = last[kind] = mention
            continue
        referent = _named_next(mention, mentions) if mention.attrs.get("forward") else \
            last.get(kind) or last.get(mention.type)  # "an operation" introduces one: it never points back
        edition = mention.attrs.get("edition")
        if referent is not None and edition:  # "The 2025 edition": the series' edition of that year, named from now on
            referent = last[kind] = campaigns.edition_of(referent, int(edition))
        if referent is not None:
            mention.key, mention.name = referent.key, referent.name
            mention.attrs = {**referent.attrs, "worded": True} if edition else referent.attrs  # no alias of it
            mention.role = "" if edition else mention.role  # an edition is named by its year: a mention of its own
            last[mention.type] = referent
    mentions.extend(earlier)
    mentions.sort(key=lambda f: (f.start, -f.end))


FORWARD_REACH = 300  # characters: "An operation coordinated by X … . Operation Y ran from …" (the next sentence)


def _named_next(mention: Found, mentions: list[Found]) -> Found | None:
    """The campaign named right after a mention that points forward, if the next sentence names one; where a phase's
    name also names its series ("Operation Lionfish V"), the phase."""
    ahead = [m for m in mentions if m.type == "Campaign" and m.role != "anaphor" and m.inside is None and m.key
             and mention.end <= m.start <= mention.end + FORWARD_REACH]
    first = [m for m in ahead if m.start == ahead[0].start] if ahead else []
    return next((m for m in first if m.attrs.get("series_id")), first[0] if first else None)


def _meeting_pair(sentence: Sentence, facts: FactSet) -> list[Found]:
    """The two parties of a meeting this sentence names, for a later "hai bên" (both sides)."""
    meetings = {m.key for m in sentence.mentions if m.type == "Meeting" and m.key}
    if not meetings:
        return _bilateral_pair(sentence)
    span = (sentence.start, sentence.end)
    by_key = {m.key: m for m in sentence.mentions}
    for meeting in meetings:
        parties = {s for s, m in by_key.items() if m.type != "Person"
                   and any(f.sentence == span for f in facts.facts.get(("ATTENDED", s, meeting), []))}
        if len(parties) == 2:
            return [by_key[p] for p in sorted(parties)]
    return _bilateral_pair(sentence)


def _bilateral_pair(sentence: Sentence) -> list[Found]:
    """"X's head held talks with Y's head": the two bodies a sentence naming a bilateral meeting names (even in a
    person's post) are the two sides."""
    if not any(m.type == "Meeting" and m.attrs.get("kind") == "bilateral" for m in sentence.mentions):
        return []
    bodies = {m.key: m for m in sentence.mentions if m.type in ("Agency", "Country") and m.key
              and m.role in ("", "title")}
    return [bodies[k] for k in sorted(bodies)] if len(bodies) == 2 else []


_SUBJECT_OPENING = re.compile(r"(?:[^,.;]{0,80},\s+)?\s*(?:The\s+|the\s+)?")  # "Thực hiện Kế hoạch X, A phối hợp với B …"


@cache
def _subject_join() -> re.Pattern[str]:
    joiners = words_pattern(lexicon()["subject_joiners"])
    return re.compile(rf"\s*(?:\([^()]*\))?,?\s+{joiners}\s+(?:the\s+)?")


def _joint_subject(sentence: Sentence) -> list[Found]:
    """"The WCO and INTERPOL announced …", "Thực hiện Kế hoạch X, A phối hợp với B …": the two bodies a sentence
    opens with (after an opening clause), joined by a word of lexicon `subject_joiners`, are the two parties a later
    "the two organizations" / "hai bên" stands for."""
    bodies = [m for m in sentence.mentions if m.type in ("Agency", "Country") and m.key and m.role == ""][:2]
    if len(bodies) < 2 or bodies[0].key == bodies[1].key:
        return []
    first, second = bodies
    opens = _SUBJECT_OPENING.fullmatch(sentence.text, sentence.start, first.start)
    return bodies if opens and _subject_join().fullmatch(sentence.text, first.end, second.start) else []


def _sentences(read: ReadDocument, mentions: list[Found], spans: list[tuple[int, int]]) -> list[Sentence]:
    """Each sentence with the mentions inside it, in text order, longest first where two begin together (the
    mentions come sorted so: the sort only checks that)."""
    ordered = sorted(mentions, key=lambda f: (f.start, -f.end))
    starts = [f.start for f in ordered]
    return [Sentence(s, e, read.content, [f for f in ordered[bisect_left(starts, s):bisect_left(starts, e)] if f.end <= e])
            for s, e in spans]


def _held_in(mentions: list[Found], facts: FactSet) -> None:
    """A meeting is held in a country the text names ("tại Hà Nội" alone leaves its place a city of the meeting,
    with no HELD_IN): a country named only inside an agency's or a person's name is no country of the text."""
    named = {m.key for m in mentions if m.type == "Country" and m.role not in ("anaphor", "in_name", "tail", "title")}
    for meeting in [m for m in mentions if m.type == "Meeting" and m.attrs.get("country_key") in named]:
        facts.add(Fact("HELD_IN", meeting.key, meeting.attrs["country_key"], meeting.attrs["place_sentence"]))


def _campaigns_named(sentence: Sentence) -> list[Found]:
    """The campaigns a sentence names; a phase stands for the phase, not also for its series, even where the series
    is named apart ("Operation Storm VI, the latest phase of the Operation Storm series")."""
    named = [m for m in sentence.mentions if m.type == "Campaign" and m.key]
    series = {m.attrs.get("series_id") for m in named}
    return [m for m in named if m.key not in series]


@dataclass
class _Reading:
    """What reading a document carries from one sentence to the next."""

    read: ReadDocument
    facts: FactSet = field(default_factory=FactSet)
    pair: list[Found] = field(default_factory=list)  # the two parties last named together ("hai bên")
    recent: list[list[Found]] = field(default_factory=list)  # the campaigns of the sentences read so far
    phases: dict[str, Found] = field(default_factory=dict)  # each series' phase the text named last
    host: Found | None = None  # the last meeting with a known place, for meetings held beside it
    sentence_of: dict[int, tuple[int, int]] = field(default_factory=dict)

    def events(self, sentence: Sentence) -> None:
        """Meetings, dates and the trigger facts of one sentence (its meetings' dates and places where it names any)."""
        if sentence.mentions:
            self._meetings(sentence)
        recent = [c for named in self.recent[-2:] for c in named]
        before = self.pair
        self.pair = attempt("relations.triggers", lambda: sentence_relations(sentence, self.facts, self.pair, recent),
                            self.pair)
        if self.pair is before:
            self.pair = _joint_subject(sentence) or self.pair
        named = _campaigns_named(sentence) or sentence.carried  # "Customs of 14 Members took part.": still that operation
        if not named and any(m.type == "Meeting" for m in sentence.mentions):
            self.recent.clear()  # "The workshop brought together …": the text has turned to a meeting
        self.phases.update({str(m.attrs["series_id"]): m for m in named if m.attrs.get("series_id")})
        self.recent.append([self.phases.get(m.key, m) for m in named])  # after "Pangea is an annual operation …", the
        # text speaks of the phase it named before again
        self.pair = _meeting_pair(sentence, self.facts) or self.pair
        if sentence.mentions:
            attempt("attributes.share_attributes", lambda: share_attributes(sentence), None)

    def _meetings(self, sentence: Sentence) -> None:
        attempt("attributes.assign_dates", lambda: assign_dates(sentence, self.read.year), None)
        attempt("attributes.meeting_facts", lambda: meeting_facts(sentence, self.facts), None)
        attempt("attributes.sideline_place", lambda: sideline_place(sentence, self.host), None)
        self.host = next((m for m in reversed(sentence.mentions) if m.type == "Meeting" and "country_key" in m.attrs),
                         None) or attempt("attributes.visited", lambda: visited(sentence), None) or self.host

    def structure(self, sentence: Sentence) -> None:
        """What the sentence states by the way it names things (a sentence that names nothing states nothing)."""
        if not sentence.mentions:
            return
        span = (sentence.start, sentence.end)
        for mention in sentence.mentions:
            self.sentence_of[id(mention)] = span
            if mention.role != "anaphor" and mention.key:
                attempt("structure.mention_facts", partial(structure.mention_facts, mention, self.facts, span),
                        None)
            if mention.type == "Person":
                attempt("structure.nearest_leader",
                        partial(structure.nearest_leader, mention, sentence.mentions, self.facts, span), None)
        text = self.read.content
        attempt("structure.part_of_phrases", lambda: structure.part_of_phrases(text, sentence.mentions, self.facts, span), None)
        attempt("structure.compound_roles", lambda: structure.compound_roles(text, sentence.mentions, self.facts, span), None)
        attempt("structure.owned_campaigns", lambda: structure.owned_campaigns(text, sentence.mentions, self.facts, span), None)
        attempt("membership.member_lists", lambda: membership.member_lists(text, sentence.mentions, self.facts, span), None)


def analyse(read: ReadDocument) -> tuple[list[Found], FactSet]:
    found = find_mentions(read.content)
    mentions = attempt("meetings.without_posts", lambda: without_posts(read.content, found), found)
    spans = split_sentences(read.content)
    resolve_anaphora(read.content, mentions, spans)
    reading = _Reading(read)
    sentences = _sentences(read, mentions, spans)
    for sentence in sentences:
        reading.events(sentence)
        reading.structure(sentence)
    facts = reading.facts
    identity.rekey_meetings(read.content, mentions, facts)
    attempt("frames.co_hosts", lambda: frames.co_hosts(sentences, facts), None)
    attempt("frames.frame_attendance", lambda: frames.frame_attendance(sentences, facts), None)
    attempt("pipeline.held_in", lambda: _held_in(mentions, facts), None)
    attempt("inference.focal_participation", lambda: inference.focal_participation(mentions, facts, reading.sentence_of), None)
    attempt("inference.planning_partners",
            lambda: inference.planning_partners([m for m in mentions if m.type == "Meeting" and m.key], facts), None)
    attempt("inference.chairs_bodies_host", lambda: inference.chairs_bodies_host(facts), None)
    attempt("inference.review_partners",
            lambda: inference.review_partners([m for m in mentions if m.type == "Meeting" and m.key], facts), None)
    attempt("inference.edition_facts", lambda: inference.edition_facts(read.content, facts), None)
    attempt("inference.inherited_roles", lambda: inference.inherited_roles(facts), None)
    attempt("structure.units_in_parents_country", lambda: structure.units_in_parents_country(mentions, facts), None)
    attempt("structure.countries_named_alone", lambda: structure.countries_named_alone(mentions, facts), None)
    return mentions, facts


def extract(read: ReadDocument) -> DocumentResult:
    """One document's entities and facts; a rule that raises is listed in ``failures`` and the rest is kept."""
    with collecting() as failures:
        mentions, facts = analyse(read)
        return DocumentResult(entities_of(read, mentions, facts), relations_of(read, facts), failures)
