"""All mentions of a document: gazetteer names, then the rules, then one layer of non-overlapping entity mentions
with meetings laid over it (a meeting's name may hold the agencies and campaigns it is about)."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable
from functools import partial

from loaders.extract import (
    acronyms,
    agencies,
    campaign_uses,
    campaigns,
    datelines,
    local,
    meetings,
    organisations,
    people,
    series,
    units,
    vietnamese_campaigns,
)
from loaders.extract.found import Found, SpanIndex
from loaders.extract.guard import attempt
from loaders.extract.matcher import Hit, find_names


def _from_hit(text: str, hit: Hit) -> Found | None:
    entry = hit.entry
    if entry.type == "Campaign":
        return campaigns.from_hit(text, hit)
    if entry.type == "Agency":
        return agencies.agency_found(entry, hit.start, hit.end)
    return Found(entry.type, entry.id, hit.start, hit.end, entry.name, {"country": entry.country})


def _rank(found: Found) -> tuple[int, int, int]:
    phased = 1 if found.attrs.get("phase") else 0
    return (-(found.end - found.start), -phased, 0 if found.attrs.get("gazetteer") else 1)


def _layer(found: list[Found]) -> list[Found]:
    """Longest first; a shorter mention inside a kept one survives as a "part" if it is another thing."""
    kept: list[Found] = []
    starts: list[tuple[int, int]] = []  # (start, position in kept), sorted: kept spans are found by bisect
    longest = max((f.end - f.start for f in found), default=0)
    for item in sorted(found, key=_rank):
        near = [kept[i] for _, i in starts[bisect_left(starts, (item.start - longest, -1)):
                                          bisect_left(starts, (item.end, -1))]]
        over = [k for k in near if k.overlaps(item)]
        nested = all(item.within(k) and k.key != item.key and k.type in ("Agency", "Campaign") for k in over)
        if over and not (nested and item.type in ("Agency", "Country") and not any(k.role == "part" for k in over)):
            continue
        if over:
            item.role = "part"
        insort(starts, (item.start, len(kept)))
        kept.append(item)
    return sorted(kept, key=lambda f: f.start)


def _absorb_brackets(text: str, found: list[Found]) -> list[Found]:
    """"Con Rồng Mê Kông 5 (OMD)": a bracketed name of the same series is part of the mention before it."""
    out: list[Found] = []
    for item in found:
        prev = out[-1] if out else None
        if prev and item.type == "Campaign" == prev.type and text[prev.end:item.start] == " (" and \
                text[item.end:item.end + 1] == ")" and prev.attrs.get("series_id", prev.key) == item.key:
            prev.end = item.end + 1
            continue
        out.append(item)
    return out


def _rule(name: str, run: Callable[[], list[Found]]) -> list[Found]:
    """One name-finding rule; a rule that fails finds nothing and the others go on (see guard)."""
    return attempt(name, run, [])


def _gazetteer_names(text: str) -> list[Found]:
    found = [f for f in (_from_hit(text, h) for h in find_names(text)) if f]
    for item in found:
        item.attrs["gazetteer"] = True
    return found


def _entity_layer(text: str) -> list[Found]:
    found = _rule("gazetteer", lambda: _gazetteer_names(text))
    for name, finder in (("campaigns.coded", campaigns.coded), ("campaigns.named", campaigns.named),
                         ("campaigns.described", campaigns.described),
                         ("campaigns.dated_task_forces", campaigns.dated_task_forces),
                         ("vietnamese_campaigns", vietnamese_campaigns.vietnamese_campaigns)):
        found += _rule(name, partial(finder, text))
    found += _rule("campaign_uses.series_written_out", lambda: campaign_uses.series_written_out(text, found))
    found += _rule("acronyms.acronym_definitions", lambda: acronyms.acronym_definitions(text, found))
    found += _rule("units.units", lambda: units.units(text, found))
    gazetted = SpanIndex([f for f in found if f.type == "Agency"])
    english = _rule("agencies.english_names", lambda: agencies.english_names(text))
    known = {e.key for e in english if gazetted.overlapping(e.start, e.end)}  # a unit whose parent is known is
    found += [e for e in english if e.key not in known and not any(t in known for _, t in e.links)]  # found by units
    found += _rule("units.prefixed_units", lambda: units.prefixed_units(text, found))
    found += _rule("organisations.acronym_bodies", lambda: organisations.acronym_bodies(text, found))
    found += _rule("organisations.foreign_police", lambda: organisations.foreign_police(text, found))
    found += _rule("organisations.offices", lambda: organisations.offices(text, found))
    found += _rule("organisations.organisations", lambda: organisations.organisations(text, found))
    found += _rule("agencies.counterparts", lambda: agencies.counterparts(text, found))
    found += _rule("local.local_agencies", lambda: local.local_agencies(text, found))
    found = [f for f in found if not f.attrs.get("replaced")]
    layer = _absorb_brackets(text, _layer(found))
    attempt("agencies.descriptors", lambda: agencies.descriptors(text, layer), None)
    attempt("agencies.country_tails", lambda: agencies.country_tails(text, layer), None)
    layer += _rule("acronyms.acronym_uses", lambda: acronyms.acronym_uses(text, layer))
    layer += _rule("campaign_uses", lambda: campaign_uses.campaign_uses(text, layer))
    return layer + _rule("agencies.customs_enumerations", lambda: agencies.customs_enumerations(text, layer))


def _nest(entities: list[Found], meeting_list: list[Found]) -> list[Found]:
    named = SpanIndex([m for m in meeting_list if m.role != "anaphor"])
    for entity in entities:
        entity.inside = next((m for m in named.overlapping(entity.start, entity.end) if entity.within(m)), None)
    real = SpanIndex([e for e in entities if e.role != "anaphor"])
    return [m for m in meeting_list if not any(m.role == "anaphor" or m.within(e)
                                               for e in real.overlapping(m.start, m.end))]


def find_mentions(text: str) -> list[Found]:
    """Every mention in a content view, in text order."""
    entities = _entity_layer(text)
    index = SpanIndex(entities)
    entities += [a for a in _rule("campaigns.anaphora", lambda: campaigns.anaphora(text))
                 if not any(e.type != "Agency" or not e.within(a) for e in index.overlapping(a.start, a.end))]
    worded = _rule("meetings.find_meetings", lambda: meetings.find_meetings(text))
    named = SpanIndex([m for m in worded if m.role != "anaphor"])
    acronymed = [m for m in _rule("series.series_meetings", lambda: series.series_meetings(text))
                 if not named.overlapping(m.start, m.end)]
    shortened = _rule("series.short_names", lambda: series.short_names(text, worded))
    meeting_list = _nest(entities, sorted(worded + acronymed + shortened, key=lambda f: f.start)
                         + _rule("meetings.event_anaphora", lambda: meetings.event_anaphora(text)))
    if not any(m.role == "" for m in meeting_list):  # a text that names no meeting may state one by a verb
        meeting_list = sorted(meeting_list + _rule("meetings.verb_events", lambda: meetings.verb_events(text)),
                              key=lambda f: f.start)
    attempt("meetings.mark_planned", lambda: meetings.mark_planned(text, meeting_list), None)
    persons = _rule("people.find_people", lambda: people.find_people(text, [e for e in entities if e.type == "Agency"]))
    persons = [p for p in persons if not any(e.role != "title" for e in index.overlapping(p.start, p.end))]
    towns = _rule("datelines.datelines", lambda: datelines.datelines(text, entities))
    return sorted(entities + meeting_list + persons + towns, key=lambda f: (f.start, -f.end))
