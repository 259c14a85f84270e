"""Members a sentence lists for a body outside any meeting (loaders/extract/membership.py), in both languages."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import extract_text, facts


def _members(tmp_path: Path, text: str, body: str) -> set[str]:
    return {source for type_, source, target in facts(extract_text(tmp_path, text)) if type_ == "MEMBER_OF"
            and target == body}


def test_members_of_the_subject_after_whose(tmp_path: Path) -> None:
    text = ("News\n\nThe Andean Drug Council (ADC), set up under the 1994 Lima Agreement, is an intergovernmental body "
            "based in Quito whose member states include Peru, Ecuador and Bolivia.\n")
    assert _members(tmp_path, text, "ADC") == {"Peru", "Ecuador", "Bolivia"}


def test_members_of_the_body_that_owns_them(tmp_path: Path) -> None:
    text = ("News\n\nThe Southern Information Centre (SIC) met in May 2024. SIC's seven member states are Azerbaijan, "
            "Kazakhstan and Uzbekistan.\n")
    assert _members(tmp_path, text, "SIC") == {"Azerbaijan", "Kazakhstan", "Uzbekistan"}


def test_members_of_the_body_named_after_the_cue_in_vietnamese(tmp_path: Path) -> None:
    text = "Tin tức\n\nCác nước thành viên của ASEANAPOL gồm Lào, Campuchia và Thái Lan.\n"
    assert _members(tmp_path, text, "ASEANAPOL") == {"Laos", "Cambodia", "Thailand"}


def test_countries_named_near_members_of_no_body_are_no_members(tmp_path: Path) -> None:
    text = "News\n\nThe Southern Information Centre (SIC) said member states such as Peru and Chile were invited.\n"
    assert _members(tmp_path, text, "SIC") == set()
