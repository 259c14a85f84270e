"""One meeting across documents. Two outlets name one event differently ("The 33rd Administrative Meeting for
National Contact Points of RILO AP - WCO", "The 33rd Administrative Meeting of National Contact Points of the WCO
Regional Intelligence Liaison Office…"); they are one meeting when they began on the same day in the same place and
name the same numbers (or, with none, much the same words).

>>> from graph.model import Entity
>>> a = Entity(id="meeting:a", type="Meeting", name="33rd NCP Meeting", start="2022-09-27", country="South Korea")
>>> b = Entity(id="meeting:b", type="Meeting", name="The 33rd Meeting of NCPs", start="2022-09-27", country="South Korea")
>>> same_meetings({"meeting:a": a, "meeting:b": b})
{'meeting:b': 'meeting:a'}
"""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher

from graph.keys import fold
from graph.model import Entity


def _numbers(name: str) -> set[str]:
    return set(re.findall(r"\d+", name))


def _alike(first: str, second: str) -> bool:
    """The same numbers, at least one ("33rd"), or much the same words: two workshops of one day stay two."""
    numbers = _numbers(first)
    if numbers or _numbers(second):
        return numbers == _numbers(second)
    return SequenceMatcher(None, fold(first), fold(second)).ratio() >= 0.8


def same_meetings(entities: dict[str, Entity]) -> dict[str, str]:
    """Meeting ids to fold into the first (by id) meeting of the same day, place and numbers."""
    days: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for entity in sorted(entities.values(), key=lambda e: e.id):
        if entity.type == "Meeting" and entity.start and len(entity.start) == 10 and (entity.country or entity.city):
            days[(entity.start, entity.country or entity.city or "")].append(entity)
    mapping: dict[str, str] = {}
    for group in days.values():
        for index, entity in enumerate(group):
            first = next((g for g in group[:index] if g.id not in mapping and _alike(g.name, entity.name)), None)
            if first is not None:
                mapping[entity.id] = first.id
    return mapping
