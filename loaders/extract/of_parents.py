"""English names that hold their parent after "of": "the Customs and Tariff Bureau of the Ministry of Finance" is a
bureau of the ministry, two bodies. A name's "of" tail otherwise belongs to it ("Department of Customs", "Bureau of
International Narcotics and Law Enforcement Affairs"): the words before "of" must be a name of their own, ending in an
agency word, and the words after it must begin like one.

>>> parent_after_of("Customs and Tariff Bureau of the Ministry of Finance")
('Customs and Tariff Bureau', 'Ministry of Finance')
>>> parent_after_of("Department of Customs") is None
True
"""

from __future__ import annotations

from functools import cache

from loaders.extract.gazetteer import lexicon


@cache
def _heads() -> frozenset[str]:
    return frozenset(lexicon()["agency_heads_en"])


@cache
def _unit_heads() -> frozenset[str]:
    return _heads() | frozenset(lexicon()["sub_unit_heads_en"])


def parent_after_of(name: str) -> tuple[str, str] | None:
    """The unit's and the parent's names, or None where the name is one body's."""
    words = name.split()
    for i, word in enumerate(words[2:-2], start=2):
        rest = words[i + 1:][1:] if words[i + 1] == "the" else words[i + 1:]
        if word == "of" and words[i - 1] in _unit_heads() and len(rest) >= 2 and _heads() & set(rest[:2]):
            return " ".join(words[:i]), " ".join(rest)
    return None
