"""The app, page by page and action by action, with Streamlit's AppTest on the real embedded store and on Neo4j."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import networkx as nx
import pytest
from streamlit.testing.v1 import AppTest

from ckg.config import settings
from graph import filters, review
from graph.filters import ViewFilter
from graph.layout import label_size, overlapping
from graph.loader import load
from graph.model import RelationType
from graph.network import Network, subgraph
from graph.stores import open_store
from graph.stores.base import Store, StoreError
from loaders.extraction import extract_paths
from loaders.resolve.overrides import Overrides, load_overrides
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


def _counts(tmp_path: Path, view: ViewFilter) -> str:
    """What the caption must say for ``view``: counted on the store's graph (the extraction may change them)."""
    shown = filters.apply(subgraph(_store(tmp_path)), view)
    return f"{shown.number_of_nodes()} entities and {shown.number_of_edges()} facts"


def test_network_page_shows_the_whole_graph(app: AppTest, tmp_path: Path) -> None:
    app.run()
    assert not app.exception
    assert app.title[0].value == "Partner network"
    assert _caption(app).startswith(_counts(tmp_path, ViewFilter()))
    assert int(_caption(app).split()[0]) > 40


def test_filters_narrow_the_view(app: AppTest) -> None:
    app.run()
    app.multiselect(key="types").set_value(["Agency", "Campaign"]).run()
    agencies_and_campaigns = _caption(app)
    app.selectbox(key="campaign").set_value("campaign:mekong-dragon-5").run()
    assert _caption(app) != agencies_and_campaigns
    app.slider(key="years").set_value((2025, 2025)).run()
    assert not app.exception


@pytest.mark.parametrize(("focus", "setup"), [
    ("ego", {"center": "agency:kr-customs"}),
    ("path", {"center": "agency:kr-customs", "other": "agency:unodc"}),
    ("shared", {"center": "agency:la-customs", "other": "agency:th-customs"}),
    ("community", {}),
])
def test_focus_views(app: AppTest, tmp_path: Path, focus: str, setup: dict[str, str]) -> None:
    app.run()
    app.radio(key="focus").set_value(focus).run()
    for key, value in setup.items():
        app.selectbox(key=key).set_value(value).run()
    expected = _counts(tmp_path, ViewFilter(focus=focus, **setup))  # type: ignore[arg-type]
    assert not app.exception and _caption(app).startswith(expected) and not expected.startswith("0 ")


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


def _store(tmp_path: Path) -> Store:
    """The store the app under test uses (CKG_STORE and CKG_DATA_DIR as the app fixture set them)."""
    assert settings().data_dir == tmp_path / "data"
    return open_store(settings())


def _facts(tmp_path: Path) -> set[tuple[str, str, str]]:
    return {(s, k, t) for s, t, k in subgraph(_store(tmp_path)).edges(keys=True)}


def _overrides(tmp_path: Path) -> Overrides:
    return load_overrides(tmp_path / "data" / "overrides.yaml")


def test_reject_asks_first_and_undo_brings_the_fact_back(app: AppTest, tmp_path: Path) -> None:
    fact = ("agency:la-customs", "PARTICIPATED_IN", "campaign:mekong-dragon-5")
    before = subgraph(_store(tmp_path)).edges["agency:la-customs", "campaign:mekong-dragon-5", "PARTICIPATED_IN"]
    app.run()
    app.selectbox(key="details-pick").set_value("agency:la-customs").run()
    reject = "reject-agency:la-customs-PARTICIPATED_IN-campaign:mekong-dragon-5"
    app.button(key=reject).click().run()
    assert "Reject “Lao Customs Department takes part in Mekong Dragon 5" in app.warning[0].value
    app.button(key=f"no-{reject}").click().run()  # cancelled: nothing changed
    assert not _overrides(tmp_path).reject and fact in _facts(tmp_path)
    app.button(key=reject).click().run()
    app.button(key=f"yes-{reject}").click().run()
    assert [(r.source, r.target) for r in _overrides(tmp_path).reject] == [(fact[0], fact[2])]
    assert fact not in _facts(tmp_path)
    assert app.button(key="undo-last").label.startswith("Undo: rejected “Lao Customs Department takes part in")
    app.button(key="undo-last").click().run()
    assert not app.exception and not _overrides(tmp_path).reject
    after = subgraph(_store(tmp_path)).edges["agency:la-customs", "campaign:mekong-dragon-5", "PARTICIPATED_IN"]
    assert after == before  # back with its roles and every sentence


def test_merge_asks_first_and_undo_splits_them_again(app: AppTest, tmp_path: Path) -> None:
    graph_before = subgraph(_store(tmp_path))
    app.run()
    app.selectbox(key="details-pick").set_value("agency:vn-border-guard").run()
    app.selectbox(key="merge-target-agency:vn-border-guard").set_value("agency:vn-c04").run()
    app.button(key="merge-agency:vn-border-guard").click().run()
    assert "Merge “" in app.warning[0].value and not _overrides(tmp_path).merge
    app.button(key="yes-merge-agency:vn-border-guard").click().run()
    merged = _overrides(tmp_path).merge
    assert merged[0].into == "agency:vn-c04" and merged[0].ids == ["agency:vn-border-guard"]
    assert "agency:vn-border-guard" not in subgraph(_store(tmp_path))
    app.button(key="undo-last").click().run()
    graph_after = subgraph(_store(tmp_path))
    assert not app.exception and not _overrides(tmp_path).merge
    for node in ("agency:vn-border-guard", "agency:vn-c04"):
        assert graph_after.nodes[node] == graph_before.nodes[node]
        assert sorted(graph_after.edges(node, keys=True)) == sorted(graph_before.edges(node, keys=True))


def test_alias_and_its_undo(app: AppTest, tmp_path: Path) -> None:
    app.run()
    app.selectbox(key="details-pick").set_value("agency:la-customs").run()
    app.text_input(key="alias-agency:la-customs").set_value("Lao PDR Customs Office").run()
    app.button(key="add-alias-agency:la-customs").click().run()
    assert [a.alias for a in _overrides(tmp_path).aliases] == ["Lao PDR Customs Office"]
    assert "Lao PDR Customs Office" in subgraph(_store(tmp_path)).nodes["agency:la-customs"]["aliases"]
    app.button(key="undo-last").click().run()
    assert not _overrides(tmp_path).aliases
    assert "Lao PDR Customs Office" not in subgraph(_store(tmp_path)).nodes["agency:la-customs"]["aliases"]


def test_corrections_page_names_deletes_keeps_apart_and_undoes(app: AppTest, tmp_path: Path) -> None:
    store = _store(tmp_path)
    path = tmp_path / "data" / "overrides.yaml"
    review.reject(store, path, "PARTICIPATED_IN", "agency:la-customs", "campaign:mekong-dragon-5", "wrong")
    review.merge(store, path, "agency:vn-c04", "agency:vn-border-guard")
    app.switch_page("views/corrections.py").run()
    text = _text(app)
    assert "rejected: Lao Customs Department takes part in Mekong Dragon 5 — wrong" in text
    assert "vn border guard (agency, no longer in the graph) merged into" in text and "agency:" not in text.split(
        "no longer")[1]
    app.button(key="delete-reject-0").click().run()  # made outside this session: the file only, the graph on reload
    assert not _overrides(tmp_path).reject and "next `ckg load`" in app.success[0].value
    app.selectbox(key="apart-first").set_value("agency:la-customs").run()
    app.selectbox(key="apart-second").set_value("agency:th-customs").run()
    app.button(key="apart").click().run()
    assert _overrides(tmp_path).keep_apart == [["agency:la-customs", "agency:th-customs"]]
    assert "Lao Customs Department and Thai Customs Department are different things" in _text(app) or \
        "are different things" in _text(app)
    app.button(key="undo-last").click().run()
    assert not _overrides(tmp_path).keep_apart and [m.into for m in _overrides(tmp_path).merge] == ["agency:vn-c04"]
    app.button(key="delete-merge-0").click().run()
    assert not _overrides(tmp_path).merge


def test_queries_page_runs_a_query_with_suggestions(app: AppTest) -> None:
    app.switch_page("views/queries.py").run()
    app.selectbox(key="query-name").set_value("campaign_partners").run()
    box = app.selectbox(key="q-campaign_partners-campaign")
    assert "Mekong Dragon 5 · Campaign (also Chiến dịch Con Rồng Mê Kông giai đoạn 5; OMD 5)" in box.options  # any alias
    assert not box.proto.accept_new_options  # a name to choose, not "Add: OMD 5"
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
    assert not app.error and len(app.dataframe[-1].value) == 6  # the demo corpus names six countries on their own


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
    assert "Korea Customs Service takes part in Twin Guardian 3" in [s.value for s in app.subheader]
    assert "<mark>" in _text(app) and "Twin Guardian" in _text(app)


def test_agency_kinds_have_their_own_colours() -> None:
    from exports.base import group
    from views.elements import node_styles

    assert group({"type": "Agency", "kind": "police"}) == "Police or guard"  # the exported diagrams' legend entry
    colours = {s.selector: s.rule.get("background-color") for s in node_styles()}
    assert colours["node[label='Police or guard']"] != colours["node[label='Customs agency']"]


def _shown(tmp_path: Path, view: ViewFilter) -> Network:
    return filters.apply(subgraph(_store(tmp_path)), view)


@pytest.mark.parametrize("view", [
    ViewFilter(), ViewFilter(focus="ego", center="agency:kr-customs"), ViewFilter(campaign="campaign:mekong-dragon"),
    ViewFilter(focus="path", center="agency:kr-customs", other="agency:unodc"),
], ids=["whole", "ego", "campaign", "path"])
def test_each_view_is_laid_out_to_fill_the_canvas_with_names_apart(app: AppTest, tmp_path: Path, view: ViewFilter) -> None:
    from views.elements import BOX, GAP, placed

    shown = filters.with_scores(_shown(tmp_path, view), "degree")
    canvas = placed(shown)
    boxes, centres = {}, {}
    for node, (x, y) in canvas.positions.items():  # each name's box as drawn: under its shape, at the layout's zoom
        width, height = label_size(str(shown.nodes[node]["name"]), canvas.fonts[node] / canvas.zoom)
        boxes[node] = (width * canvas.zoom, height * canvas.zoom)
        centres[node] = (x, y + canvas.shapes[node] / 2 + GAP * canvas.zoom + boxes[node][1] / 2)
    assert overlapping(centres, boxes) == []
    xs = [x for x, _ in canvas.positions.values()]
    ys = [y for _, y in canvas.positions.values()]
    assert (max(xs) - min(xs)) / BOX[0] > 0.6 or (max(ys) - min(ys)) / BOX[1] > 0.6  # the view fills the canvas


def test_the_view_goes_into_the_url_and_a_link_reopens_it(app: AppTest, tmp_path: Path) -> None:
    app.run()
    app.radio(key="focus").set_value("ego").run()
    app.selectbox(key="center").set_value("agency:kr-customs").run()
    caption = _caption(app)
    link = {k: app.query_params[k] for k in app.query_params}
    assert link["focus"] == "ego" and link["center"] == "agency:kr-customs"
    again = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, values in link.items():
        again.query_params[key] = values
    again.run()
    assert not again.exception and _caption(again) == caption and again.radio(key="focus").value == "ego"


def test_expand_and_hide(app: AppTest) -> None:
    app.run()
    app.radio(key="focus").set_value("ego").run()
    app.selectbox(key="center").set_value("agency:kr-customs").run()
    before = int(_caption(app).split()[0])
    app.selectbox(key="details-pick").set_value("campaign:twin-guardian-3").run()
    app.button(key="expand-campaign:twin-guardian-3").click().run()
    expanded = int(_caption(app).split()[0])
    assert expanded > before and "campaign:twin-guardian-3" in app.query_params["expanded"]
    app.selectbox(key="details-pick").set_value("agency:kr-customs").run()
    app.button(key="hide-agency:kr-customs").click().run()
    assert int(_caption(app).split()[0]) < expanded
    app.button(key="unhide").click().run()
    assert int(_caption(app).split()[0]) == expanded


def test_relationship_filter_and_period_rule(app: AppTest, tmp_path: Path) -> None:
    app.run()
    app.multiselect(key="relations").set_value(["HELD_IN"]).run()
    held_in = _shown(tmp_path, ViewFilter(relations=["HELD_IN"]))
    assert {k for _, _, k in held_in.edges(keys=True)} == {"HELD_IN"}
    assert _caption(app).startswith(f"{held_in.number_of_nodes()} entities and {held_in.number_of_edges()} facts")
    app.multiselect(key="relations").set_value(list(get_args(RelationType))).run()
    high = app.slider(key="years").value[1]
    app.slider(key="years").set_value((high, high)).run()
    period = _shown(tmp_path, ViewFilter(date_from=f"{high}-01-01", date_to=f"{high}-12-31"))
    assert _caption(app).startswith(f"{period.number_of_nodes()} entities")
    for node, data in period.nodes(data=True):  # undated: only when linked to something dated in the period
        assert data.get("start") or any(period.nodes[m].get("start") for m in nx.all_neighbors(period, node))
    assert "undated entity stays only while it is linked" in " ".join(c.value for c in app.caption)


def test_pickers_find_aliases_in_either_language(app: AppTest) -> None:
    app.run()
    campaigns = app.selectbox(key="campaign").options
    assert any(o.startswith("Mekong Dragon · Campaign") and "Con Rồng Mê Kông" in o for o in campaigns)
    app.radio(key="focus").set_value("ego").run()
    assert any(o.startswith("General Department of Vietnam Customs") and "Hải quan Việt Nam" in o
               for o in app.selectbox(key="center").options)


def test_no_stale_download_of_a_previous_view(app: AppTest) -> None:
    app.run()
    app.selectbox(key="export-format").set_value("svg").run()
    app.button(key="export-prepare").click().run()
    assert [b.proto.label for b in app.get("download_button")] == ["Download SVG"]
    app.radio(key="focus").set_value("community").run()  # another view: the SVG of the last one is not offered
    assert not app.get("download_button")


def test_csv_has_a_bom_and_cypher_errors_read_as_words(app: AppTest) -> None:
    app.switch_page("views/queries.py").run()
    app.selectbox(key="query-name").set_value("campaign_partners").run()
    app.selectbox(key="q-campaign_partners-campaign").set_value("Mekong Dragon 5")
    next(b for b in app.button if b.label == "Run").click().run()
    from views.queries import csv_bytes, readable

    rows = app.session_state["query-result"][2]
    assert "Download CSV" in [b.proto.label for b in app.get("download_button")]
    assert csv_bytes(rows).startswith(b"\xef\xbb\xbf") and "Hải quan" in csv_bytes([{"a": ["Hải quan", "x"]}]).decode("utf-8-sig")

    assert readable(StoreError("errMsg: Invalid input 'R': expected a label line: 1, column: 10, offset: 9 errCtx: x")) \
        == "The Cypher could not be read at line 1, column 10: unexpected 'R' (expected a label)."
    app.text_area(key="cypher").set_value("MATCH (n RETURN n").run()
    app.button(key="cypher-run").click().run()
    assert app.error[0].value.startswith("The Cypher could not be read at line 1, column ")  # each engine its column


def test_the_canvas_panel_shows_no_internal_fields(app: AppTest, tmp_path: Path) -> None:
    from views.elements import elements, placed

    shown = filters.with_scores(_shown(tmp_path, ViewFilter(focus="ego", center="agency:kr-customs")), "degree")
    drawn = elements(shown, placed(shown))
    assert all(n["selectable"] is False for n in drawn["nodes"] + drawn["edges"])  # its panel of raw data never opens
    words = {e["data"]["words"] for e in drawn["edges"]}
    assert "takes part in" in words and not any("PARTICIPATED_IN" in w for w in words)
