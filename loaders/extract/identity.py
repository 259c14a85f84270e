"""One meeting, one id within a document. An article names its event several times: in the headline, in full in
the first paragraph, with a short name in brackets ("(the 33rd NCP Meeting)"), and later descriptively ("the
meeting to discuss OMD V's achievements", "the high-level debriefing"). These namings are folded into one:

- namings of one kind with the same numbers and similar names (a headline paraphrase);
- a name in brackets right after a meeting's name is another name of it;
- a descriptive English naming (in lower case) belongs to the meeting whose frame it stands in, unless it names
  other numbers or another campaign.
Planning and review meetings then take an id from their campaign, the others from their name and year.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import cache, lru_cache, partial

from graph.keys import fold, short_hash, slug
from loaders.extract.facts import FactSet
from loaders.extract.found import Found
from loaders.extract.gazetteer import lexicon


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """Words that say what kind of meeting, not which one: the meeting words, kind words and modifiers."""
    words = [*lexicon()["meeting_words"], *lexicon()["meeting_modifiers"]]
    words += [w for kind in lexicon()["meeting_kind_words"].values() for w in kind]
    return frozenset(p for w in words for p in fold(w).split()) | {"the", "a", "an"}


def plain_name(name: str) -> bool:
    """"Cuộc họp song phương", "the bilateral meeting": a name that says only the kind names no meeting by itself."""
    return set(fold(name).split()) <= _plain_words()


def _meeting_key(meeting: Found, facts: FactSet, document: Callable[[], str]) -> str:
    about = [t for (_, s, t) in facts.of("ABOUT") if s == meeting.key]
    kind = meeting.attrs.get("kind")
    if about and kind in ("planning", "review"):  # one per phase and place: a mid-term review and a debriefing differ
        place = str(meeting.attrs.get("country_key", "")).split(":")[-1]
        return f"meeting:{kind}-{about[0].split(':', 1)[1]}" + (f"-{place}" if place else "")
    year = str(meeting.attrs.get("start") or "")[:4]
    salt = str(meeting.attrs.get("generic", "")) or (document() if plain_name(meeting.name) else "")  # its document's own
    return f"meeting:{slug(meeting.name)[:48]}-{short_hash(meeting.name + year + salt)[:6]}"


@lru_cache(maxsize=65536)
def _similar(first: str, second: str, floor: float = 0.85) -> bool:
    """Folded names that mostly agree. Kept per pair: a long document repeats its names, and the quick upper bounds
    spare most full comparisons."""
    if min(len(first), len(second)) < 12:
        return False
    matcher = SequenceMatcher(None, first, second)
    return matcher.real_quick_ratio() >= floor and matcher.quick_ratio() >= floor and matcher.ratio() >= floor


def _numbers(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\d+", name))


def _repeats(meetings: list[Found]) -> dict[str, str]:
    """Namings of one kind and numbers with similar names (the same numbers let shorter paraphrases agree)."""
    named: dict[tuple[object, tuple[str, ...]], list[tuple[str, str]]] = defaultdict(list)
    merged: dict[str, str] = {}
    for meeting in meetings:
        name = fold(meeting.name)
        numbers = _numbers(name)
        bucket = named[(meeting.attrs.get("kind"), numbers)]
        floor = 0.6 if numbers else 0.85
        twin = next((key for key, other in bucket if key != meeting.key and _similar(other, name, floor)), None)
        if twin is None and (meeting.key, name) not in bucket:
            bucket.append((meeting.key, name))
        elif twin is not None and meeting.key not in merged:
            merged[meeting.key] = twin
    return merged


def _bracketed(text: str, meetings: list[Found]) -> dict[str, str]:
    """"The 33rd Meeting of … (the 33rd NCP Meeting)": the bracketed name is the same meeting."""
    merged = {}
    for first, second in itertools.pairwise(meetings):
        if re.fullmatch(r"\s*\(\s*(?:the\s+)?", text[first.end:second.start], re.I) and \
                text[second.end:second.end + 1] == ")" and second.key != first.key:
            merged[second.key] = first.key
    return merged


def _campaigns(facts: FactSet) -> dict[str, set[str]]:
    about: dict[str, set[str]] = defaultdict(set)
    for (_, meeting, campaign) in facts.of("ABOUT"):
        about[meeting].add(campaign)
    return about


def _descriptive_naming(meeting: Found) -> bool:
    """An English naming in lower case ("the meeting of OMD V"): English writes a meeting's own name capitalised.
    Vietnamese writes "cuộc họp", "hội thảo" in lower case for named meetings too, so only English counts."""
    return meeting.name[:1].islower() and meeting.name.isascii()


SHORTENED_SHARE = 0.8  # of a title naming's words the text's name must hold


def _shortened(naming: Found, named: Found) -> bool:
    """A Vietnamese title's naming whose words the text's name holds, all or nearly ("hội thảo về phòng, chống ma túy
    tổng hợp", "Hội thảo quốc tế về phòng, chống ma túy tổng hợp khu vực Đông Nam Á"; "Hội nghị Bộ trưởng các nước
    thành viên Bản ghi nhớ …", "Hội nghị Bộ trưởng các nước ký Bản ghi nhớ … lần thứ 12"): the title shortens it."""
    words = set(fold(naming.name).split())
    return len(words & set(fold(named.name).split())) >= SHORTENED_SHARE * len(words)


def _descriptive(meetings: list[Found], facts: FactSet, title_end: int) -> dict[str, str]:
    """Lower-case namings after a meeting was named belong to that meeting's frame (or to the meeting last named of
    their kind, where the frame's is another), and those in the title to the
    first meeting of their kind named after them, unless they name other numbers or another campaign; so does a
    Vietnamese title's naming the text's name holds word for word, and a title's naming that says only the kind
    ("hội đàm song phương") names the first meeting of any kind."""
    about = _campaigns(facts)
    merged: dict[str, str] = {}
    frame: Found | None = None
    headline: list[Found] = []  # descriptive namings in the title: "WCO and UNODC hold regional workshop on …"

    def fits(naming: Found, named: Found) -> bool:
        numbers = set(_numbers(naming.name)) - set(_numbers(named.name))
        return not numbers and not about.get(naming.key, set()) - about.get(named.key, set())

    of_kind: dict[object, Found] = {}  # the meeting last named of each kind
    for meeting in meetings:
        if frame is not None and _descriptive_naming(meeting):
            target = _of_its_kind(meeting, frame, of_kind)
            if meeting.key != target.key and fits(meeting, target):
                merged[meeting.key] = target.key
                continue
        if frame is None and (_descriptive_naming(meeting) or not meeting.name.isascii()) and meeting.end <= title_end:
            headline.append(meeting)
            continue
        title = next((t for t in headline if fits(t, meeting) and (plain_name(t.name) or (
            t.attrs.get("kind") == meeting.attrs.get("kind") and (_descriptive_naming(t) or _shortened(t, meeting))))),
                     None)
        if title is not None and meeting.key != title.key:  # folded into the first naming, as repeats are
            merged[meeting.key] = title.key
        headline = []
        frame = of_kind[meeting.attrs.get("kind")] = meeting
    return merged


def _of_its_kind(naming: Found, frame: Found, of_kind: dict[object, Found]) -> Found:
    """"… the 14th Korea-Thailand Customs Heads' Meeting, held on the sidelines of the … Conference. … co-chaired the
    bilateral talks": a naming of another kind than the frame's names the meeting last named of its own kind."""
    kind = naming.attrs.get("kind")
    return of_kind[kind] if kind != frame.attrs.get("kind") and kind in of_kind and kind != "meeting" else frame


def _chase(merged: dict[str, str]) -> dict[str, str]:
    """Each folded key to the first naming its chain ends at."""
    final = {}
    for key in merged:
        seen, target = {key}, merged[key]
        while target in merged and target not in seen:
            seen.add(target)
            target = merged[target]
        final[key] = target
    return final


PLACE = ("country_key", "country", "city", "place_sentence")


def _share_place(meetings: list[Found], firsts: dict[str, Found], merged: dict[str, str]) -> None:
    """One meeting, one place: where any of its namings says it was held, its first naming knows it too."""
    for meeting in meetings:
        first = firsts.get(merged.get(meeting.key, meeting.key))
        if first is not None and "country_key" not in first.attrs and "country_key" in meeting.attrs:
            first.attrs.update({k: meeting.attrs[k] for k in PLACE if k in meeting.attrs})


def rekey_meetings(text: str, mentions: list[Found], facts: FactSet) -> None:
    """Final meeting ids (planning/review ones by their campaign), repeats folded into their first naming."""
    meetings = [m for m in mentions if m.type == "Meeting" and m.key and m.role != "anaphor"]
    title_end = text.find("\n", len(text) - len(text.lstrip()))  # the first line that holds any text
    described = _descriptive(meetings, facts, title_end if title_end >= 0 else len(text))
    merged = _chase(described | _bracketed(text, meetings) | _repeats(meetings))
    firsts = {m.key: m for m in meetings if m.key not in merged}
    _share_place(meetings, firsts, merged)
    document = cache(partial(short_hash, text[:300]))  # folding 300 characters costs more than the rest: only on demand
    final = {key: _meeting_key(m, facts, document) for key, m in firsts.items()}
    renamed = final | {old: final[new] for old, new in merged.items() if new in final}
    for mention in mentions:
        mention.key = renamed.get(mention.key, mention.key)
    old = facts.facts
    facts.facts = {}
    for (_, source, target), items in old.items():
        for fact in items:
            fact.source, fact.target = renamed.get(source, source), renamed.get(target, target)
            facts.add(fact)
