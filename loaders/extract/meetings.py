"""Meeting mentions: a meeting word (Hội nghị, Diễn đàn, cuộc họp, conference, forum…) with the words that make
it one meeting rather than meetings in general, and the kind those words give it."""

from __future__ import annotations

import re
from functools import cache

from graph.keys import short_hash
from loaders.extract.found import Found, SpanIndex, holding, opens_sentence, words_pattern
from loaders.extract.gazetteer import gazetteer, lexicon
from loaders.extract.prefilter import Openings, word_openings
from loaders.extract.word_regex import as_written, words_regex

MAX_WORDS = 40


def meeting_words() -> list[str]:
    """Every meeting word as written, in lower case, and capitalised."""
    return as_written(list(lexicon()["meeting_words"]))


@cache
def _trigger() -> re.Pattern[str]:
    return words_regex(meeting_words())


@cache
def _trigger_openings() -> Openings:
    """The meeting words of a whole text, tried only where one stands (some forty groups of words to try at each
    word otherwise)."""
    return Openings(_trigger(), meeting_words())


@cache
def _stop() -> re.Pattern[str]:
    stops = words_pattern(lexicon()["meeting_name_stops"])
    listed = rf"(?:[ \t]+(?!{stops})[a-zà-ỹđ]+){{1,6}}\."  # "… qua đường bưu chính, chuyển phát nhanh.": one topic
    return re.compile(rf"\s+(?:{stops}|(?:và|and)\s+{words_pattern(meeting_words())}|on\s+\d)|\s*[.;:!?…]"
                      rf"|\s*,(?!\s*chống)(?!{listed})|\s*\([^)]*\d[^)]*\)|\s*\n")


@cache
def _kind_words() -> list[tuple[str, re.Pattern[str]]]:
    return [(str(kind), words_regex(words)) for kind, words in lexicon()["meeting_kind_words"].items()]


_PAIR = re.compile(r"([A-ZÀ-ỸĐ][\wÀ-ỹđ]*(?: [A-ZÀ-ỸĐ][\wÀ-ỹđ]*)?)\s?[-–]\s?([A-ZÀ-ỸĐ][\wÀ-ỹđ]*(?: [A-ZÀ-ỸĐ][\wÀ-ỹđ]*)?)")


def _between_two_countries(name: str) -> bool:
    """"14th Korea-Thailand Customs Heads' Meeting", "Hội nghị Việt Nam - Campuchia": two countries joined by a dash."""
    def country(words: str) -> bool:
        return gazetteer().names.get(words.split(" ")[0]) == "Country" or gazetteer().country_in(words) is not None

    return any(country(a) and country(b) for a, b in _PAIR.findall(name))


def _kind(word: str, name: str) -> str:
    lowered = name.lower()
    for kind, pattern in _kind_words():
        if pattern.search(lowered):
            return kind
    if _between_two_countries(name):
        return "bilateral"
    return _kinds()[word.lower()]


@cache
def _kinds() -> dict[str, str]:
    """The kind of each meeting word, lower-cased."""
    return {k.lower(): str(v) for k, v in (lexicon()["meeting_words"] | lexicon()["numbered_meeting_words"]).items()}


_DEPTH = {"(": 1, ")": -1}


def _before_unopened_bracket(text: str, start: int, end: int) -> int:
    """"(Hội nghị Bộ trưởng MOU lần thứ 12)": a name that began inside brackets ends at the one that closes them."""
    depth = 0
    for at in range(start, end):
        depth += _DEPTH.get(text[at], 0)
        if depth < 0:
            return at
    return end


_QUOTED = re.compile(r"[ \t]*[“\"][^”\"\n]{3,200}[”\"]")  # Hội thảo "Tăng cường hợp tác … tại khu vực …"


def _forward(text: str, start: int) -> int:
    """Where the name that begins at ``start`` ends: a quoted title after the word runs to its closing quote."""
    quoted = _QUOTED.match(text, start)
    if quoted:
        return quoted.end()
    stop = _stop().search(text, start)
    end = stop.start() if stop else len(text)
    end = _before_unopened_bracket(text, start, end)
    words = text[start:end].split()
    if len(words) > MAX_WORDS:
        end = start + len(" ".join(text[start:end].split(" ")[:MAX_WORDS]))
    return end


def _backward_en(text: str, start: int) -> int:
    """English names stand before the word: "the 25th WCO Asia/Pacific Regional Heads of Customs Conference"."""
    modifiers = _modifiers()
    floor = max(0, start - 160)
    edge = max((m.end() for m in _EDGE.finditer(text[floor:start])), default=0)  # "… 2024 – The"
    floor += edge
    begin = start
    for token in reversed(list(_TOKEN.finditer(text[floor:start]))):
        word = token.group(0)
        joiner = word in {"of", "and", "&", "for", "on"} and begin < start
        if word[:1].isupper() or word[:1].isdigit() or word.lower() in modifiers or joiner:
            begin = floor + token.start()
            continue
        break
    while text[begin:start].split()[:1] and text[begin:start].split()[0] in _LEADING:
        begin = text.index(" ", begin) + 1
    return begin


_LEADING = {"of", "and", "&", "for", "on", "The", "A", "An", "This", "That", "Its", "Their"}
_EDGE = re.compile(r"[.!?;:,\n(]\s|\s[–—-]+\s")
_TOKEN = re.compile(r"[\w/&'-]+")


@cache
def _modifiers() -> frozenset[str]:
    return frozenset(m.lower() for m in lexicon()["meeting_modifiers"])


@cache
def _continuation() -> re.Pattern[str]:
    return re.compile(r"\s+" + words_pattern(lexicon()["meeting_name_continuations"]))


def _continues(text: str, end: int) -> bool:
    """An English name goes on past its meeting word only with a phrase such as "on …", "of …", "for …"."""
    return bool(_continuation().match(text, end))


@cache
def _english_words() -> frozenset[str]:
    words = [*lexicon()["meeting_words"], *lexicon()["numbered_meeting_words"]]
    return frozenset(w for w in words if w.isascii() and w.islower())


def _is_english(word: str) -> bool:
    """An English meeting word, as written in a sentence or in a name ("workshop", "Workshop", "Symposium")."""
    return word.isascii() and (word.islower() or word.lower() in _english_words())


def _plural(text: str, match: re.Match[str]) -> bool:
    """"các hội nghị", "several workshops": meetings in general."""
    before = text[max(0, match.start() - 24):match.start()].split()[-3:]
    return match.group(0)[:1].islower() and any(w.lower() in lexicon()["plural_markers"] for w in before)


def _verb(text: str, match: re.Match[str]) -> bool:
    """"hai bên đã hội đàm về …" (held talks about): after a tense word a Vietnamese meeting word is the act of
    meeting, which names no meeting."""
    markers = words_pattern(lexicon()["tense_words_vi"])
    before = text[max(0, match.start() - 8):match.start()]
    return match.group(0)[:1].islower() and re.search(rf"(?:^|\s){markers}\s+$", before) is not None


def _specific(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """Enough words beside the meeting word to name one meeting (a plural speaks of meetings in general)."""
    word = match.group(0)
    extra = len(text[start:end].split()) - len(word.split())
    return extra >= (1 if word[:1].isupper() and match.start() > 0 and text[match.start() - 1] != "\n" else 2)


def _demonstrative(rest: str) -> bool:
    """"Hội nghị lần này" (this conference): a meeting word and a demonstrative point back, they name nothing."""
    return rest.strip().lower() in _demonstratives()


@cache
def _demonstratives() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["meeting_demonstratives"])


def _ends_pointing_back(word: str, name: str) -> bool:
    """"hội nghị cấp bộ trưởng của cơ chế hợp tác này" (the ministerial meetings of this mechanism): a Vietnamese
    meeting word in lower case whose words end with a demonstrative names no meeting of its own."""
    return word[:1].islower() and not word.isascii() and name.split()[-1] in _pointers()


@cache
def _pointers() -> frozenset[str]:
    return frozenset(w for w in lexicon()["meeting_demonstratives"] if " " not in w)  # này, đó, trên


def _described(text: str, start: int) -> bool:
    """"Là diễn đàn hợp tác đa phương, hội nghị …", "As a regional forum, the meeting …": after a copula a meeting
    word describes the meeting of the sentence, it names no other."""
    return bool(_description_cue().search(text[max(0, start - 16):start]))


@cache
def _description_cue() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[\s,(]){words_pattern(lexicon()['description_cues'])}\s+$", re.IGNORECASE)


def _standing_body(name: str) -> bool:
    """"Permanent Forum of …", "Standing Committee on …": a body that lasts, not a meeting."""
    return bool(words_regex(lexicon()["standing_words"]).match(name))


def _joined(text: str, found: list[Found]) -> list[Found]:
    """"the high-level debriefing and interim evaluation meeting of X": two meeting words joined by "and" and
    lower-case words name one meeting."""
    out: list[Found] = []
    for item in found:
        prev = out[-1] if out else None
        if prev and prev.role != "anaphor" and item.role != "anaphor" and prev.end < item.start and \
                re.fullmatch(r"\s+and(?:\s+[a-z][\w-]*){0,4}\s+", text[prev.end:item.start + 0] + " ") and \
                item.name[:1].islower() and text[prev.end:item.start].count("\n") == 0:
            name = text[prev.start:item.end]
            out[-1] = Found("Meeting", "meeting:" + short_hash(name), prev.start, item.end, name,
                            {**item.attrs, "alias": name})
            continue
        out.append(item)
    return out


@cache
def _numbered() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The numbered meeting words, the number or rhythm after a Vietnamese one, an ordinal before an English one."""
    trigger = words_regex(as_written(list(lexicon()["numbered_meeting_words"])))
    marks = re.compile(rf"\s+{words_pattern(lexicon()['numbered_meeting_marks_vi'])}(?![\w])", re.I)
    ordinal = re.compile(rf"(?<![\w])(?:\d+(?:st|nd|rd|th)|{words_pattern(lexicon()['ordinals_en'])})\s", re.I)
    return trigger, marks, ordinal


def _named_span(text: str, match: re.Match[str]) -> tuple[int, int]:
    """Where the name around a meeting word begins and ends (English names stand before the word)."""
    english = _is_english(match.group(0))
    start = _backward_en(text, match.start()) if english else match.start()
    named_before = start < match.start()  # "the 8th Nepal-India … Meeting between A and B": the parties follow the name
    goes_on = _continues(text, match.end()) and not (named_before and BETWEEN.match(text, match.end()))
    return start, _forward(text, match.end()) if not english or goes_on else match.end()


BETWEEN = re.compile(r"\s+(?:between|giữa)\s+")  # the parties a meeting's name may be followed by


def _numbered_meetings(text: str) -> list[re.Match[str]]:
    """The numbered meeting words whose number or rhythm makes them one meeting of their own (not a sitting of
    another meeting the name goes on to name)."""
    trigger, marks, ordinal = _numbered()
    out = []
    for match in holding(trigger, text, as_written(list(lexicon()["numbered_meeting_words"]))):
        start, end = _named_span(text, match)
        english = _is_english(match.group(0))
        numbered = ordinal.search(text, start, match.start()) if english else marks.match(text, match.end())
        if numbered and not _trigger().search(text, match.end(), end):
            out.append(match)
    return out


def find_meetings(text: str) -> list[Found]:
    out: list[Found] = []
    for match in sorted([*_trigger_openings().finditer(text, 0, len(text)), *_numbered_meetings(text)],
                        key=lambda m: m.start()):
        word = match.group(0)
        english = _is_english(word)
        start, end = _named_span(text, match)
        name = text[start:end].strip()
        if _standing_body(name):
            continue
        if _demonstrative(name[len(word):]) or _described(text, start) or _ends_pointing_back(word, name):
            out.append(Found("Meeting", "", match.start(), start + len(name), name, {"kind": _kind(word, word)}, role="anaphor"))
            continue
        plural = _plural(text, match)
        general_or_bare = plural or not _specific(text, match, start, start + len(name))
        if (general_or_bare and not (english and start < match.start())) or _verb(text, match):
            general = {"general": True} if plural else {}  # points back, never introduces an event
            out.append(Found("Meeting", "", match.start(), match.end(), word, {"kind": _kind(word, word), **general},
                             role="anaphor"))
            continue
        kind = _kind(word, name)
        online = any(w in name.lower() for w in lexicon()["online_words"])
        out.append(Found("Meeting", "meeting:" + short_hash(name), start, start + len(name), name,
                         {"kind": kind, "online": online or None, "alias": name}))
    out = _joined(text, out)
    named = SpanIndex([f for f in out if f.role != "anaphor"])  # one name inside another is part of it
    return [f for f in out if not any(f.within(o) and o is not f and (o.start, o.end) != (f.start, f.end)
                                      for o in named.overlapping(f.start, f.end))]


@cache
def _event_pronoun() -> re.Pattern[str]:
    verbs = words_pattern(lexicon()["event_pronoun_verbs"])
    return re.compile(rf"It(?<![\w]It)(?=\s+(?:was|is|will be|has been|had been)\s+(?:also\s+)?{verbs})")


@cache
def _planned() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = words_pattern(lexicon()["planned_meeting_before"] + lexicon()["past_meeting_before"])
    after = words_pattern(lexicon()["planned_meeting_after"])
    return re.compile(rf"{before}\s+(?:the\s+)?$", re.I), re.compile(rf"\s+{after}", re.I)


def mark_planned(text: str, found: list[Found]) -> None:
    """"agreed on the venue of the 34th Meeting …", "Hội nghị lần thứ 15 tiếp theo", "the next meeting": a meeting
    still to come is marked ``planned``; it opens no frame, takes no place from the sentence, and a generic word for
    it points back to no event. So is a past one the text only looks back to ("từ sau lần hội đàm thứ 8")."""
    before, after = _planned()
    for meeting in [f for f in found if f.type == "Meeting" and f.role in ("", "anaphor")]:
        if before.search(text, max(0, meeting.start - 30), meeting.start) or after.match(text, meeting.end):
            meeting.attrs = {**meeting.attrs, "planned": True}  # "the next meeting" points to no event either


@cache
def _event_verbs() -> re.Pattern[str]:
    return words_regex(list(lexicon()["event_verbs"]), re.I)


def verb_events(text: str) -> list[Found]:
    """"A met with B on 3 May in Vientiane", "A hội đàm với B": an event stated by a verb alone (for a text that
    names no meeting); it is introduced as the document's event like a generic word, under the word the lexicon
    gives ("Meeting (Vientiane, 2025)")."""
    words: dict[str, str] = {k.lower(): v for k, v in lexicon()["event_verbs"].items()}
    return [Found("Meeting", "", m.start(), m.end(), words[m.group(0).lower()],
                  {"kind": "bilateral", "word": words[m.group(0).lower()], "verb": True}, role="anaphor")
            for m in _event_verbs().finditer(text)]


def event_anaphora(text: str) -> list[Found]:
    """"sự kiện" (the event), and "It" opening a sentence that says what was done to an event ("It was chaired by …"):
    the meeting last named."""
    words = [(m, False) for m in word_openings(lexicon()["meeting_anaphora"]).finditer(text)]
    pronouns = [(m, True) for m in _event_pronoun().finditer(text) if opens_sentence(text, m.start())]
    return [Found("Meeting", "", m.start(), m.end(), m.group(0), {"kind": "meeting", "pronoun": pronoun}, role="anaphor")
            for m, pronoun in sorted(words + pronouns, key=lambda item: item[0].start())]


def without_posts(text: str, found: list[Found]) -> list[Found]:
    """"the incumbent Chairman of the ASEAN Directors-General Meeting": a meeting named in someone's post is no
    event of the article (a standing body there); it is dropped so that no frame or "the meeting" points to it."""
    post = words_regex([t["phrase"] for t in lexicon()["titles"]], tail=r"\s+of\s+(?:the\s+)?$")
    return [m for m in found if not (m.type == "Meeting" and m.role == "" and post.search(text, max(0, m.start - 40), m.start))]
