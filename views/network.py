"""Network explorer: the partner network, filtered and focused, laid out for what is shown, with details on click,
corrections and briefing exports. The whole view lives in the URL, so a link reopens it."""

from __future__ import annotations

import datetime
from typing import Any, cast, get_args

import streamlit as st
from st_link_analysis import Event

from graph import filters
from graph.filters import ViewFilter
from graph.model import ENTITY_TYPES, RelationType
from graph.network import Network
from views import briefing, data, details, elements, state
from views.review import undo_bar

TYPES: list[str] = list(ENTITY_TYPES)
RELATIONS: list[str] = list(get_args(RelationType))
EVENTS = [Event("node_click", "click tap", "node"), Event("edge_click", "click tap", "edge"),
          Event("hover", "mouseover", "node")]
FOCUS = {"all": "Everything", "ego": "Around one", "path": "Path between two", "shared": "Shared campaigns",
         "community": "A community"}
URL = (*state.WIDGETS, "hidden", "expanded", "selected")


def _years(graph: Network) -> tuple[int, int]:
    years = [int(str(d["start"])[:4]) for _, d in graph.nodes(data=True) if d.get("start")]
    low, high = (min(years), max(years)) if years else (2015, datetime.date.today().year)
    return low, max(high, low + 1)


def defaults(graph: Network) -> dict[str, Any]:
    return {"types": TYPES, "relations": RELATIONS, "campaign": None, "country": None, "years": _years(graph),
            "confidence": 0.0, "sources": 1, "focus": "all", "center": None, "other": None, "hops": 1, "community": 0,
            "size-by": "degree", "hidden": [], "expanded": [], "selected": None}


def _pick(graph: Network, label: str, types: list[str], key: str) -> str | None:
    """Any entity of ``types``, found by typing its name or any alias, in either language."""
    options = sorted((n for n, d in graph.nodes(data=True) if d.get("type") in types), key=lambda n: data.name(graph, n))
    chosen: str | None = st.selectbox(label, options, index=None, key=key, placeholder="any: type a name or alias",
                                      format_func=lambda n: data.findable(graph, n))
    return chosen


def _focus(graph: Network, view: dict[str, object]) -> None:
    view["focus"] = st.radio("Focus", list(FOCUS), horizontal=True, key="focus", format_func=FOCUS.get)
    if view["focus"] in ("ego", "path", "shared"):
        view["center"] = _pick(graph, "Entity" if view["focus"] == "ego" else "First", TYPES, "center")
    if view["focus"] == "ego":
        view["hops"] = st.slider("Steps", 1, 3, key="hops")
    if view["focus"] in ("path", "shared"):
        view["other"] = _pick(graph, "Second", TYPES, "other")
    if view["focus"] == "community":
        view["community"] = st.number_input("Community (largest first)", 0, 50, key="community")


def _period(graph: Network, view: dict[str, object]) -> None:
    low, high = _years(graph)
    held = st.session_state.get("years") or (low, high)
    st.session_state["years"] = (max(low, min(held[0], high)), min(high, max(held[1], low)))  # the graph may have changed
    years = cast(tuple[int, int], st.slider("Period", low, high, key="years"))
    if tuple(years) != (low, high):
        view["date_from"], view["date_to"] = f"{years[0]}-01-01", f"{years[1]}-12-31"
        st.caption("Meetings and campaigns outside the period go; an undated entity stays only while it is linked "
                   "to something dated in the period.")


def _shown_again() -> None:
    st.session_state["hidden"] = []


def sidebar(graph: Network) -> ViewFilter:
    view: dict[str, object] = {}
    with st.sidebar:
        st.header("Filters")
        view["types"] = st.multiselect("Show", TYPES, key="types")
        chosen = st.multiselect("Relationships", RELATIONS, key="relations", format_func=data.relation_words)
        view["relations"] = None if set(chosen) == set(RELATIONS) else chosen
        view["campaign"] = _pick(graph, "Campaign or phase", ["Campaign"], "campaign")
        view["country"] = _pick(graph, "Country", ["Country"], "country")
        _period(graph, view)
        view["min_confidence"] = st.slider("Minimum confidence", 0.0, 1.0, step=0.1, key="confidence")
        view["min_sources"] = st.number_input("Minimum number of sources", 1, 20, key="sources")
        _focus(graph, view)
        st.radio("Size by", ["degree", "betweenness"], horizontal=True, key="size-by",
                 format_func={"degree": "connections", "betweenness": "brokerage (betweenness)"}.get)
        view["expanded"], view["hidden"] = st.session_state["expanded"], st.session_state["hidden"]
        if view["hidden"]:
            st.button(f"Show the {len(st.session_state['hidden'])} hidden again", key="unhide", on_click=_shown_again)
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


def _selection(event: object) -> None:
    """A click selects, a pointer over a node shows its whole name; the component repeats its last event on every
    rerun, so only a new one counts."""
    if not (isinstance(event, dict) and isinstance(event.get("data"), dict) and event["data"].get("target_id")):
        return
    if event.get("timestamp") != st.session_state.get("last-click"):
        st.session_state["last-click"] = event.get("timestamp")
        st.session_state["hovered" if event.get("action") == "hover" else "selected"] = event["data"]["target_id"]
        st.rerun()  # again, so the canvas marks what the details panel shows


def _picked() -> None:
    st.session_state["selected"] = st.session_state.get("details-pick")


@st.cache_resource(max_entries=8, show_spinner=False)
def _shown(version: str, view: str, size_by: str) -> tuple[Network, elements.Canvas, elements.Elements, str]:
    """The filtered, scored view, its layout, its elements and its legend, kept per filter so that reruns that change
    nothing (a reload, a click) cost nothing."""
    graph = data.whole_graph(version)
    shown = filters.with_scores(filters.apply(graph, ViewFilter.model_validate_json(view)), size_by)
    canvas = elements.placed(shown, size_by)
    return shown, canvas, elements.plain(shown, canvas), elements.legend(shown)


def _more_or_less(node: str) -> None:
    """Expand a node's neighbours into the view, or take it off the view."""
    more, less = st.columns(2)
    if more.button("Show its neighbours", key=f"expand-{node}"):
        st.session_state["expanded"] = [*st.session_state["expanded"], node]
        st.rerun()
    if less.button("Hide it from the view", key=f"hide-{node}"):
        st.session_state["hidden"] = [*st.session_state["hidden"], node]
        st.session_state["selected"] = None
        st.rerun()


def _details(graph: Network) -> None:
    undo_bar()
    _search(graph)
    options = sorted(graph.nodes, key=lambda n: data.name(graph, n))
    current = st.session_state.get("selected")
    if current and "|" not in current and current in graph:
        st.session_state["details-pick"] = current
    picked = st.selectbox("Details for", options, index=None, key="details-pick", on_change=_picked,
                          format_func=lambda n: data.findable(graph, n), placeholder="click a node or an edge, or type")
    if current and "|" in current:
        details.edge_panel(graph, current)
    elif picked:
        _more_or_less(picked)
        details.node_panel(graph, picked)


def render() -> None:
    st.title("Partner network")
    version = data.version()
    graph = data.whole_graph(version)
    base = defaults(graph)
    state.restore(base)
    view = sidebar(graph)
    size_by = st.session_state["size-by"]
    shown, canvas, drawn, legend = _shown(version, view.model_dump_json(), str(size_by))
    st.caption(f"{shown.number_of_nodes()} entities and {shown.number_of_edges()} facts shown")
    left, right = st.columns([2, 1])
    with left:
        st.markdown(legend, unsafe_allow_html=True)
        event = elements.draw(shown, canvas, "network", elements.HEIGHT, st.session_state.get("selected"), EVENTS,
                              st.session_state.get("hovered"), drawn)
        _selection(event)
        briefing.export_view(shown, view, canvas)
    with right:
        _details(graph)
    state.save(base, URL)


render()
