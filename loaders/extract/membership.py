"""Members a sentence lists for a body, wherever it stands (not only in a meeting's frame): "CARICC's seven member
states are A, B and C", "the LATF, …, whose member states include A and B", "the member countries of X are: A, B",
"các nước thành viên của X gồm A, B". The listed countries are MEMBER_OF the body (lexicon `member_cues`,
`member_list_openers`).

>>> from loaders.extract.found import Found
>>> text = "ZETA's five member states are Peru and Chile."
>>> found = [Found("Agency", "agency:zeta", 0, 4, "ZETA"), Found("Country", "country:pe", 30, 34, "Peru"),
...          Found("Country", "country:cl", 39, 44, "Chile")]
>>> facts = FactSet()
>>> member_lists(text, found, facts, (0, len(text)))
>>> sorted(facts.of("MEMBER_OF"))
[('MEMBER_OF', 'country:cl', 'agency:zeta'), ('MEMBER_OF', 'country:pe', 'agency:zeta')]
"""

from __future__ import annotations

import re
from functools import cache

from loaders.extract.facts import Fact, FactSet
from loaders.extract.found import Found, lexicon_regex, words_pattern
from loaders.extract.gazetteer import lexicon

MEMBER_CONFIDENCE = 0.7
_OWNER_GAP = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?")  # "CARICC's seven member states", "ASEAN member states"
_WHOSE = re.compile(r",?\s+whose\s+")
_OF_BODY = re.compile(r"\s+(?:(?:of|của)\s+)?(?:the\s+)?")  # "member states of X", "nước thành viên ASEAN"


@cache
def _opener() -> re.Pattern[str]:
    """Where the list begins after the cue (and the body, when it follows the cue)."""
    return re.compile(rf"\s*(?::|,?\s(?:{words_pattern(lexicon()['member_list_openers'])})(?:\s*:)?\s)\s*", re.I)


def _body(text: str, agencies: list[Found], cue: re.Match[str]) -> tuple[Found | None, int]:
    """The body whose members the cue names, and where what follows the cue and that body begins."""
    after = _OF_BODY.match(text, cue.end())
    named_after = next((a for a in agencies if after and a.start == after.end()), None)
    if named_after is not None:
        return named_after, named_after.end
    before = next((a for a in reversed(agencies) if a.end <= cue.start()), None)
    if before is not None and _OWNER_GAP.fullmatch(text, before.end, cue.start()):
        return before, cue.end()
    whose = _WHOSE.search(text, before.end if before else 0, cue.start())
    if whose is not None and whose.end() == cue.start() and agencies and agencies[0].end <= whose.start():
        return agencies[0], cue.end()  # "the LATF, set up under …, whose member states include": the subject
    return None, cue.end()


def member_lists(text: str, mentions: list[Found], facts: FactSet, span: tuple[int, int]) -> None:
    """The countries listed after a member cue, members of its body (see the module)."""
    words = text[span[0]:span[1]].lower()  # every cue holds one of these: most sentences are not searched
    cue = lexicon_regex("member_cues", re.I).search(text, span[0], span[1]) \
        if "ember" in words or "viên" in words else None
    if cue is None:
        return
    agencies = [m for m in mentions if m.type == "Agency" and m.key and m.role != "part"]
    body, at = _body(text, agencies, cue)
    opened = cue.group(0).split()[-1].lower() in lexicon()["member_list_openers"]  # "thành viên gồm"
    opener = _opener().match(text, at) if body is not None else None
    if body is None or (opener is None and not opened):
        return
    for country in [m for m in mentions if m.type == "Country" and m.key and m.start >= (opener.end() if opener else at)]:
        facts.add(Fact("MEMBER_OF", country.key, body.key, span, confidence=MEMBER_CONFIDENCE))
