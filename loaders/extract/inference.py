"""Facts a careful reader infers from the others, each with a lower confidence than what the text states:

- the agency an article is about takes part in the campaigns it reports on, when nothing else links them;
- the parties to a planning meeting for a campaign phase are partners of that phase;
- the countries reporting at a review meeting of a phase took part in it;
- a sentence dated in the year of the one annual edition an article names speaks of that edition;
- a body that supports or coordinates a series does so for the phases its partners take part in.
Campaigns are joined by administrations, so a department's inferred participation counts for its administration.
"""

from __future__ import annotations

import re
from collections import Counter

from loaders.extract.facts import Fact, FactSet
from loaders.extract.found import Found
from loaders.extract.gazetteer import gazetteer

FOCAL_KINDS = ("customs", "police")
INHERITED_ROLES = {"supporter", "coordinator"}


def administration(key: str, facts: FactSet) -> str:
    """The top of a unit's chain of parents, short of a ministry."""
    seen = {key}
    while True:
        parents = [t for (typ, s, t) in facts.of("PART_OF") if s == key]
        entry = gazetteer().get(key)
        parent = parents[0] if parents else (entry.parent if entry else None)
        parent_entry = gazetteer().get(parent) if parent else None
        if not parent or parent in seen or (parent_entry and parent_entry.kind == "ministry"):
            return key
        seen.add(parent)
        key = parent


def focal_agency(mentions: list[Found]) -> str | None:
    counts = Counter(m.key for m in mentions if m.type == "Agency" and m.attrs.get("kind") in FOCAL_KINDS
                     and m.role != "part" and m.inside is None)
    top = counts.most_common(1)
    return top[0][0] if top and top[0][1] >= 2 else None


def _linked(facts: FactSet, agency: str, campaign: str) -> bool:
    return any(s in (agency,) and t == campaign for (_, s, t) in facts.of("PARTICIPATED_IN"))


def focal_participation(mentions: list[Found], facts: FactSet, sentence_of: dict[int, tuple[int, int]]) -> None:
    focal = focal_agency(mentions)
    if focal is None:
        return
    branch = any(m.key == focal and m.attrs.get("branch") for m in mentions)  # a local branch acts for itself
    root = focal if branch else administration(focal, facts)
    for campaign in [m for m in mentions if m.type == "Campaign" and m.key and m.inside is None and m.role != "anaphor"]:
        if not _linked(facts, root, campaign.key) and not _linked(facts, focal, campaign.key):
            span = sentence_of.get(id(campaign), (campaign.start, campaign.end))  # a name outside every sentence
            facts.add(Fact("PARTICIPATED_IN", root, campaign.key, span, {"participant"}, 0.5))


def planning_partners(meetings: list[Found], facts: FactSet) -> None:
    for meeting in [m for m in meetings if m.attrs.get("kind") == "planning"]:
        campaigns = [t for (_, s, t) in facts.of("ABOUT") if s == meeting.key]
        for (_, party, _) in [k for k in facts.of("ATTENDED") if k[2] == meeting.key]:
            entry = gazetteer().get(party)
            if party.startswith("person:") or (entry and entry.type == "Person"):
                continue
            for campaign in campaigns:
                evidence = facts.facts[("ATTENDED", party, meeting.key)][0].sentence
                facts.add(Fact("PARTICIPATED_IN", administration(party, facts), campaign, evidence, {"participant"}, 0.6))


def inherited_roles(facts: FactSet) -> None:
    series = {s: t for (_, s, t) in facts.of("PHASE_OF")}
    for (_, agent, phase) in facts.of("PARTICIPATED_IN"):
        roles = facts.roles("PARTICIPATED_IN", agent, series.get(phase, "")) & INHERITED_ROLES
        if roles:
            sentence = facts.facts[("PARTICIPATED_IN", agent, phase)][0].sentence
            facts.add(Fact("PARTICIPATED_IN", agent, phase, sentence, roles, 0.6))


def chairs_bodies_host(facts: FactSet) -> None:
    """"KCS Commissioner Kim and the TCD's Director-General Panupong co-chaired the talks": the bodies their chairs
    lead host the meeting too (co-chairs host, as the conventions say)."""
    led = {(s, t) for (_, s, t) in facts.of("LEADS")}
    for (_, person, meeting) in facts.of("ATTENDED"):
        if "chair" not in facts.roles("ATTENDED", person, meeting):
            continue
        evidence = facts.facts[("ATTENDED", person, meeting)][0].sentence
        for body in [t for s, t in led if s == person]:
            facts.add(Fact("ATTENDED", body, meeting, evidence, {"host"}, 0.6))


def review_partners(meetings: list[Found], facts: FactSet) -> None:
    """The countries reporting at a review of one phase took part in that phase (a series' review gathers guests too,
    so only phases count)."""
    phases = {s for (_, s, _) in facts.of("PHASE_OF")}
    for meeting in [m for m in meetings if m.attrs.get("kind") == "review"]:
        reviewed = [t for (_, s, t) in facts.of("ABOUT") if s == meeting.key and t in phases]
        for (_, party, _) in [k for k in facts.of("ATTENDED") if k[2] == meeting.key and k[1].startswith("country:")]:
            if "host" in facts.roles("ATTENDED", party, meeting.key):
                continue
            evidence = facts.facts[("ATTENDED", party, meeting.key)][0].sentence
            for phase in reviewed:
                facts.add(Fact("PARTICIPATED_IN", party, phase, evidence, {"participant"}, 0.6))


def _of_the_edition(text: str, fact: Fact, year: str) -> bool:
    """A sentence dated in the edition's year, or one that reaches the series without naming it ("The operation
    received support from …"), speaks of the edition."""
    sentence = text[fact.sentence[0]:fact.sentence[1]]
    return year in sentence or not _NAMES_A_SERIES.search(sentence)


_NAMES_A_SERIES = re.compile(r"(?<![\w])(?:[Oo]peration|[Cc]hiến dịch|[Cc]ampaign|[Ss]eries)\s+[A-Z]")


def edition_facts(text: str, facts: FactSet) -> None:
    """An article about one annual edition of a series ("Thunder 2022") speaks of that edition when a sentence dated
    in its year, or one that does not name the series, says who coordinated, supported or took part in the series:
    those facts move to the edition. Who initiated the series stays with the series."""
    editions: dict[str, list[str]] = {}
    for (_, phase, series) in facts.of("PHASE_OF"):
        editions.setdefault(series, []).append(phase)
    for series, phases in editions.items():
        year = phases[0].rsplit("-", 1)[-1]
        if len(phases) != 1 or not (year.isdigit() and len(year) == 4):
            continue
        for key in [k for k in facts.of("PARTICIPATED_IN") if k[2] == series]:
            moved = [f for f in facts.facts[key] if not f.roles & {"initiator"} and _of_the_edition(text, f, year)]
            facts.facts[key] = [f for f in facts.facts[key] if f not in moved]
            if not facts.facts[key]:
                del facts.facts[key]
            for fact in moved:
                facts.add(Fact(fact.type, fact.source, phases[0], fact.sentence, fact.roles, fact.confidence, fact.title))
