"""The canned queries on the demo corpus, with the same expectations on every backend."""

from __future__ import annotations

import pytest

from graph.catalogue import QueryError, catalogue, run
from graph.lookup import NotFound
from graph.stores.base import Store
from tests.helpers import load_demo

OMD5 = {"General Department of Vietnam Customs", "General Administration of Customs of China", "Lao Customs Department",
        "General Department of Customs and Excise of Cambodia", "Thai Customs Department", "UNODC"}


@pytest.fixture
def demo(store: Store) -> Store:
    load_demo(store)
    return store


def _partners(store: Store, **params: str) -> set[str]:
    return {row["partner"] for row in run(store, "campaign_partners", params)}


@pytest.mark.parametrize("name", ["OMD 5", "OMD5", "Con Rồng Mê Kông 5", "con rong me kong 5", "mekong dragon v",
                                  "Mekong Dragon giai đoạn 5", "Joint Operation Mekong Dragon V", "Chiến dịch Mekong Dragon 5"])
def test_a_phase_by_any_of_its_names(demo: Store, name: str) -> None:
    assert _partners(demo, campaign=name) >= OMD5


def test_roles_and_series(demo: Store) -> None:
    assert _partners(demo, campaign="Mekong Dragon", role="initiator") == {
        "General Department of Vietnam Customs", "General Administration of Customs of China"}
    assert _partners(demo, campaign="Mekong Dragon") >= OMD5  # a series includes its phases
    row = next(r for r in run(demo, "campaign_partners", {"campaign": "OMD 5"}) if r["partner"] == "UNODC")
    assert row["roles"] == ["supporter"] and row["evidence"] >= 1 and row["campaigns"] == ["Mekong Dragon 5"]
    assert row["country"] == ""  # an international body has no country


def test_agency_campaigns_and_shared_campaigns(demo: Store) -> None:
    campaigns = {r["campaign"] for r in run(demo, "agency_campaigns", {"agency": "Korea Customs Service"})}
    assert campaigns == {"Twin Guardian 3", "DEMETER 8"}
    shared = run(demo, "shared_campaigns", {"a": "Hải quan Lào", "b": "Thai Customs"})
    assert [r["campaign"] for r in shared] == ["Mekong Dragon 5"]


def test_agency_meetings_within_dates(demo: Store) -> None:
    all_meetings = run(demo, "agency_meetings", {"agency": "Korea Customs Service"})
    in_2025 = run(demo, "agency_meetings", {"agency": "Korea Customs Service", "from": "2025-09", "to": "2025"})
    assert len(all_meetings) == 2 and [r["meeting"] for r in in_2025] == ["Twin Guardian 3 review meeting"]


def test_meetings_by_country_and_details(demo: Store) -> None:
    laos = run(demo, "country_meetings", {"country": "Lào"})
    assert [r["meeting"] for r in laos] == ["Diễn đàn kiểm soát ma túy khu vực sông Mê Kông"] and laos[0]["attendees"] >= 3
    details = run(demo, "meeting_details", {"meeting": "kiểm soát ma túy khu vực sông Mê Kông"})[0]
    assert (details["start"], details["end"], details["city"], details["location"]) == ("2025-04-08", "2025-04-10",
                                                                                       "Vientiane", "Laos")
    assert "UNODC (host)" in details["attendees"]


def test_campaign_timeline(demo: Store) -> None:
    rows = run(demo, "campaign_timeline", {"campaign": "Mekong Dragon"})
    assert [(r["phase"], r["start"], r["end"]) for r in rows] == [(5, "2023-03-01", "2023-06-30")]


def test_connection_path_and_evidence(demo: Store) -> None:
    path = run(demo, "connection_path", {"from": "Korea Customs Service", "to": "UNODC"})
    assert path[0]["name"] == "Korea Customs Service" and path[-1]["name"] == "UNODC" and len(path) >= 3
    evidence = run(demo, "entity_evidence", {"name": "Basel Convention Regional Centre"})
    assert evidence and evidence[0]["fact"] == "PARTICIPATED_IN" and "Basel Convention" in evidence[0]["sentence"]


def test_the_other_queries_staff_ask(demo: Store) -> None:
    top = run(demo, "top_partners", {"limit": "3"})
    assert len(top) == 3 and top[0]["partner"] == "General Department of Vietnam Customs"
    assert {r["year"] for r in run(demo, "meetings_per_year", {})} == {"2023", "2024", "2025"}
    both = run(demo, "co_attendance", {"a": "Japan Customs", "b": "KCS"})
    assert [r["meeting"] for r in both] == ["DEMETER 8 planning meeting"]
    wildlife = {r["campaign"] for r in run(demo, "campaigns_by_focus", {"focus": "wildlife"})}
    assert "Thunder 2024" in wildlife and "Lionfish 3" not in wildlife


def test_every_query_has_a_described_header() -> None:
    assert {"campaign_partners", "agency_campaigns", "agency_meetings", "country_meetings", "meeting_details",
            "campaign_timeline", "shared_campaigns", "connection_path", "entity_evidence"} <= set(catalogue())
    for spec in catalogue().values():
        assert spec.title and spec.columns, spec.name


@pytest.mark.parametrize(("params", "message"), [
    ({}, "campaign: Field required"),
    ({"campaign": "ANNEX", "colour": "red"}, "unknown parameter"),
    ({"campaign": "ANNEX", "role": "boss"}, "role: Input should be"),
])
def test_bad_parameters_are_explained(demo: Store, params: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        run(demo, "campaign_partners", params)


def test_an_unknown_name_suggests_close_ones(demo: Store) -> None:
    with pytest.raises(NotFound, match="did you mean 'Lionfish"):
        run(demo, "campaign_partners", {"campaign": "Lionfisch"})
    with pytest.raises(QueryError, match="from: String should match"):
        run(demo, "agency_meetings", {"agency": "KCS", "from": "last year"})
