"""The event an article reports on when it names it only by a generic word ("the working session", "buổi tiếp",
"a webinar"): the first such word with no meeting named before it, once the text has said that the event took place,
was organised or that someone was received ("đã tiếp và làm việc với …. Tại buổi làm việc, …"), introduces a meeting
of the document; later generic words point back to it.

>>> from loaders.extract.found import Found
>>> text = "The working session took place in Vientiane on 3 May."
>>> word = Found("Meeting", "", 4, 19, "working session", {"kind": "bilateral"}, role="anaphor")
>>> introduce(text, word, (0, len(text)), first_cue(text))
True
>>> word.role, word.key.startswith("meeting:"), word.attrs["alias"]
('', True, 'working session')
"""

from __future__ import annotations

import re
from functools import cache

from graph.keys import short_hash
from loaders.extract.found import Found
from loaders.extract.gazetteer import lexicon
from loaders.extract.prefilter import Openings
from loaders.extract.word_regex import words_regex


@cache
def _introduction() -> re.Pattern[str]:
    return words_regex(_cue_words(), re.IGNORECASE)


def _cue_words() -> list[str]:
    return list(lexicon()["held_cues"]) + list(lexicon()["introduction_cues"])


@cache
def _introductions() -> Openings:
    return Openings(_introduction(), _cue_words())


def first_cue(text: str) -> int:
    """Where the text first says that an event happened (its length when it never does)."""
    found = _introductions().search(text)
    return found.start() if found else len(text)


def introduce(text: str, mention: Found, sentence: tuple[int, int], cue: int) -> bool:
    """Make a generic meeting word with nothing to point back to the document's event, when its sentence or one
    before it says the event happened (``cue``: where the text first says so); the sentence salts its id, so two
    articles' "working session" stay two."""
    if mention.attrs.get("general") or cue >= sentence[1]:
        return False
    salt = short_hash(text[sentence[0]:sentence[1]])
    mention.role = ""
    mention.key = f"meeting:{salt}"
    mention.attrs = {**mention.attrs, "generic": salt, "alias": mention.attrs.get("word") or text[mention.start:mention.end]}
    return True


def generic_name(word: str, place: str | None, year: str | None) -> str:
    """What to call an event the text names only by a generic word: "Working session (Vientiane, 2026)"."""
    where = ", ".join(p for p in (place, year) if p)
    return word[:1].upper() + word[1:] + (f" ({where})" if where else "")


def at_cue(text: str, cue: int, event: Found) -> Found:
    """The event, right after the words where the text first said it happened ("đã tiếp và làm việc với đoàn X"
    before "Tại buổi làm việc, …"): that sentence speaks of it too. The mention is empty: it stands for the event
    at that point, its words are the cue's (a trigger there takes it as its target)."""
    found = _introduction().match(text, cue)
    end = found.end() if found else cue
    return Found("Meeting", event.key, end, end, event.name, event.attrs, role="anaphor")

