"""Identity: the folded keys that make two spellings one name, and the stable ids built from them.

Vietnamese writes the same word with two tone-mark placements ("ma tuý" / "ma túy", "hoà" / "hòa"), and
analysts type names with or without diacritics; every comparison of names goes through :func:`fold`.

>>> fold("Con Rồng Mê Kông 5") == fold("con rong me kong 5")
True
>>> unify_tones("ma tuý") == "ma túy"
True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

# Old-style placement on the first vowel of a final "oa/oe/uy" moves to the second, same length either way,
# so offsets into a text survive the change. "qu" + vowel is a consonant cluster and keeps its mark.
# The pattern opens with the set of o and u, so that the engine jumps from one to the next (a look-ahead in front
# would keep it from jumping); what stands before and after is looked at from there.
_TONES = {"\u0300": "grave", "\u0301": "acute", "\u0309": "hook", "\u0303": "tilde", "\u0323": "dot"}
_OLD_STYLE = re.compile(r"[oOuU](?<![qQ][oOuU])(?:(?<=[oO])[\u00e0\u00e1\u1ea3\u00e3\u1ea1\u00e8\u00e9\u1ebb\u1ebd\u1eb9]"
                        r"|(?<=[uU])[\u1ef3\u00fd\u1ef7\u1ef9\u1ef5])(?![\w])")
_NON_WORD = re.compile(r"[^\w]+")


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(0)[0], match.group(0)[1]
    decomposed = unicodedata.normalize("NFD", second)
    base, marks = decomposed[0], decomposed[1:]
    tone = "".join(m for m in marks if m in _TONES)
    rest = "".join(m for m in marks if m not in _TONES)
    return unicodedata.normalize("NFC", first + tone) + unicodedata.normalize("NFC", base + rest)


def unify_tones(text: str) -> str:
    """Write word-final oa/oe/uy with the tone on the second vowel; length and offsets are unchanged."""
    return _OLD_STYLE.sub(_move_tone, text)


class _Marks(dict[int, str | None]):
    """A ``str.translate`` table that drops nonspacing marks (category Mn) and keeps every other character, filled
    with each character the first time it is met."""

    def __missing__(self, code: int) -> str | None:
        character = chr(code)
        self[code] = None if unicodedata.category(character) == "Mn" else character
        return self[code]


_WITHOUT_MARKS = _Marks()


@lru_cache(maxsize=131_072)
def fold(text: str) -> str:
    """Case-, diacritic-, punctuation- and tone-placement-insensitive key of a name."""
    if text.isascii():  # nothing to compose, decompose or strip (the first combining mark is U+0300)
        text = text.lower()
    else:
        text = unicodedata.normalize("NFC", text).lower().replace("đ", "d")
        text = unicodedata.normalize("NFD", text).translate(_WITHOUT_MARKS)
    return " ".join(_NON_WORD.sub(" ", text).split())


def slug(text: str) -> str:
    """A readable, stable id fragment: ``slug("Hải quan Việt Nam") == "hai-quan-viet-nam"``."""
    return fold(text).replace(" ", "-")[:80] or "x"


def entity_id(entity_type: str, identity: str) -> str:
    """Stable id of an entity from its type and canonical identity (a gazetteer id or a folded name)."""
    return f"{entity_type.lower()}:{identity}"


def document_id(text: str) -> str:
    """A document is its content: the same text gives the same id wherever it was read from."""
    return "doc:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def short_hash(text: str) -> str:
    return hashlib.sha1(fold(text).encode("utf-8")).hexdigest()[:10]
