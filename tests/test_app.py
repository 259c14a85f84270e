"""The app, page by page and action by action, with Streamlit's AppTest on the real embedded store and on Neo4j."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.loader import load
from graph.stores.base import Store
from loaders.extraction import extract_paths
from loaders.resolve.overrides import load_overrides
from tests.helpers import DEMO, ROOT

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def app(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The app on the demo corpus, once per backend (the store fixture: embedded in tmp_path/data, and Neo4j)."""
    monkeypatch.setenv("CKG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CKG_STORE", store.kind)
    load(store, extract_paths([DEMO]))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)


def _caption(at: AppTest) -> str:
    return next(c.value for c in at.caption if "entities and" in c.value)


def _text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown) + "\n".join(s.value for s in at.subheader)


def test_network_page_shows_the_whole_graph(app: AppTest) -> None:
    app.run()
    assert not app.exception
    assert app.title[0].value == "Partner network"
    assert _caption(app).startswith("53 entities and 72 facts")


def test_filters_narrow_the_view(app: AppTest) -> None:
    app.run()
    app.multiselect(key="types").set_value(["Agency", "Campaign"]).run()
    agencies_and_campaigns = _caption(app)
    app.selectbox(key="campaign").set_value("campaign:mekong-dragon-5").run()
    assert _caption(app) != agencies_and_campaigns
    app.slider(key="years").set_value((2025, 2025)).run()
    assert "0 facts" in _caption(app) or not app.exception


@pytest.mark.parametrize(("focus", "setup", "expected"), [
    ("ego", {"center": "agency:kr-customs"}, "6 entities"),
    ("path", {"center": "agency:kr-customs", "other": "agency:unodc"}, "5 entities"),
    ("shared", {"center": "agency:la-customs", "other": "agency:th-customs"}, "3 entities"),
    ("community", {}, "13 entities"),
])
def test_focus_views(app: AppTest, focus: str, setup: dict[str, str], expected: str) -> None:
    app.run()
    app.radio(key="focus").set_value(focus).run()
    for key, value in setup.items():
        app.selectbox(key=key).set_value(value).run()
    assert not app.exception and _caption(app).startswith(expected)


def test_search_by_alias_opens_details_with_highlighted_evidence(app: AppTest) -> None:
    app.run()
    app.text_input(key="search").set_value("Hải quan Hàn Quốc").run()
    assert app.selectbox(key="search-hit").value == "agency:kr-customs"
    app.button(key="search-show").click().run()
    assert "Korea Customs Service" in [s.value for s in app.subheader]
    assert "<mark>" in _text(app) and "Twin Guardian" in _text(app)


def test_export_of_the_current_view(app: AppTest) -> None:
    app.run()
    app.selectbox(key="export-format").set_value("svg").run()
    app.button(key="export-prepare").click().run()
    assert not app.exception
    assert app.session_state["export"][0] == "svg" and b"<svg" in app.session_state["export"][1]


def test_review_add_alias_reject_and_merge_go_to_the_overrides_file(app: AppTest, tmp_path: Path) -> None:
    app.run()
    app.selectbox(key="details-pick").set_value("agency:la-customs").run()
    app.text_input(key="alias-agency:la-customs").set_value("Cục Hải quan Lào").run()
    app.button(key="add-alias-agency:la-customs").click().run()
    app.button(key="reject-agency:la-customs-PARTICIPATED_IN-campaign:mekong-dragon-5").click().run()
    app.selectbox(key="details-pick").set_value("agency:vn-border-guard").run()
    app.selectbox(key="merge-target-agency:vn-border-guard").set_value("agency:vn-c04").run()
    app.button(key="merge-agency:vn-border-guard").click().run()
    assert not app.exception
    overrides = load_overrides(tmp_path / "data" / "overrides.yaml")
    assert [a.alias for a in overrides.aliases] == ["Cục Hải quan Lào"]
    assert [(r.source, r.target) for r in overrides.reject] == [("agency:la-customs", "campaign:mekong-dragon-5")]
    assert overrides.merge[0].into == "agency:vn-c04" and overrides.merge[0].ids == ["agency:vn-border-guard"]
    app.switch_page("views/corrections.py").run()
    assert [s.value for s in app.subheader][:3] == ["Merged (1)", "Aliases added (1)", "Facts rejected (1)"]


def test_queries_page_runs_a_query_with_suggestions(app: AppTest) -> None:
    app.switch_page("views/queries.py").run()
    app.selectbox(key="query-name").set_value("campaign_partners").run()
    assert "Mekong Dragon 5" in app.selectbox(key="q-campaign_partners-campaign").options  # suggestions from the graph
    app.selectbox(key="q-campaign_partners-campaign").set_value("Mekong Dragon 5")
    next(b for b in app.button if b.label == "Run").click().run()
    assert not app.exception
    name, params, rows = app.session_state["query-result"]
    assert name == "campaign_partners" and params == {"campaign": "Mekong Dragon 5"}
    assert "Lao Customs Department" in {r["partner"] for r in rows}
    assert any("?q=campaign_partners&campaign=Mekong+Dragon+5" in m.value for m in app.markdown)


def test_a_query_link_reopens_and_runs_it_with_any_alias(app: AppTest) -> None:
    app.query_params["q"] = "country_meetings"
    app.query_params["country"] = "Lào"
    app.switch_page("views/queries.py").run()
    name, _, rows = app.session_state["query-result"]
    assert name == "country_meetings" and rows[0]["meeting"] == "Diễn đàn kiểm soát ma túy khu vực sông Mê Kông"


def test_the_console_refuses_writes_and_reads(app: AppTest) -> None:
    app.switch_page("views/queries.py").run()
    app.text_area(key="cypher").set_value("MATCH (n) DETACH DELETE n").run()
    app.button(key="cypher-run").click().run()
    assert "read-only" in app.error[0].value
    app.text_area(key="cypher").set_value("MATCH (n:Country) RETURN n.name AS name").run()
    app.button(key="cypher-run").click().run()
    assert not app.error and len(app.dataframe[-1].value) == 13


def test_documents_page_lists_and_highlights(app: AppTest) -> None:
    app.switch_page("views/documents.py").run()
    table = app.dataframe[0].value
    assert len(table) == 6 and set(table["language"]) == {"vi", "en"}
    assert table["entities"].min() > 0 and table["facts"].min() > 0  # every demo article names things and states facts
    choice = next(o for o in app.selectbox(key="document-pick").options if o.startswith("Diễn đàn"))
    app.selectbox(key="document-pick").set_value(choice).run()
    text = _text(app)
    assert "<mark title='UNODC'>UNODC</mark>" in text and "Facts from this document" in text


def test_a_clicked_edge_shows_the_fact_and_its_sentences(app: AppTest) -> None:
    app.session_state["selected"] = "agency:kr-customs|PARTICIPATED_IN|campaign:twin-guardian-3"
    app.run()
    assert "Participated In" in [s.value for s in app.subheader]
    assert "<mark>" in _text(app) and "Twin Guardian" in _text(app)


def test_agency_kinds_have_their_own_colours() -> None:
    from views.elements import group, node_styles

    assert group({"type": "Agency", "kind": "police"}) == "Agency (police)"
    colours = {s.label: s.color for s in node_styles()}
    assert colours["Agency (police)"] != colours["Agency (customs)"]
