"""Relations stated by trigger phrases (loaders/data/lexicon.yaml): who took part in, initiated, coordinated or
supported a campaign, who attended or hosted a meeting. One sentence at a time; the agents of a trigger are the
names before it (its subject, or those after a passive "do"/"bởi") or after it ("với sự tham gia của X")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from loaders.extract.facts import Fact, FactSet
from loaders.extract.found import Found, lexicon_regex, listed, words_pattern
from loaders.extract.gazetteer import lexicon
from loaders.extract.prefilter import Openings
from loaders.extract.word_regex import alternation, words_regex

AGENT_TYPES = ("Agency", "Country", "Person")
_DETERMINER = re.compile(r"\s*(?:(?:the|a|an|their|its|his|her|our)\s+)?", re.I)  # "held their annual meeting"
_NOT_AGENTS = ("title", "shadow", "part", "modifier", "anaphor", "tail", "dateline")


@dataclass
class Trigger:
    start: int
    end: int
    config: dict[str, Any]
    agents: list[Found] = field(default_factory=list)


@dataclass
class Sentence:
    start: int
    end: int
    text: str  # the whole content view: offsets are absolute
    mentions: list[Found]
    invited: tuple[tuple[int, int], ...] | None = field(default=None, repr=False)  # invited_spans, found once
    carried: list[Found] = field(default_factory=list, repr=False)  # the recent campaign its triggers fell back to


def _phrase_regex(phrase: str) -> str:
    """A trigger phrase; "*" stands for a few words ("sự tham gia * của" takes "sự tham gia tích cực của")."""
    parts = [re.escape(p) for p in phrase.split(" * ")]
    return r"(?:\s+[^.;\s]+){0,4}?\s+".join(parts)  # as few words as can be: "organized by A and hosted by B"


@cache
def _triggers() -> tuple[re.Pattern[str], list[dict[str, Any]]]:
    """One alternation of every phrase, longest first; a phrase's group names its configuration."""
    configs = sorted(lexicon()["triggers"], key=lambda t: len(t["phrase"]), reverse=True)
    items = []
    for i, config in enumerate(configs):
        phrase = config["phrase"]
        head = phrase[:1] if phrase[1:].startswith(" * ") else phrase[:2]  # the literal characters it begins with
        items.append((head, rf"(?P<t{i}>{_phrase_regex(phrase)[len(re.escape(head)):]})"))
    return alternation(tuple(items), re.I), configs


@cache
def _openings() -> Openings:
    """The trigger alternation, tried only where a phrase's first words stand."""
    regex, configs = _triggers()
    return Openings(regex, [config["phrase"].split(" * ")[0] for config in configs])


def find_triggers(sentence: Sentence) -> list[Trigger]:
    """Trigger phrases outside names (found or capitalised inside one: "Organized Crime"), and outside the words that
    merely begin with one ("dự án", a project, is no "dự", attend: `trigger_exceptions`)."""
    matches = list(_openings().finditer(sentence.text, sentence.start, sentence.end))
    if not matches:
        return []  # most sentences
    blocked = [m for m in sentence.mentions if m.role != "anaphor" and not m.attrs.get("verb")]  # "đã tiếp và làm việc với"
    configs = _triggers()[1]
    exceptions = lexicon_regex("trigger_exceptions", re.I)
    out = []
    for match in matches:
        compound = sentence.text[match.start() - 1:match.start()] == "-"  # "INTERPOL-coordinated": compound_roles
        config = configs[int(str(match.lastgroup)[1:])]
        if not compound and not any(_blocks(m, match, config) for m in blocked) and \
                not exceptions.match(sentence.text, match.start()) and not _in_a_name(sentence, match) and \
                not _heads_a_name(sentence, match):
            out.append(Trigger(match.start(), match.end(), config))
    return out


def _blocks(mention: Found, match: re.Match[str], config: dict[str, Any]) -> bool:
    """A mention over a trigger's words makes them no trigger; a place in the words a "*" stands for does not
    ("coordinated from Cartagena by")."""
    if not (mention.start < match.end() and match.start() < mention.end):
        return False
    parts = config["phrase"].split(" * ")
    return len(parts) == 1 or mention.type not in ("City", "Country") or \
        not (match.start() + len(parts[0]) < mention.start and mention.end < match.end() - len(parts[-1]))


def _heads_a_name(sentence: Sentence, match: re.Match[str]) -> bool:
    """"sự hỗ trợ của tổ chức TRAFFIC": a trigger word that is the head of the body named right after it ("tổ chức",
    an organisation; lexicon `acronym_heads_vi`) is a noun."""
    return match.group(0) in _name_heads() and \
        any(m.type == "Agency" and m.start == match.end() + 1 for m in sentence.mentions)


@cache
def _name_heads() -> frozenset[str]:
    return frozenset(lexicon()["acronym_heads_vi"])


_NAME_GOES_ON = re.compile(r"(?: and| &)? [A-Z][a-z]")


def _in_a_name(sentence: Sentence, match: re.Match[str]) -> bool:
    """"Director of Organized Crime": an English trigger word capitalised inside a sentence, with a capitalised word
    after it, is a word of a name."""
    word = match.group(0)
    return word[:1].isupper() and word.isascii() and match.start() > sentence.start and \
        _NAME_GOES_ON.match(sentence.text, match.end()) is not None


@cache
def _described_meeting() -> re.Pattern[str]:
    """What may stand between "held" and the meeting it held: a determiner, an ordinal and words describing a
    meeting ("held their first bilateral customs meeting")."""
    ordinals = [w for w, _ in lexicon()["number_words"].items() if w.isascii()]
    epithets = lexicon()["meeting_modifiers"] + lexicon()["meeting_epithets_en"]
    return re.compile(_DETERMINER.pattern + rf"(?:(?:{words_pattern(ordinals)}|\d+(?:st|nd|rd|th))\s+)?"
                      rf"(?:{words_pattern(epithets)}\s+){{0,3}}", re.I)


@cache
def _place_tail() -> re.Pattern[str]:
    return words_regex(lexicon()["place_prepositions"], tail=r"\s+$")


@cache
def _delegation_tail() -> re.Pattern[str]:
    return words_regex(lexicon()["delegation_words"], re.I, r"(?:\s+[\wÀ-ỹđ]+){0,2}\s+(?:của|of|of the)\s+$")


@cache
def _body_nouns() -> re.Pattern[str]:
    return words_regex(lexicon()["body_nouns_before_place"], re.I, r"\s*$")


def _body_before(text: str) -> bool:
    """"Police in Ghana, Senegal and Nigeria": bodies of the places named after them (they act for their countries)."""
    return _body_nouns().search(text) is not None


@cache
def _requested() -> re.Pattern[str]:
    return words_regex(lexicon()["request_cues"], re.I, r"\s+(?:the\s+)?$")


@cache
def _members_after() -> re.Pattern[str]:
    return re.compile(r"\s+" + words_pattern(lexicon()["member_nouns"]), re.I)


@cache
def _modifier_tail() -> re.Pattern[str]:
    return words_regex(lexicon()["modifier_prefixes"], re.I, r"\s+$")


def is_agent(mention: Found, text: str, floor: int) -> bool:
    """A name that acts: not a title, not inside a meeting's name, not a modifier ("các nước ASEAN")."""
    if mention.type not in AGENT_TYPES or mention.role in _NOT_AGENTS or mention.inside is not None:
        return False
    before = text[max(0, mention.start - 30):mention.start]
    place = _place_tail().search(before)
    if (place and not _body_before(before[:place.start()])) or (mention.type == "Country" and before.endswith("(")):
        return False  # "held in Ghana" is where; "police in Ghana" are Ghana's police
    if _delegation_tail().search(before):
        return True
    if _requested().search(before):
        return False  # "At the request of X, the WCO conducted …": who asked is no party by asking
    if _members_after().match(text, mention.end):
        return False  # "ASEAN member states", "WCO members": the body only says whose members act
    if mention.attrs.get("derived"):
        return True  # "hải quan các nước Campuchia, Lào …": the customs a country names act, "các nước" is no modifier
    return not _modifier_tail().search(text[max(floor, mention.start - 16):mention.start])


_CLOSES = re.compile(r"[^()]{0,25}\)")
_OPENS = re.compile(r"\s*\(")


def _parent_in_post(mention: Found, sentence: Sentence) -> bool:
    """"Cục trưởng Cục X (Bộ Công an)": the body in brackets after the agency of someone's post is that agency's
    parent; the person acts, not the parent."""
    text = sentence.text
    if not _CLOSES.match(text[mention.end:mention.end + 26]):  # "(Bộ Công an Việt Nam)"
        return False
    return any(m.type == "Agency" and m.role == "title" and _OPENS.fullmatch(text[m.end:mention.start])
               for m in sentence.mentions if m.end <= mention.start)


def agents_between(sentence: Sentence, start: int, end: int, pair: list[Found], subject: bool = True) -> list[Found]:
    """Agents in ``[start, end)``; a pair pronoun there ("hai bên") stands for ``pair`` (pass [] where it cannot). In a
    subject's window so does one opening the sentence ("Hai bên thống nhất …"); in the window after a trigger
    (``subject=False``) only one right at its start does ("coordinated by the two organizations"), and it stands for
    the two bodies named before it in the sentence, if it names just two."""
    agents = [m for m in sentence.mentions if start <= m.start and m.end <= end and is_agent(m, sentence.text, start)
              and not _parent_in_post(m, sentence)]
    pronoun = lexicon_regex("pair_pronouns", re.I).search(sentence.text, start, end)
    if pronoun and not subject and sentence.text[start:pronoun.start()].strip():
        pronoun = None
    opening = lexicon_regex("pair_pronouns", re.I).match(sentence.text, sentence.start) if subject else None
    if pronoun and not subject:
        agents += _two_named_before(sentence, pronoun.start()) or pair
    elif pair and (pronoun or (opening and opening.end() <= end)):
        agents += pair
    return agents


def _two_named_before(sentence: Sentence, end: int) -> list[Found]:
    """"A and B told the meeting about Operation X, a joint investigation by the two agencies": the two bodies the
    sentence names before the pronoun, when it names just two."""
    bodies = {m.key: m for m in sentence.mentions if m.type == "Agency" and m.key and m.end <= end
              and is_agent(m, sentence.text, sentence.start)}
    return list(bodies.values()) if len(bodies) == 2 else []


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    last = None
    for match in pattern.finditer(text, start, end):
        last = match
    return last


def _before_window(sentence: Sentence, trigger: Trigger, floor: int) -> tuple[int, re.Match[str] | None]:
    boundary = _last(lexicon_regex("agent_boundaries", re.I), sentence.text, floor, trigger.start)
    begin = boundary.end() if boundary else floor
    passive = _last(lexicon_regex("passive_markers"), sentence.text, begin, trigger.start)
    return begin, passive


@cache
def _agents_end() -> re.Pattern[str]:
    """A full stop (not an honorific's or an initial's: "chaired by Mr. Li", "H.E."), a semicolon, or a comma before a
    verb in the past."""
    honorifics = [h[:-1] for h in lexicon()["honorifics"] if h.endswith(".") and "." not in h[:-1]]
    ranks = [a[:1].upper() + a[1:] for a in lexicon()["abbreviations"] if "." not in a]  # "Brig. Gen. X"
    not_after = "".join(rf"(?<!{re.escape(h)}\.)" for h in sorted(set(honorifics) | set(ranks)))
    irregular = words_pattern(lexicon()["irregular_past_verbs"])
    # the mark first, so that the engine jumps from one to the next; what may not stand before a full stop is
    # looked for behind it
    return re.compile(rf"[.;,](?:(?<=\.)(?<![A-Z]\.){not_after}|(?<=;)|(?<=,)\s+(?=(?:[a-z]+ed|{irregular})\s))")


def _after_end(sentence: Sentence, trigger: Trigger, ceiling: int) -> int:
    """Where the agents after a trigger end: a boundary word (or one that ends only agents after a trigger: "that"), a
    full stop, or a comma before an English verb in the past ("coordinated by INTERPOL, involved police of 89
    countries"); a comma before a name goes on ("by A, B and C")."""
    words = [lexicon_regex(key, re.I) for key in ("agent_boundaries", "after_agent_boundaries")]
    ends = [pattern.search(sentence.text, trigger.end, ceiling) for pattern in [*words, _agents_end()]]
    return min([x.start() for x in ends if x] + [_where_after(sentence, trigger.end, ceiling)])


def _where_after(sentence: Sentence, start: int, ceiling: int) -> int:
    """"hosted by A and B in Nairobi, Kenya": the place where it happened ends the agents (not "police in Ghana", the
    bodies of a place)."""
    for place in [m for m in sentence.mentions if m.type in ("City", "Country") and start < m.start < ceiling]:
        preposition = _place_tail().search(sentence.text, max(start, place.start - 12), place.start)
        if preposition and not _body_before(sentence.text[max(start, preposition.start() - 40):preposition.start()]):
            return preposition.start()
    return ceiling


def _reachable(mention: Found, trigger: Trigger) -> bool:
    """A campaign named inside a meeting's name is a target only for triggers outside that meeting, and never for
    support: who sponsors "the Operation X Debriefing Seminar" sponsors the seminar, not the operation."""
    holder = mention.inside
    if holder is not None and trigger.config["role"] == "supporter":
        return False
    return holder is None or (mention.type == "Campaign" and not (holder.start <= trigger.start < holder.end))


def _targets(sentence: Sentence, trigger: Trigger, passive: re.Match[str] | None) -> list[Found]:
    relation, mode = trigger.config["relation"], trigger.config.get("targets")
    wanted = {"campaign": ("Campaign",), "meeting": ("Meeting",)}.get(relation, ("Campaign", "Meeting"))
    reach = trigger.config.get("reach", len(sentence.text))
    pool = [m for m in sentence.mentions if m.type in wanted and m.key and _reachable(m, trigger)
            and min(abs(m.start - trigger.end), abs(trigger.start - m.end)) <= reach]
    stated = [m for m in pool if m.attrs.get("verb") and m.start < trigger.end and trigger.start < m.end]
    if stated:
        return stated  # "Lao Customs received a delegation of …": the event the verb itself states
    if passive is not None:
        sideline = _last(lexicon_regex("sideline_cues"), sentence.text, sentence.start, passive.start())
        floor = sideline.end() if sideline else sentence.start  # "A diễn ra bên lề B, do X đăng cai": X hosts B
        before = [m for m in pool if floor <= m.start and m.end <= passive.start()]
        return [m for m in before if m.type == "Meeting"] or before[-1:]
    after = [m for m in pool if m.start >= trigger.end]
    before = [m for m in pool if m.end <= trigger.start]
    if trigger.config.get("adjacent"):
        return [m for m in after[:1] if _described_meeting().fullmatch(sentence.text, trigger.end, m.start)]
    if mode == "all":
        return [m for m in pool if m.type == "Meeting"]
    if mode == "after_all":
        return [m for m in after if m.type == "Meeting"] or after[:1]
    if mode == "before":
        return before[-1:]
    if mode == "after" or trigger.config["agents"] == "before":
        return after[:1] or before[-1:]
    return sorted(pool, key=lambda m: min(abs(m.start - trigger.end), abs(trigger.start - m.end)))[:1]


def _listed_with(sentence: Sentence, targets: list[Found]) -> list[Found]:
    """"tham gia … như Dự án A và dự án B", "joined Operations A, B and C": the campaigns listed with a target share
    its fact."""
    if len(targets) != 1 or targets[0].type != "Campaign":
        return targets
    return targets + listed(sentence.text, targets[0].end, [m for m in sentence.mentions if m.type == "Campaign" and m.key])


def _roles(trigger: Trigger, target: Found, visiting: bool) -> set[str]:
    """The roles a trigger gives (one per relation, or a list); whoever chairs a meeting hosts it too. A delegation
    that holds a meeting with partners where it travels hosts nothing ("đoàn công tác của X tổ chức họp … với Y")."""
    role = trigger.config["role"]
    chosen = role[target.type.lower()] if isinstance(role, dict) else role
    roles = {str(r) for r in chosen} if isinstance(chosen, list) else {str(chosen)}
    if "host" in roles and target.attrs.get("partners") and visiting:
        roles = {"participant"}
    return roles | ({"host"} if "chair" in roles else set())


@cache
def _delegation_before() -> re.Pattern[str]:
    return words_regex(lexicon()["delegation_words"], re.I, r"(?:\s+[\wÀ-ỹđ]+){0,2}?\s+(?:(?:của|of)\s+)?(?:the\s+)?$")


def _visiting(sentence: Sentence, agent: Found) -> bool:
    """"đoàn công tác của Hải quan Việt Nam", "the delegation of X": the agent acts as a delegation."""
    return _delegation_before().search(sentence.text, max(sentence.start, agent.start - 40), agent.start) is not None


def _emit(facts: FactSet, sentence: Sentence, agents: list[Found], targets: list[Found], trigger: Trigger) -> None:
    for target in targets:
        type_ = "PARTICIPATED_IN" if target.type == "Campaign" else "ATTENDED"
        for agent in agents:
            if not (agent.type == "Person" and type_ == "PARTICIPATED_IN"):
                roles = _roles(trigger, target, _visiting(sentence, agent))
                facts.add(Fact(type_, agent.key, target.key, (sentence.start, sentence.end), roles))


def _agents(sentence: Sentence, trigger: Trigger, floor: int, previous: Trigger | None,
            pair: list[Found], ceiling: int) -> tuple[list[Found], re.Match[str] | None]:
    if trigger.config["agents"] == "after":  # "coordinated by the two organizations"
        end = _after_end(sentence, trigger, ceiling)  # "sự tham gia của 85 cơ quan, trong đó có A, B": those listed
        return agents_between(sentence, trigger.end, end, pair, subject=False) or _listed_after(sentence, trigger, ceiling), None
    begin, passive = _before_window(sentence, trigger, floor)
    if passive is not None and not _targets(sentence, trigger, passive):
        passive = None
    agents = agents_between(sentence, passive.end() if passive else begin, trigger.start, pair)
    if not agents and passive is None:
        agents = _listed_after(sentence, trigger, ceiling)
    if not agents and previous and re.fullmatch(r"\s*(?:,|và|and)?\s*|(?:\s+[a-zà-ỹđ]+){1,3}\s+",
                                                sentence.text[previous.end:trigger.start]):  # "tiếp tục tích cực tham gia"
        agents = previous.agents
    return agents, passive


def _listed_after(sentence: Sentence, trigger: Trigger, ceiling: int) -> list[Found]:
    """"75 administrations took part, among them the customs of Japan, Malaysia …", "Twelve agencies participated,
    including X and Y", "các đơn vị tham gia gồm: A, B": with no named subject, the names listed after the trigger
    act."""
    marker = lexicon_regex("participant_list_markers", re.I).search(sentence.text, trigger.end, sentence.end)
    between = sentence.text[trigger.end:marker.start() + 1] if marker else ""  # with the marker's first character
    if marker is None or not ("," in between or between[:-1].isspace()) or marker.start() > ceiling:
        return []  # a marker may hold a trigger of its own ("trong đó có"): it must begin before the next one
    return _named_after(sentence, marker, sentence.end)


def _named_after(sentence: Sentence, marker: re.Match[str], ceiling: int) -> list[Found]:
    """The agents named after a marker, up to where a trigger's agents would end."""
    end = _after_end(sentence, Trigger(marker.start(), marker.end(), {}), ceiling)
    return agents_between(sentence, marker.end(), end, [])


def _joined_after(sentence: Sentence, trigger: Trigger, targets: list[Found], ceiling: int) -> list[Found]:
    """"X participated in Operation Y with A and B", "X tham gia Chiến dịch Y cùng với A": those named with the
    campaign right after it take part too."""
    if trigger.config["role"] != "participant" or len(targets) != 1 or targets[0].type != "Campaign":
        return []
    marker = _joined().match(sentence.text, targets[0].end)
    return [] if marker is None or marker.end() > ceiling else _named_after(sentence, marker, ceiling)


@cache
def _joined() -> re.Pattern[str]:
    year = r"(?:\s+(?:in|năm)\s+(?:19|20)\d{2})?"  # "took part in the first X operation in 2024, alongside A"
    return re.compile(rf"[\"”']?{year}\s*,?\s*{words_pattern(lexicon()['joined_markers'])}\s+", re.I)


def _recent_campaign(sentence: Sentence, trigger: Trigger, targets: list[Found], recent: list[Found]) -> list[Found]:
    """"… took part, alongside X": with no campaign in the sentence, the one the last sentences spoke of; but a
    sentence that names a meeting ("also took part in the meeting", "sponsored the seminar") speaks of that meeting,
    even one it cannot tell, and of no campaign."""
    if targets or not recent or trigger.config["relation"] == "meeting" or trigger.config.get("adjacent"):
        return targets
    if any(m.type == "Meeting" or (m.type == "Campaign" and m.attrs.get("forward")) for m in sentence.mentions):
        return []  # … or one that introduces an operation of its own ("an operation coordinated by Europol")
    return recent[-1:]


@cache
def _attending() -> str:
    return words_pattern(lexicon()["attendance_verbs"])


def invited_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Clauses that only invite ("Cambodia was invited to participate", "at the invitation of X"): from the clause's
    start to its end, which comes before a clause saying who attended ("Of the 21 invited, 15 attended, namely …").
    Who is named there is not (yet) a party. Found once per sentence (relations and frames ask)."""
    if sentence.invited is None:
        sentence.invited = tuple(_invited(sentence))
    return list(sentence.invited)


def _invited(sentence: Sentence) -> list[tuple[int, int]]:
    spans = []
    for match in lexicon_regex("invitation_cues", re.I).finditer(sentence.text, sentence.start, sentence.end):
        clause = re.compile(rf"[;.]|,\s+(?:while|whereas|but|and|còn|nhưng)\s|,(?=[^,;.]*?{_attending()})"
                            ).search(sentence.text, match.end(), sentence.end)
        begin = sentence.text.rfind(",", sentence.start, match.start()) + 1 or sentence.start
        attended = _last(lexicon_regex("attendance_verbs", re.I), sentence.text, begin, match.start())
        begin = attended.end() if attended else begin  # "X attended at the invitation of Y": X did attend
        spans.append((begin, clause.start() if clause else sentence.end))
    return spans


def _carried(sentence: Sentence, recent: list[Found]) -> list[Found]:
    """The campaign at hand, for a sentence with no agent whose trigger falls back to it (as ``_recent_campaign``
    decides for a sentence with agents)."""
    if not recent or any(m.type in ("Meeting", "Campaign") for m in sentence.mentions):
        return []  # a sentence naming a campaign keeps that one at hand; one naming a meeting speaks of no campaign
    for trigger in find_triggers(sentence):
        own = _listed_with(sentence, _targets(sentence, trigger, None))
        if not own and (targets := _recent_campaign(sentence, trigger, own, recent)):
            return targets
    return []


def sentence_relations(sentence: Sentence, facts: FactSet, pair: list[Found], recent: list[Found] | None = None) -> list[Found]:
    """Add the sentence's trigger facts; return the pair of parties it names together, if any. ``recent`` holds the
    campaigns the previous sentences named, for a trigger whose sentence names none."""
    if not pair and not any(m.type in AGENT_TYPES for m in sentence.mentions):
        sentence.carried = _carried(sentence, recent or [])  # "Customs of 14 Members took part.": no agent, a target
        return pair  # a trigger here has no agent: no name of an agent's type, no pair a pronoun could stand for
    if not sentence.mentions and not recent:
        return pair  # nor a target: no name, no campaign of the sentences before
    previous: Trigger | None = None
    found = find_triggers(sentence)
    invited = invited_spans(sentence) if found else []
    triggers = [t for t in found if not any(start <= t.start < end for start, end in invited)]
    for index, trigger in enumerate(triggers):
        floor = previous.end if previous and previous.agents else sentence.start
        ceiling = triggers[index + 1].start if index + 1 < len(triggers) else sentence.end
        trigger.agents, passive = _agents(sentence, trigger, floor, previous, pair, ceiling)
        own = _listed_with(sentence, _targets(sentence, trigger, passive))
        targets = _recent_campaign(sentence, trigger, own, recent or [])
        sentence.carried = sentence.carried or (targets if targets and not own else [])
        _emit(facts, sentence, trigger.agents + _joined_after(sentence, trigger, targets, ceiling), targets, trigger)
        unique = list({a.key: a for a in trigger.agents}.values())
        if len(unique) == 2:
            pair = unique
        previous = trigger
    return pair
