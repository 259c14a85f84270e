"""Campaign mentions: gazetteer series with their phase ("OMD 5", "giai đoạn II", "the third phase of…"), names
after a cue word ("Chiến dịch Twin Guardian", "Operation Pangea"), and descriptive names with an acronym
("Chiến dịch phòng chống … (Thunderball)")."""

from __future__ import annotations

import re
from functools import cache

from graph.keys import entity_id, slug
from loaders.extract.dates import MONTHS
from loaders.extract.found import Found, holding, lexicon_regex, on_lines_with, opens_sentence, words_pattern
from loaders.extract.gazetteer import Entry, gazetteer, lexicon
from loaders.extract.matcher import Hit
from loaders.extract.prefilter import Openings, word_openings
from loaders.extract.word_regex import opening, words_regex

_ONES = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
_ROMAN = {"X" * (n // 10) + _ONES[n % 10]: n for n in range(1, 40)}  # phases I to XXXIX
_COUNTED = r"(?:nước|quốc gia|countries|country|vụ|cases|cơ quan|agencies|đơn vị|thành viên|members|tấn|kg|%)"


def number_of(raw: str) -> int | None:
    """A phase number written in digits, in Roman numerals or as a word."""
    words: dict[str, int] = lexicon()["number_words"]
    if raw.isdigit():
        return int(raw)
    return _ROMAN.get(raw) or words.get(raw.lower())


@cache
def _phase() -> re.Pattern[str]:
    phase_words = words_pattern(lexicon()["phase_words"])
    number = r"(?P<n>(?:19|20)\d{2}|\d{1,2}|[IVX]{1,5}|" + "|".join(lexicon()["number_words"]) + r")"
    space = r"[^\S\n]"  # a name and its phase stand on one line: a dateline below a title is no phase
    return re.compile(rf"(?:{space}+(?:campaign|Campaign|chiến dịch|operation|Operation))?(?:{space}*,?{space}*" +
                      phase_words + rf"(?:{space}+thứ)?)?{space}*" + number + r"(?![\w/.,]\d)(?!\s+" + _COUNTED +
                      r")(?![\w])")


def phase_after(text: str, end: int, yearly: bool) -> tuple[int, int] | None:
    match = _phase().match(text, end)
    if not match:
        return None
    value = number_of(match.group("n"))
    explicit = match.group(0).strip().split()[0] in lexicon()["phase_words"] or "," in match.group(0)
    if value is None or (value > 50 and not yearly) or (not explicit and not match.group("n")[0].isdigit()
                                                         and match.group("n") not in _ROMAN):
        return None
    return value, match.end()


def _phase_before(text: str, start: int) -> tuple[int, int] | None:
    head = text[max(0, start - 60):start]
    ordinal = r"(?P<n>\w+)"
    patterns = [rf"(?:the\s+)?{ordinal}\s+(?:phase|edition|round)\s+of\s+(?:the\s+)?$",
                rf"(?:phase|giai đoạn|Giai đoạn)\s+(?:thứ\s+)?{ordinal}\s+(?:of|của)\s+(?:the\s+)?(?:[Cc]hiến dịch\s+)?$"]
    for pattern in patterns:
        match = re.search(pattern, head)
        value = number_of(match.group("n")) if match else None
        if match and value:
            return value, start - len(head) + match.start()
    return None


_ORDINAL_WORD = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


@cache
def _ordinal() -> re.Pattern[str]:
    words = words_pattern([w for w in lexicon()["number_words"] if w.isascii()])
    return re.compile(rf"(?<![\w])(?:the\s+)?(?P<n>{words}|\d{{1,2}}(?:st|nd|rd|th))\s+$", re.I)


def _ordinal_before(text: str, start: int) -> tuple[int, int] | None:
    """"the first Southern Current operation": an ordinal before a name an operation word follows is its phase."""
    match = _ordinal().search(text, max(0, start - 20), start)
    raw = match.group("n").lower() if match else ""
    value = int(raw[:-2]) if raw[:1].isdigit() else number_of(raw) if raw else None
    return (value, match.start()) if match and value else None


def phase_found(series: Entry, start: int, end: int, phase: int | None) -> Found:
    if phase is None:
        return Found("Campaign", series.id, start, end, series.name, {"focus": series.focus})
    attrs = {"series": series.name, "series_id": series.id, "phase": phase, "focus": series.focus}
    return Found("Campaign", f"{series.id}-{phase}", start, end, f"{series.name} {phase}", attrs)


def _has_cue(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 150): end + 150]
    return bool(lexicon_regex("campaign_cues", re.I).search(window))


_CUE_BEFORE = re.compile(r"(?<![\w])(?:[Cc]hiến dịch|[Oo]peration|dự án|Dự án)[ \t]+$")


def _cue_start(text: str, start: int) -> int:
    """Take in a cue word right before the name, on its line: "Chiến dịch ANNEX" is one mention."""
    cue = _CUE_BEFORE.search(text[max(0, start - 14):start])
    return start - len(cue.group(0)) if cue else start


def from_hit(text: str, hit: Hit) -> Found | None:
    entry = hit.entry
    if entry.needs_cue and not _has_cue(text, hit.start, hit.end):
        return None
    after = phase_after(text, hit.end, entry.yearly)
    before = None if after or entry.yearly else _phase_before(text, hit.start)  # a yearly series' editions are years
    start = before[1] if before else _cue_start(text, hit.start)
    end = after[1] if after else hit.end
    return phase_found(entry, start, end, (after or before or (None, 0))[0])


@cache
def _codes() -> tuple[re.Pattern[str], dict[str, Entry]]:
    """One pattern for every series code glued to a phase, and the series each code names."""
    by_code = {code: entry for entry in gazetteer().entries.values() for code in entry.codes}
    names = opening(list(by_code), whole_word=False) if by_code else "(?!)"
    return re.compile(rf"(?P<code>{names})-?(\d{{1,2}})(?![\w])"), by_code


def coded(text: str) -> list[Found]:
    """Codes glued to a phase: "OMD5", "OMD-5"."""
    pattern, by_code = _codes()
    return [phase_found(by_code[m.group("code")], m.start(), m.end(), int(m.group(2))) for m in pattern.finditer(text)]


def split_phase(words: list[str]) -> tuple[list[str], int | None]:
    """The series' words and the phase a name ends with: "Pangea XVI", "Thunder 2021", and glued by a hyphen,
    "Sesha-III", "Trigger-7"."""
    glued = re.fullmatch(r"(.+?)-([IVX]{1,5}|\d{1,2})", words[-1])
    if glued and number_of(glued.group(2)):
        return [*words[:-1], glued.group(1)], number_of(glued.group(2))
    phase = number_of(words[-1]) if len(words) > 1 else None
    return (words[:-1], phase) if phase else (words, None)


def series_for(name: str) -> Entry:
    words, phase = split_phase(name.split())
    base = " ".join(words) if phase else name
    return Entry(entity_id("Campaign", slug(base)), "Campaign", base)


def _before_event_word(words: list[str]) -> list[str]:
    """"Operation SIREN Debriefing Seminar": a campaign's name ends before a meeting word (the rest names an event)."""
    events = _event_words()
    cut = next((i for i, w in enumerate(words) if w.lower() in events), len(words))
    return words[:cut]


@cache
def _event_words() -> frozenset[str]:
    return frozenset(w.lower() for w in [*lexicon()["meeting_words"], *lexicon()["meeting_modifiers"]])


def _organisation(words: list[str]) -> bool:
    """"an Operation Co-ordination Unit was set up": a name ending in an organisation word names a body."""
    return words[-1] in lexicon()["agency_heads_en"] or words[-1] in lexicon()["unit_words_en"]


def _a_body(words: list[str]) -> bool:
    """"INTERPOL operation": a known body before "operation" says whose operation it is, it names none."""
    return gazetteer().names.get(" ".join(words)) == "Agency"


_OWNED_PROGRAMME = re.compile(r"['’]s[ \t]+$")


_AFTER_WORDS = ("campaign", "Campaign", "operation", "Operation", "Project", "Programme", "Program")  # "X campaign"
_APPOSED_WORDS = ("operation", "campaign")  # "X, a joint operation"


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"(?:{'|'.join(words)})")


_OPERATION_AFTER = _any_of(_AFTER_WORDS)
_OPERATION_APPOSED = _any_of(_APPOSED_WORDS)


@cache
def _named() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The name after a cue ("Operation X"), before an operation word ("the X campaign"), and before an apposition
    that says what it is ("Safe Mekong, a joint operation coordinated by …")."""
    name = r"(?P<name>[A-Z][A-Za-z0-9\-]*(?:[ \t]+(?:[A-Z0-9][A-Za-z0-9\-]*))*)"  # one line: a title never runs on
    cue = opening(lexicon()["campaign_cues"], whole_word=False, not_after="-")
    cue_first = re.compile(rf"(?P<cue>{cue})[ \t]+[\"“]?" + name)
    cue_last = re.compile(name + r"[\"”]?[ \t]+(?:(?:joint|regional|international|special)[ \t]+)?"
                          rf"{_OPERATION_AFTER.pattern}(?![\w])(?![ \t]+[A-Z])")
    apposed = re.compile(name + r"[\"”]?,[ \t]+(?:a|an|the)[ \t]+(?:(?:joint|regional|international|global|"
                         rf"multinational|multi-agency|special|cross-border)[ \t]+)*{_OPERATION_APPOSED.pattern}(?![\w'’])")
    return cue_first, cue_last, apposed


@cache
def _operation_words(words: tuple[str, ...]) -> Openings:
    """Where an operation word stands (as written), found by the shared scan of a text."""
    return Openings(_any_of(words), words)


@cache
def _cue_first() -> Openings:
    """The name after a cue, tried only where a cue stands (most of their first letters are common)."""
    return Openings(_named()[0], lexicon()["campaign_cues"])


def named(text: str) -> list[Found]:
    """"Chiến dịch Twin Guardian", "Operation Pangea XVI", "the Lionfish campaign": names in no list."""
    cue_first, cue_last, apposed = _named()
    stop = {"The", "This", "That", "A", "An", "Its", "Our", "Their", "Each", "In", "On", "Con", "Chiến", "Operation"}
    out = []
    for pattern, word in ((cue_first, None), (cue_last, _operation_words(_AFTER_WORDS)),
                          (apposed, _operation_words(_APPOSED_WORDS))):
        for match in on_lines_with(word, pattern, text) if word else _cue_first().finditer(text):
            words = _before_event_word(match.group("name").split())
            while words and (words[0] in stop or words[0].endswith(tuple(lexicon()["compound_roles"]))
                             or _ORDINAL_WORD.fullmatch(words[0])):
                words = words[1:]
            if not words or (len(words) == 1 and (len(words[0]) < 3 or words[0][0].isdigit())) or \
                    _organisation(words) or _a_body(words):  # "the 75-day operation" names none
                continue
            if pattern is cue_last and _OWNED_PROGRAMME.search(text, max(0, match.start() - 3), match.start("name")):
                continue  # "the WCO Secretariat's Environment Programme": a body's own unit
            raw = " ".join(words)
            if pattern is apposed and (gazetteer().names.get(raw) not in (None, "Campaign") or raw.lower() in MONTHS
                                       or match.group("name").split()[0] in ("In", "On")):
                continue  # "Thailand, the operation partner", "In June, an operation …": a known name, a date
            series = series_for(raw)
            phase = split_phase(words)[1] if series.name != raw else None
            start = match.start("name") + match.group("name").index(words[0])
            end = match.end() if pattern is cue_last else start + len(raw)
            after = None if phase else phase_after(text, end, False)
            phase, end = (after[0], after[1]) if after else (phase, end)
            naming = pattern is cue_first and match.group("cue") in lexicon()["naming_cues"]  # "codenamed X": X alone
            begin = match.start() if pattern is cue_first and not naming else start
            known = gazetteer().get(series.id) is not None  # a known series' phases are read where it is matched
            before = None if phase or known else _phase_before(text, begin)  # "the fifth edition of Operation X"
            if before is None and not phase and pattern is cue_last:
                before = _ordinal_before(text, begin)  # "the first Southern Current operation"
            phase, begin = (before[0], before[1]) if before else (phase, begin)
            out.append(phase_found(series, begin, end, phase))
    return out


def _names_a_body(acronym: str) -> bool:
    """"Chiến dịch do … hỗ trợ của Cơ quan … (UNODC)": brackets that name a known body explain that body."""
    return any(e.type == "Agency" and acronym in e.aliases for e in gazetteer().entries.values())


# An optional quote and "Chiến dịch" or "chiến dịch", opening with the set of their first characters (see _EDITION).
_DESCRIBED = re.compile(r"[\"“Cc](?:(?<=[\"“])[Cc]|(?<=[Cc]))hiến dịch\s+(?P<desc>[a-zà-ỹđ][^()“”\"\n.;]{5,250}?)[\"”]?\s*"
                        r"\((?P<paren>[^()\n]{2,80})\)")


def described(text: str) -> list[Found]:
    """"Chiến dịch <description> (… - ACRONYM)": the name in brackets, the description an alias."""
    out = []
    for match in holding(_DESCRIBED, text, "("):
        last = re.split(r"\s[-–]\s", match.group("paren"))[-1].strip()
        if not re.fullmatch(r"[A-Z][A-Za-z0-9]{1,20}", last) or _names_a_body(last) or \
                _body_heads().search(match.group("desc")):
            continue  # "Chiến dịch năm nay nhận được sự hỗ trợ của Tổ chức Bảo tồn … (WCS)": the body's acronym
        known = next((e for e in gazetteer().entries.values() if e.type == "Campaign" and last in e.aliases), None)
        series = known or series_for(last)
        found = phase_found(series, match.start(), match.end(), None)
        found.attrs["alias"] = match.group("desc").strip()
        out.append(found)
    return out


@cache
def _body_heads() -> re.Pattern[str]:
    return words_regex(lexicon()["acronym_heads_vi"] + lexicon()["organisation_heads"])


def anaphora(text: str) -> list[Found]:
    """"Chiến dịch" with no name, "the campaign", "It was carried out by": the campaign last named; "An operation
    coordinated by X …" opening an article: the campaign named next (``forward``)."""
    back = [Found("Campaign", "", m.start(), m.end(), m.group(0), role="anaphor")
            for m in word_openings(lexicon()["campaign_anaphora"]).finditer(text)]
    back += [Found("Campaign", "", start, end, text[start:end], role="anaphor") for start, end in _described(text)]
    # each of the two patterns below is searched only in a text holding the words every match of it ends with
    ahead = [Found("Campaign", "", m.start(), m.end(), m.group(0), {"forward": True}, role="anaphor")
             for m in (_cataphora().finditer(text) if any(word in text for word in _OPERATION_WORDS) else ())
             if not _NAMED_RIGHT_AFTER.match(text, m.end())]
    editions = [Found("Campaign", "", m.start(), m.end(), m.group(0), {"edition": int(m.group("year"))}, role="anaphor")
                for m in (_EDITION.finditer(text) if next(holding(_EDITION_YEAR, text, _EDITION_ENDS), None) else ())]
    numbered = _numbered_phase().finditer(text)
    editions += [Found("Campaign", "", m.start(), m.end(), m.group(0), {"edition": number_of(m.group("n"))},
                       role="anaphor") for m in numbered]
    pronouns = [Found("Campaign", "", m.start(), m.end(), m.group(0), role="anaphor")
                for m in _campaign_pronoun().finditer(text) if opens_sentence(text, m.start())]
    return sorted(back + ahead + editions + pronouns, key=lambda f: f.start)


_OPERATION_WORD = re.compile(r"[oc](?<![\w][oc])(?:(?<=o)peration|(?<=c)ampaign)(?![\w])")  # first letters first


@cache
def _described_before() -> re.Pattern[str]:
    modifiers = words_pattern(lexicon()["campaign_cataphora_modifiers"])
    return re.compile(rf"(?<![\w])[Tt]he\s+(?:(?:{modifiers}|\d+-(?:day|week|month)),?\s+){{1,3}}")


def _described(text: str) -> list[tuple[int, int]]:
    """"The 75-day operation", "the joint regional campaign": the campaign last named, described (lexicon
    `campaign_cataphora_modifiers`, or a length "N-day", "N-week", "N-month"). Read back from the operation word:
    "the" is everywhere."""
    out = []
    for word in _OPERATION_WORD.finditer(text):
        floor = max(0, word.start() - 90)  # "the" is no modifier: only the last one before the word can begin it
        at = max(text.rfind("the", floor, word.start()), text.rfind("The", floor, word.start()))
        if at >= 0 and _described_before().fullmatch(text, at, word.start()):
            out.append((at, word.end()))
    return out


@cache
def _campaign_pronoun() -> re.Pattern[str]:
    """"It was carried out by …": a sentence's opening "It" before what is done to an operation (lexicon
    `campaign_pronoun_verbs`; a meeting's verbs are `event_pronoun_verbs`)."""
    verbs = words_pattern(lexicon()["campaign_pronoun_verbs"])
    return re.compile(rf"It(?<![\w]It)(?=\s+(?:was|is|will be|has been|had been)\s+(?:also\s+)?{verbs})")


# "The 2025 edition ran from …": that year's edition of the series named last. "The", "this year's", "last year's"
# open with a set of their first letters, so that the engine jumps from one to the next (as in word_regex).
_EDITION = re.compile(r"[TtLl](?<![\w][\s\S])(?:(?<=[Tt])(?:he|his year's)|(?<=[Ll])ast year's)\s+"
                      r"(?P<year>(?:19|20)\d{2})\s+(?:edition|phase|round)(?![\w])")
_EDITION_YEAR = re.compile(r"(?:19|20)\d{2}\s+(?:edition|phase|round)(?![\w])")  # its end: the engine jumps to digits
_EDITION_ENDS = ("edition", "phase", "round")  # digits are everywhere: a text without these words is not searched


# "Giai đoạn 2 được triển khai …", "During Phase II, …": that phase of the series named last (a phase "of" a campaign
# named after it is read with that campaign: see _phase_before).
_PHASE_WORDS = ["Giai đoạn", "giai đoạn", "Phase", "phase"]
_NUMBERED_PHASE = words_regex(_PHASE_WORDS,
                              tail=r"[ \t]+(?P<n>\d{1,2}|[IVX]{1,5})(?![\w/.,]\d)(?![\w])(?![ \t]+(?:của|of)[ \t])")


@cache
def _numbered_phase() -> Openings:
    return Openings(_NUMBERED_PHASE, _PHASE_WORDS)


def edition_of(series: Found, year: int) -> Found:
    """The edition of ``year`` of the series a campaign mention names (or belongs to), as a phase."""
    entry = gazetteer().get(str(series.attrs.get("series_id", series.key)))
    name = str(series.attrs.get("series", series.name))
    entry = entry or Entry(str(series.attrs.get("series_id", series.key)), "Campaign", name)
    return phase_found(entry, series.start, series.end, year)


_NAMED_RIGHT_AFTER = re.compile(r"\s+(?:codenamed|code-named|dubbed|called|named|known as|mang tên|có tên)(?![\w])")


_OPERATION_WORDS = ("operation", "chiến dịch")  # what an indefinite operation ends with


@cache
def _cataphora() -> re.Pattern[str]:
    """"An operation", "A month-long joint operation", "An INTERPOL-coordinated operation", "Một chiến dịch": an
    indefinite operation with up to three words that describe it (lexicon `campaign_cataphora_*`)."""
    modifiers = words_pattern(lexicon()["campaign_cataphora_modifiers"])
    compound = rf"[A-Z][\w&/]*-{words_pattern(lexicon()['campaign_cataphora_compounds'])}"
    article = r"[AaMm](?<![\w][\s\S])(?:(?<=[Aa])n?|(?<=[Mm])ột)"  # a set of first letters first: see _EDITION
    return re.compile(rf"{article}\s+(?:(?:{modifiers}|{compound}),?\s+){{0,3}}(?:{'|'.join(_OPERATION_WORDS)})(?![\w])")


@cache
def _dated_task_force() -> re.Pattern[str]:
    word = r"[A-Z][\w-]*"
    subject = rf"{word}(?:\s+(?:and\s+|of\s+)?{word})*"
    return re.compile(rf"{opening(lexicon()['task_force_heads'])}\s+(?:on|against|for)\s+{subject}\s+((?:19|20)\d{{2}})(?![\w])")


def dated_task_forces(text: str) -> list[Found]:
    """"the Joint Task Force on Synthetic Drugs 2026": a task force named with a year is that year's edition of an
    operation (its series the name without the year)."""
    out = []
    for match in holding(_dated_task_force(), text, lexicon()["task_force_heads"]):
        base = text[match.start():match.start(1)].strip()
        series = Entry(entity_id("Campaign", slug(base)), "Campaign", base)
        out.append(phase_found(series, match.start(), match.end(), int(match.group(1))))
    return out

