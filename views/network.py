"""Network explorer: the partner network, filtered and focused, with details on click and briefing exports."""

from __future__ import annotations

import datetime

import streamlit as st
from st_link_analysis import Event

from exports.base import View, sources_of
from exports.formats import FORMATS, export
from graph import filters
from graph.filters import ViewFilter
from graph.model import ENTITY_TYPES
from graph.network import Network
from views import data, details, elements

TYPES: list[str] = list(ENTITY_TYPES)
EVENTS = [Event("node_click", "click tap", "node"), Event("edge_click", "click tap", "edge")]


def _years(graph: Network) -> tuple[int, int]:
    years = [int(str(d["start"])[:4]) for _, d in graph.nodes(data=True) if d.get("start")]
    return (min(years), max(years)) if years else (2015, datetime.date.today().year)


def _pick(graph: Network, label: str, types: list[str], key: str) -> str | None:
    options = sorted((n for n, d in graph.nodes(data=True) if d.get("type") in types),
                     key=lambda n: str(graph.nodes[n].get("name")))
    chosen: str | None = st.selectbox(label, options, index=None, key=key, format_func=lambda n: data.label(graph, n),
                                      placeholder="any")
    return chosen


def _focus(graph: Network, view: dict[str, object]) -> None:
    focus = st.radio("Focus", ["all", "ego", "path", "shared", "community"], horizontal=True, key="focus",
                     format_func={"all": "Everything", "ego": "Around one", "path": "Path between two",
                                  "shared": "Shared campaigns", "community": "A community"}.get)
    view["focus"] = focus
    if focus in ("ego", "path", "shared"):
        view["center"] = _pick(graph, "Entity" if focus == "ego" else "First", TYPES, "center")
    if focus == "ego":
        view["hops"] = st.slider("Steps", 1, 3, 1, key="hops")
    if focus in ("path", "shared"):
        view["other"] = _pick(graph, "Second", TYPES, "other")
    if focus == "community":
        view["community"] = st.number_input("Community (largest first)", 0, 50, 0, key="community")


def sidebar(graph: Network) -> ViewFilter:
    view: dict[str, object] = {}
    with st.sidebar:
        st.header("Filters")
        view["types"] = st.multiselect("Show", TYPES, default=TYPES, key="types")
        view["campaign"] = _pick(graph, "Campaign or phase", ["Campaign"], "campaign")
        view["country"] = _pick(graph, "Country", ["Country"], "country")
        low, high = _years(graph)
        years = st.slider("Years", low, max(high, low + 1), (low, max(high, low + 1)), key="years")
        view["date_from"], view["date_to"] = f"{years[0]}-01-01", f"{years[1]}-12-31"
        view["min_confidence"] = st.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.1, key="confidence")
        view["min_sources"] = st.number_input("Minimum number of sources", 1, 20, 1, key="sources")
        _focus(graph, view)
    return ViewFilter.model_validate(view)


def _search(graph: Network) -> None:
    text = st.text_input("Find an entity by any name or alias, in either language", key="search",
                         placeholder="e.g. Hải quan Hàn Quốc, OMD 5, UNODC")
    hits = data.search(graph, text)
    if text and not hits:
        st.caption("Nothing is called that.")
    if hits:
        chosen = st.selectbox("Matches", hits, format_func=lambda n: data.label(graph, n), key="search-hit")
        if st.button("Show details", key="search-show"):
            st.session_state["selected"] = chosen


def _export(shown: Network, view: ViewFilter) -> None:
    with st.expander("Export this view"):
        title = st.text_input("Title", "Enforcement cooperation network", key="export-title")
        fmt = st.selectbox("Format", list(FORMATS), key="export-format")
        if st.button("Prepare export", key="export-prepare"):
            briefing = View(shown, title=title, caption=view.describe(), sources=sources_of(shown, data.titles()))
            st.session_state["export"] = (fmt, export(briefing, fmt))
        if "export" in st.session_state:
            prepared, payload = st.session_state["export"]
            st.download_button(f"Download {prepared.upper()}", payload, file_name=f"network.{prepared}",
                               mime=FORMATS[prepared][0], key="export-download")


def _selection(event: object) -> None:
    """A click selects; the component repeats its last event on every rerun, so only a new one counts."""
    if not (isinstance(event, dict) and isinstance(event.get("data"), dict) and event["data"].get("target_id")):
        return
    if event.get("timestamp") != st.session_state.get("last-click"):
        st.session_state["last-click"] = event.get("timestamp")
        st.session_state["selected"] = event["data"]["target_id"]


def _picked() -> None:
    st.session_state["selected"] = st.session_state.get("details-pick")


@st.cache_resource(max_entries=8, show_spinner=False)
def _shown(version: str, view: str, size_by: str) -> Network:
    """The filtered, scored view, kept per filter so reruns that change nothing cost nothing."""
    graph = data.whole_graph(version)
    return filters.with_scores(filters.apply(graph, ViewFilter.model_validate_json(view)), size_by)


def render() -> None:
    st.title("Partner network")
    graph = data.whole_graph(data.version())
    view = sidebar(graph)
    size_by = st.radio("Size by", ["degree", "betweenness"], horizontal=True, key="size-by")
    shown = _shown(data.version(), view.model_dump_json(), size_by)
    st.caption(f"{shown.number_of_nodes()} entities and {shown.number_of_edges()} facts shown")
    left, right = st.columns([3, 2])
    with left:
        event = elements.draw(shown, data.positions(data.version()), "network", 620, size_by, EVENTS)
        _selection(event)
        _export(shown, view)
    with right:
        _search(graph)
        options = sorted(graph.nodes, key=lambda n: str(graph.nodes[n].get("name")))
        current = st.session_state.get("selected")
        if current and "|" not in current and current in graph:
            st.session_state["details-pick"] = current
        picked = st.selectbox("Details for", options, index=None, key="details-pick", on_change=_picked,
                              format_func=lambda n: data.label(graph, n), placeholder="click a node or choose one")
        if current and "|" in current:
            details.edge_panel(graph, current)
        elif picked:
            details.node_panel(graph, picked)


render()
