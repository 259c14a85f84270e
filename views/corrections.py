"""The analysts' corrections on record, by name: applied on every extraction and load, so they survive re-extraction.
Each can be deleted; two entities can be kept apart; the last correction of this session can be undone."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ckg.config import settings
from graph import review
from graph.contributions import apply_overrides
from graph.network import Network
from loaders.resolve.overrides import Overrides, load_overrides
from views import data
from views.review import done, undo_bar


def _describe(graph: Network, section: str, item: Any) -> str:
    def name(node: str) -> str:
        return data.name(graph, node)

    if section == "merge":
        return f"{', '.join(map(name, item.ids))} merged into {name(item.into)}"
    if section == "keep_apart":
        return " and ".join(map(name, item)) + " are different things"
    if section == "rename":
        return f"{name(item.id)} renamed “{item.name}”"
    if section == "aliases":
        return f"{name(item.id)} also called “{item.alias}”"
    verb = "rejected" if section == "reject" else "added"
    return f"{verb}: {data.fact(graph, item.source, item.target, item.type, item.roles)}" + (
        f" — {item.note}" if item.note else "")


TITLES = {"merge": "Merged", "keep_apart": "Kept apart", "aliases": "Aliases added", "reject": "Facts rejected",
          "add": "Facts added", "rename": "Renamed"}


def _delete(section: str, item: Any) -> None:
    """The entry leaves the file; a correction made in this session also comes out of the graph at once."""
    change = Overrides.model_validate({section: [item.model_dump() if hasattr(item, "model_dump") else item]})
    stack = st.session_state.get("undo", [])
    match = next((u for u in reversed(stack) if u.change == change), None)
    if match:
        stack.remove(match)
        review.undo(data.store(), settings().overrides, match)
    else:
        review.forget(settings().overrides, change)
    st.session_state["review-note"] = ("Deleted; the graph is as before." if match else
                                       "Deleted from the file; the graph follows on the next `ckg load`.")
    data.changed()


def _sections(graph: Network, overrides: Overrides) -> None:
    for section, title in TITLES.items():
        items = list(getattr(overrides, section))
        st.subheader(f"{title} ({len(items)})")
        for number, item in enumerate(items):
            text, button = st.columns([6, 1])
            text.markdown(_describe(graph, section, item))
            if button.button("Delete", key=f"delete-{section}-{number}"):
                _delete(section, item)
                st.rerun()


def _keep_apart(graph: Network) -> None:
    st.subheader("Keep two entities apart")
    st.caption("For two different things that share a name: no later extraction will merge them.")
    options = sorted(graph.nodes, key=lambda n: data.name(graph, n))
    one, two = st.columns(2)
    first = one.selectbox("First", options, index=None, key="apart-first", format_func=lambda n: data.findable(graph, n))
    second = two.selectbox("Second", options, index=None, key="apart-second",
                           format_func=lambda n: data.findable(graph, n))
    if st.button("Keep them apart", key="apart", disabled=not first or not second or first == second):
        label = f"kept “{data.name(graph, str(first))}” and “{data.name(graph, str(second))}” apart"
        done(review.keep_apart(data.store(), settings().overrides, str(first), str(second), label))
        st.rerun()


def render() -> None:
    st.title("Corrections")
    path = settings().overrides
    graph = data.whole_graph(data.version())
    st.caption(f"Kept in {path}. Make them from an entity's or a fact's details on the Network page.")
    undo_bar()
    overrides = load_overrides(path)
    _sections(graph, overrides)
    _keep_apart(graph)
    if st.button("Apply them again to the graph", key="reapply"):
        apply_overrides(data.store(), overrides)
        data.changed()
        st.success("Applied.")


render()
