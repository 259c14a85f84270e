"""Every relation trigger of loaders/data/lexicon.yaml, in a sentence of its own language that uses it the way
its entry says (agents before or after, target before or after)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from loaders.extract.gazetteer import lexicon
from tests.helpers import extract_text, roles

VI = {"agent": "Hải quan Lào", "campaign": "Chiến dịch Sea Shield", "meeting": "Hội thảo về kiểm soát tiền chất"}
EN = {"agent": "Lao Customs", "campaign": "Operation Sea Shield", "meeting": "the Regional Precursor Control Workshop"}
TARGET = {"campaign": "Sea Shield", "meeting": None}
LAO = "Lao Customs Department"


def _relation(trigger: dict[str, Any]) -> str:
    return "campaign" if trigger["relation"] in ("campaign", "any") else "meeting"


def _sentence(trigger: dict[str, Any]) -> str:
    words = EN if trigger["phrase"].isascii() else VI
    phrase = trigger["phrase"].replace(" * ", " tích cực " if words is VI else " active ")
    target = words[_relation(trigger)]
    if trigger["agents"] == "before":
        return f"{words['agent']} {phrase} {target}."
    if trigger.get("targets") == "all":  # a delegation at the meetings named in its sentence
        return f"Tại {target}, {phrase} {words['agent']} đã phát biểu." if words is VI else \
            f"At {target}, the {phrase} {words['agent']} spoke."
    if phrase.endswith(","):  # "Of these, X": a phrase that opens a clause of its own
        return f"{target[0].upper()}{target[1:]} ran in May. {phrase} {words['agent']}."
    if phrase.startswith("sự "):
        lead = " với "  # "… với sự tham dự của X", as the phrase always stands
    elif phrase.startswith("a "):
        lead = ", "  # "Operation X, a joint operation by Y": an apposition
    elif words is VI and _relation(trigger) == "meeting":
        lead = ", "  # "Hội thảo …, đại biểu đến từ X": a comma ends the meeting's name
    else:
        lead = " "
    return f"{target[0].upper()}{target[1:]}{lead}{phrase} {words['agent']}."


def _role(trigger: dict[str, Any]) -> str:
    role = trigger["role"]
    chosen = role[_relation(trigger)] if isinstance(role, dict) else role
    return str(chosen[0]) if isinstance(chosen, list) else str(chosen)


@pytest.mark.parametrize("trigger", lexicon()["triggers"], ids=lambda t: t["phrase"])
def test_trigger(tmp_path: Path, trigger: dict[str, Any]) -> None:
    extraction = extract_text(tmp_path, _sentence(trigger))
    kind = _relation(trigger)
    target = TARGET[kind] or next((e.name for e in extraction.entities if e.type == "Meeting"), "")
    fact = "PARTICIPATED_IN" if kind == "campaign" else "ATTENDED"
    found = roles(extraction, fact, LAO, target)
    expected = _role(trigger)
    assert expected in found or (expected == "host" and "participant" in found), (_sentence(trigger), found)


def test_a_phrase_with_words_between_takes_as_few_as_it_needs(tmp_path: Path) -> None:
    text = ("News\n\nThe 7th Regional Precursor Forum opened in Vientiane. The forum was organized by UNODC and hosted by "
            "the Lao National Commission for Drug Control and Supervision (LCDC).\n")
    extraction = extract_text(tmp_path, text)
    assert "host" in roles(extraction, "ATTENDED", "UNODC", "7th Regional Precursor Forum")
    assert "host" in roles(extraction, "ATTENDED", "Lao National Commission for Drug Control and Supervision",
                           "7th Regional Precursor Forum")


def test_a_meeting_held_by_its_parties_with_a_possessive(tmp_path: Path) -> None:
    text = ("News\n\nThe Royal Thai Police and the Lao Police held their annual bilateral meeting in Vientiane on 15 "
            "March 2025.\n")
    extraction = extract_text(tmp_path, text)
    for party in ("Royal Thai Police", "Lao Police"):
        assert roles(extraction, "ATTENDED", party, "Annual bilateral meeting (Vientiane, 2025)")


def test_a_body_that_held_its_own_meeting_hosted_it(tmp_path: Path) -> None:
    text = "News\n\nThe Oceania Narcotics Council held its 9th Annual Conference in Nuku'alofa, Tonga, on 3 June 2025.\n"
    extraction = extract_text(tmp_path, text)
    assert "host" in roles(extraction, "ATTENDED", "Oceania Narcotics Council", "9th Annual Conference")


def test_the_two_sides_that_agreed_to_launch_an_operation_take_part_in_it(tmp_path: Path) -> None:
    text = ("News\n\nThe Royal Thai Police and the Lao Police held their annual bilateral meeting in Vientiane on 15 March "
            "2025. Both sides agreed to launch a joint operation codenamed \"Mekong Shield\" against heroin trafficking.\n")
    extraction = extract_text(tmp_path, text)
    for party in ("Royal Thai Police", "Lao Police"):
        assert "participant" in roles(extraction, "PARTICIPATED_IN", party, "Mekong Shield")
