"""Turn one document's mentions and facts into contract entities and relations, evidence attached."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from graph.merge import more_precise
from graph.model import ENTITY_TYPES, Entity, Evidence, Mention, Relation
from loaders.extract.facts import FactSet
from loaders.extract.found import Found
from loaders.extract.gazetteer import gazetteer, lexicon
from loaders.extract.identity import plain_name
from loaders.extract.unnamed import generic_name
from loaders.extract.word_regex import opening
from loaders.read import ReadDocument

# each field is set on its own (their order is of no matter)
FIELDS = frozenset({"country", "kind", "series", "phase", "start", "end", "focus", "city", "online", "title"})
DEFAULT_ROLE = {"PARTICIPATED_IN": "participant", "ATTENDED": "participant"}


def _name(mention: Found, names: dict[str, str], facts: FactSet) -> str:
    entry = gazetteer().get(mention.key)
    if entry is not None:
        return entry.name
    if mention.type == "Meeting":
        about = [t for (_, s, t) in facts.of("ABOUT") if s == mention.key]
        kind = mention.attrs.get("kind")
        if about and kind in ("planning", "review") and about[0] in names:
            return f"{names[about[0]]} {kind} meeting"
        if mention.attrs.get("generic") or plain_name(mention.name):  # "Joint conference (Port Moresby, 2025)"
            place = mention.attrs.get("city") or mention.attrs.get("country")
            return generic_name(mention.name, place, str(mention.attrs.get("start") or "")[:4] or None)
        return mention.name[:1].upper() + mention.name[1:]
    return mention.name


def _fields(mention: Found) -> dict[str, Any]:
    values = {k: value for k, value in mention.attrs.items() if k in FIELDS and value not in (None, [], "")}
    if mention.type != "Agency" and mention.type != "Meeting":
        values.pop("country", None)
    return values





def _add(entities: dict[str, Entity], read: ReadDocument, mention: Found, name: str, implied: bool = False) -> None:
    """Add a mention; an implied entity (named only inside another name) takes no alias from that text but the one it
    is given ("Operation Wildcat" for the series of "Operation Wildcat II")."""
    doc = read.document
    text = doc.text[mention.start:mention.end]
    entity = entities.get(mention.key)
    if entity is None:  # built once per entity, not once per mention
        entity = entities[mention.key] = Entity(id=mention.key, type=mention.type, name=name)  # type: ignore[arg-type]
    if _proper_after_description(entity, text):  # "hold regional workshop on …" in a title, then its own name
        entity.aliases.append(entity.name)
        entity.name = name
    entity.mentions.append(Mention(document=doc.id, text=text, start=mention.start, end=mention.end))
    named = (text, mention.attrs.get("alias"), mention.attrs.get("unit_name"))
    generic = mention.attrs.get("derived") or mention.attrs.get("worded")  # "Giai đoạn 2" is no name of phase 2
    for alias in (mention.attrs.get("alias"),) if implied else () if generic else named:
        if alias and alias != entity.name and alias not in entity.aliases:
            entity.aliases.append(alias)
    for key, value in _fields(mention).items():
        if getattr(entity, key) in (None, []) or (key in ("start", "end") and more_precise(getattr(entity, key), value)):
            setattr(entity, key, value)


def _proper_after_description(entity: Entity, text: str) -> bool:
    """Cheap tests first: listing every mention of every entity at each of its mentions was quadratic in a long
    document (an agency named thousands of times)."""
    return entity.type == "Meeting" and (text[:1].isupper() or text[:1].isdigit()) and bool(entity.mentions) and \
        all(m.text[:1].islower() for m in entity.mentions)


def _implied(entities: dict[str, Entity], read: ReadDocument, mentions: list[Found], facts: FactSet) -> None:
    """Countries of agencies and meeting cities, and series of phases, exist even where the text names them only
    inside another name."""
    by_key = {m.key: m for m in mentions if m.role != "anaphor"}  # "the operation" does not name the series
    for _, source, target in facts.of("BELONGS_TO") + facts.of("PHASE_OF") + facts.of("HELD_IN"):
        if target in entities or source not in by_key:
            continue
        entry = gazetteer().get(target)
        carrier = by_key[source]
        if entry is not None:
            implied = Found(entry.type, target, carrier.start, carrier.end, entry.name, {"focus": entry.focus})
        else:
            series = str(carrier.attrs.get("series"))
            carrier = _naming(read.document.text, mentions, source, series) or carrier  # not "Giai đoạn 2"
            implied = Found("Campaign", target, carrier.start, carrier.end, series)
        if implied.type == "Campaign":
            implied.attrs["alias"] = _series_as_written(read.document.text[carrier.start:carrier.end], implied.name)
        _add(entities, read, implied, implied.name, implied=True)


def _naming(text: str, mentions: list[Found], key: str, series: str) -> Found | None:
    """The last mention of a phase that writes its series' name."""
    return next((m for m in reversed(mentions) if m.key == key and m.role != "anaphor" and series in text[m.start:m.end]),
                None)


def _series_as_written(phase: str, series: str) -> str | None:
    """"Operation Wildcat II" → "Operation Wildcat": the series as the phase's name writes it, with the cue right
    before it ("giai đoạn thứ ba của Chiến dịch Mercury" → "Chiến dịch Mercury")."""
    at = phase.find(series)
    cue = _cue_before().search(phase, 0, at) if at > 0 else None
    return phase[cue.start():at + len(series)] if cue else None


@cache
def _cue_before() -> re.Pattern[str]:
    return re.compile(rf"{opening(lexicon()['campaign_cues'], not_after='-')}[ \t]+[\"“]?$")


def entities_of(read: ReadDocument, mentions: list[Found], facts: FactSet) -> list[Entity]:
    real = [m for m in mentions if m.type in ENTITY_TYPES and m.key and m.role not in ("anaphor", "in_name")]
    names = {m.key: _name(m, {}, facts) for m in real if m.type == "Campaign"}
    entities: dict[str, Entity] = {}
    for mention in real:
        _add(entities, read, mention, _name(mention, names, facts))
    _implied(entities, read, mentions, facts)
    for meeting in [e for e in entities.values() if e.type == "Meeting" and not e.start and read.year]:
        meeting.start = meeting.end = str(read.year)  # a meeting the article reports on falls in its year
    return list(entities.values())


def _strongest(type_: str, roles: set[str]) -> set[str]:
    """A host of a meeting is more than one of its participants: "participant" goes where "host" stands."""
    return roles - {"participant"} if type_ == "ATTENDED" and "host" in roles else roles


def relations_of(read: ReadDocument, facts: FactSet) -> list[Relation]:
    doc = read.document
    out = []
    made: dict[tuple[int, int], Evidence] = {}  # one (frozen) record per sentence, shared by the facts it states
    for (type_, source, target), items in facts.facts.items():
        roles = sorted(_strongest(type_, set().union(*[f.roles for f in items]))) or \
            ([DEFAULT_ROLE[type_]] if type_ in DEFAULT_ROLE else [])
        spans = sorted({f.sentence for f in items})
        for span in spans:
            if span not in made:
                made[span] = Evidence(document=doc.id, text=doc.text[span[0]:span[1]], start=span[0], end=span[1])
        title = next((f.title for f in items if f.title), None)
        out.append(Relation(type=type_, source=source, target=target, roles=roles,  # type: ignore[arg-type]
                            confidence=max([f.confidence for f in items]), evidence=[made[span] for span in spans],
                            title=title))
    return out
