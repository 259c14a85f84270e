"""The queries added for the questions analysts ask (contract table "Added 2026-11-27"), on every backend.

The demo corpus, one more short text of our own (two ministries), and analyst overrides for the facts extraction
does not give (yet): a chair, a head of delegation who represents a department without leading it, a speaker,
two ministries above their departments, members of the WCO, a country taking part in a campaign, and one name
("Customs Department") that fits two agencies.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from graph.catalogue import QueryError, catalogue, run
from graph.contributions import apply_overrides
from graph.loader import load
from graph.lookup import NotFound
from graph.model import Extraction
from graph.stores.base import Row, Store
from loaders.extraction import extract_paths
from loaders.resolve.overrides import Alias, FactRef, Overrides
from tests.helpers import DEMO

MINISTRIES = """Bộ Tài chính và Bộ Công an phối hợp phòng chống ma túy

Ngày 3/3/2023, Bộ Tài chính và Bộ Công an đã ký quy chế phối hợp phòng, chống buôn lậu ma túy qua biên giới.
"""
ASID = "Anti-Smuggling and Investigation Department"
VN_CUSTOMS = "General Department of Vietnam Customs"
TWIN_REVIEW = "Twin Guardian 3 review meeting"
C04 = "Drug Crime Investigation Police Department (C04)"


def _id(extraction: Extraction, kind: str, test: Callable[[Any], bool]) -> str:
    return next(e.id for e in extraction.entities if e.type == kind and test(e))


def _overrides(ex: Extraction) -> Overrides:
    somchai = _id(ex, "Person", lambda e: "Somchai" in e.name)
    minh = _id(ex, "Person", lambda e: e.name == "Trần Văn Minh")
    hai = _id(ex, "Person", lambda e: e.name == "Nguyễn Văn Hải")
    workshop = _id(ex, "Meeting", lambda e: e.city == "Bangkok")
    review = _id(ex, "Meeting", lambda e: e.name == TWIN_REVIEW)
    forum = _id(ex, "Meeting", lambda e: e.city == "Vientiane")
    return Overrides(
        reject=[FactRef(type="LEADS", source=minh, target="agency:vn-asid")],  # a deputy represents, he does not lead
        add=[FactRef(type="ATTENDED", source=somchai, target=workshop, roles=["host", "chair"]),
             FactRef(type="ATTENDED", source=minh, target=review, roles=["host", "chair", "delegation_head"]),
             FactRef(type="REPRESENTS", source=minh, target="agency:vn-asid"),
             FactRef(type="ATTENDED", source=hai, target=forum, roles=["speaker"]),
             FactRef(type="PART_OF", source="agency:vn-customs", target="agency:vn-mof"),
             FactRef(type="PART_OF", source="agency:vn-c04", target="agency:vn-mps"),
             FactRef(type="MEMBER_OF", source="agency:jp-customs", target="agency:wco"),
             FactRef(type="MEMBER_OF", source="country:vn", target="agency:wco"),
             FactRef(type="MEMBER_OF", source="country:la", target="agency:wco"),
             FactRef(type="PARTICIPATED_IN", source="country:la", target="campaign:lionfish-3", roles=["participant"])],
        aliases=[Alias(id="agency:th-customs", alias="Customs Department"),
                 Alias(id="agency:vn-asid", alias="Customs Department")])


@pytest.fixture
def graph(store: Store, tmp_path: Path) -> Store:
    extra = tmp_path / "ministries.txt"
    extra.write_text(MINISTRIES, encoding="utf-8")
    extraction = extract_paths([DEMO, extra])
    load(store, extraction)
    apply_overrides(store, _overrides(extraction))
    return store


def _col(rows: list[Row], column: str) -> set[Any]:
    return {row[column] for row in rows}


def test_every_added_query_is_in_the_catalogue() -> None:
    added = {"meeting_hosts", "meeting_attendees", "meeting_people", "agency_leaders", "agency_units", "agency_parents",
             "members", "campaigns_between", "meetings_in"}
    assert added <= set(catalogue())
    assert {p.name for p in catalogue()["campaign_partners"].params} == {"campaign", "role", "type"}


def test_meeting_hosts_by_any_part_of_the_name_in_either_language(graph: Store) -> None:
    rows = run(graph, "meeting_hosts", {"meeting": "Lionfish closing workshop"})  # words of the campaign it was about
    assert {(r["host"], r["type"], r["country"]) for r in rows} == {
        ("Thai Customs Department", "Agency", "Thailand"), ("Somchai Jaidee", "Person", "")}
    assert next(r for r in rows if r["type"] == "Person")["roles"] == ["host", "chair"]
    review = run(graph, "meeting_hosts", {"meeting": "Hội nghị sơ kết Twin Guardian lần thứ III"})
    assert _col(review, "host") == {ASID, "Korea Customs Service", "Trần Văn Minh"} and _col(review, "meeting") == {TWIN_REVIEW}
    forum = run(graph, "meeting_hosts", {"meeting": "forum Vientiane 2025"})  # its kind, city and year, in English
    assert [(r["host"], r["country"]) for r in forum] == [("UNODC", "")]  # an international body has no country
    assert run(graph, "meeting_hosts", {"meeting": "Thunder 2024 debriefing"}) == []  # no host is known


def test_meeting_attendees_by_role_and_type(graph: Store) -> None:
    workshop = {"meeting": "closing workshop of Operation Lionfish III"}
    assert _col(run(graph, "meeting_attendees", workshop), "attendee") == {
        "Thai Customs Department", "Somchai Jaidee", "Singapore Customs", "NCB"}  # "NCB of India": India places it
    participants = run(graph, "meeting_attendees", {**workshop, "role": "participant"})
    assert {"Singapore Customs", "NCB"} <= _col(participants, "attendee") and "Somchai Jaidee" not in _col(
        participants, "attendee")
    assert all("participant" in r["roles"] for r in participants)
    agencies = run(graph, "meeting_attendees", {**workshop, "type": "Agency"})
    assert ("NCB", "India") in [(r["attendee"], r["country"]) for r in agencies]
    assert run(graph, "meeting_attendees", {**workshop, "type": "Country"}) == []
    assert _col(run(graph, "meeting_attendees", {**workshop, "role": "host", "type": "Person"}), "attendee") == {"Somchai Jaidee"}
    assert run(graph, "meeting_attendees", {**workshop, "role": "delegation_head"}) == []


def test_a_name_that_fits_several_meetings_gives_rows_that_say_which(graph: Store) -> None:
    rows = run(graph, "meeting_attendees", {"meeting": "Mê Kông"})  # the Mekong forum, and a Mekong Dragon meeting
    assert _col(rows, "meeting") == {"Diễn đàn kiểm soát ma túy khu vực sông Mê Kông", "Mekong Dragon 5 planning meeting"}
    assert ("UNODC", "Diễn đàn kiểm soát ma túy khu vực sông Mê Kông") in {(r["attendee"], r["meeting"]) for r in rows}
    planning = run(graph, "meeting_attendees", {"meeting": "planning meeting"})
    assert _col(planning, "meeting") == {"DEMETER 8 planning meeting", "Mekong Dragon 5 planning meeting"}
    assert _col(run(graph, "meeting_attendees", {"meeting": "2025 planning"}), "meeting") == {"DEMETER 8 planning meeting"}
    with pytest.raises(NotFound, match="no meeting is called 'debriefing session'"):  # only words of a kind
        run(graph, "meeting_attendees", {"meeting": "debriefing session"})


def test_meeting_people_with_title_agency_and_role(graph: Store) -> None:
    rows = run(graph, "meeting_people", {"meeting": "Twin Guardian 3 review", "role": "delegation_head"})
    assert [(r["person"], r["title"], r["agency"]) for r in rows] == [
        ("Trần Văn Minh", f"Deputy Director, {ASID}", ASID)]  # the agency he represents
    speaker = run(graph, "meeting_people", {"meeting": "Diễn đàn kiểm soát ma túy", "role": "speaker"})
    assert [(r["person"], r["agency"]) for r in speaker] == [("Nguyễn Văn Hải", C04)]
    chair = run(graph, "meeting_people", {"meeting": "Lionfish closing workshop", "role": "chair"})
    assert [(r["person"], r["agency"]) for r in chair] == [("Somchai Jaidee", "Thai Customs Department")]
    assert run(graph, "meeting_people", {"meeting": "Twin Guardian 3 review", "role": "speaker"}) == []


def test_agency_leaders_heads_and_heads_of_delegation(graph: Store) -> None:
    thai = run(graph, "agency_leaders", {"agency": "Hải quan Thái Lan"})
    assert [(r["person"], r["leads"]) for r in thai] == [("Somchai Jaidee", True)]
    asid = run(graph, "agency_leaders", {"agency": "Cục ĐTCBL"})
    assert [(r["person"], r["leads"], r["delegations"]) for r in asid] == [("Trần Văn Minh", False, [TWIN_REVIEW])]
    assert run(graph, "agency_leaders", {"agency": "Tổng cục Hải quan"}) == []  # its departments' heads are not its own
    both = run(graph, "agency_leaders", {"agency": "Customs Department"})  # one name, two agencies
    assert {(r["person"], r["agency"]) for r in both} == {("Somchai Jaidee", "Thai Customs Department"), ("Trần Văn Minh", ASID)}


def test_agency_units_at_any_depth_and_parents_up_the_chain(graph: Store) -> None:
    units = run(graph, "agency_units", {"agency": "Bộ Tài chính"})
    assert [(r["unit"], r["part_of"], r["depth"]) for r in units] == [
        (VN_CUSTOMS, "Ministry of Finance of Vietnam", 1), (ASID, VN_CUSTOMS, 2)]
    assert [r["unit"] for r in run(graph, "agency_units", {"agency": "GDVC"})] == [ASID]
    assert run(graph, "agency_units", {"agency": "Thai Customs"}) == []
    parents = run(graph, "agency_parents", {"agency": "ĐTCBL"})
    assert [(r["parent"], r["level"], r["agency"]) for r in parents] == [
        (VN_CUSTOMS, 1, ASID), ("Ministry of Finance of Vietnam", 2, ASID)]
    assert [r["parent"] for r in run(graph, "agency_parents", {"agency": "C04"})] == ["Ministry of Public Security of Vietnam"]
    assert run(graph, "agency_parents", {"agency": "WCO"}) == []


def test_members_of_an_organisation(graph: Store) -> None:
    rows = run(graph, "members", {"organisation": "Tổ chức Hải quan Thế giới"})
    assert {(r["member"], r["type"], r["country"]) for r in rows} == {
        ("Japan Customs", "Agency", "Japan"), ("Vietnam", "Country", "Vietnam"), ("Laos", "Country", "Laos")}
    assert _col(rows, "organisation") == {"WCO"}
    assert run(graph, "members", {"organisation": "UNODC"}) == []


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2023", "2023", {"Mekong Dragon 5", "Mekong Dragon"}),
    ("2023-06-30", "2023-07", {"Mekong Dragon 5", "Mekong Dragon"}),  # overlaps on its last day
    ("2023-07-01", "2023-12-31", set()),
    ("2024-05", "2024-10-01", {"Lionfish 3", "Lionfish", "Thunder 2024", "Thunder"}),
    ("1990", "1991", set()),
])
def test_campaigns_between_overlap_their_dates(graph: Store, start: str, end: str, expected: set[str]) -> None:
    rows = run(graph, "campaigns_between", {"from": start, "to": end})
    assert _col(rows, "campaign") == expected
    for row in rows:  # a series counts through the dates of its phases
        assert row["phase"] is not None or row["active_phases"]


def test_campaigns_between_needs_dates(graph: Store) -> None:
    with pytest.raises(QueryError, match="to: String should match"):
        run(graph, "campaigns_between", {"from": "2023", "to": "soon"})


@pytest.mark.parametrize(("place", "period", "expected"), [
    ("Hà Nội", {}, {"Mekong Dragon 5 planning meeting"}),
    ("ha noi", {}, {"Mekong Dragon 5 planning meeting"}),
    ("Việt Nam", {}, {"Mekong Dragon 5 planning meeting", TWIN_REVIEW}),
    ("Vietnam", {"from": "2025"}, {TWIN_REVIEW}),
    ("Lyon", {"from": "2024-12", "to": "2024-12-05"}, {"Thunder 2024 review meeting"}),
    ("Lào", {"to": "2024"}, set()),
])
def test_meetings_in_a_city_or_a_country(graph: Store, place: str, period: dict[str, str], expected: set[str]) -> None:
    assert _col(run(graph, "meetings_in", {"place": place, **period}), "meeting") == expected


def test_campaign_partners_of_one_type(graph: Store) -> None:
    agencies = run(graph, "campaign_partners", {"campaign": "Lionfish 3", "type": "Agency"})
    assert {(r["partner"], r["country"]) for r in agencies} == {
        ("Thai Customs Department", "Thailand"), ("Royal Malaysia Police", "Malaysia"), ("UNODC", ""), ("INTERPOL", "")}
    countries = run(graph, "campaign_partners", {"campaign": "Operation Lionfish", "type": "Country"})
    assert [(r["partner"], r["country"]) for r in countries] == [("Laos", "Laos")]
    assert run(graph, "campaign_partners", {"campaign": "OMD 5", "type": "Country"}) == []


@pytest.mark.parametrize(("query", "params", "message"), [
    ("meeting_hosts", {"meeting": "Thundr debrifing in Lyon"}, "no meeting is called .*'Thunder 2024 review meeting'"),
    ("meeting_people", {"meeting": "Congress of Vienna"}, "no meeting is called 'Congress of Vienna'"),
    ("agency_leaders", {"agency": "Thai Custms"}, "no agency is called .*did you mean 'Thai Customs Department'"),
    ("members", {"organisation": "Interpool"}, "did you mean 'INTERPOL'"),
    ("meetings_in", {"place": "Hanoy"}, "no city or country is called 'Hanoy'; did you mean 'Hanoi'"),
    ("meeting_attendees", {"meeting": "Mê Kông", "type": "Robot"}, "type: Input should be"),
])
def test_unknown_names_say_so_and_suggest_close_ones(graph: Store, query: str, params: dict[str, str], message: str) -> None:
    with pytest.raises((NotFound, QueryError), match=message):
        run(graph, query, params)
