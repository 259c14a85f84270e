"""The details panel: everything known about a node or a relationship, every sentence that supports it with its
document and the names highlighted, and the review actions."""

from __future__ import annotations

import html
import re
from typing import Any

import streamlit as st

from ckg.config import settings
from graph import review
from graph.network import Network
from views import data
from views.review import confirm, done


def highlight(sentence: str, names: list[str]) -> str:
    """The sentence as HTML with the given names marked (longest first, case-insensitive)."""
    text = html.escape(sentence)
    for name in sorted({n for n in names if n and len(n) > 1}, key=len, reverse=True):
        text = re.sub(re.escape(html.escape(name)), lambda m: f"<mark>{m.group(0)}</mark>", text, flags=re.I)
    return text


def _evidence(items: list[dict[str, Any]], names: list[str]) -> None:
    titles = data.titles()
    for evidence in items:
        source = titles.get(evidence["document"], evidence["document"])
        st.markdown(f"<div class='evidence'>“{highlight(evidence['text'], names)}”<br><small>— {html.escape(source)}"
                    f"</small></div>", unsafe_allow_html=True)


def _names(graph: Network, node: str) -> list[str]:
    props = graph.nodes[node]
    return [str(props.get("name", "")), *(props.get("aliases") or [])]


def _relation_row(graph: Network, source: str, target: str, key: str, props: dict[str, Any]) -> None:
    sentence = data.fact(graph, source, target, key, props.get("roles"))
    st.markdown(f"**{html.escape(sentence)}** · confidence {float(props.get('confidence', 0)):.1f}")
    _evidence(props.get("evidence") or [], _names(graph, source) + _names(graph, target))
    note = st.text_input("Why is this wrong?", key=f"note-{source}-{key}-{target}", placeholder="optional note")
    confirm(f"reject-{source}-{key}-{target}", "Reject this fact",
            f"Reject “{sentence}”? It leaves the graph and stays out on every reload (you can undo).",
            lambda: review.reject(data.store(), settings().overrides, key, source, target,
                                  note or "rejected in the app", f"rejected “{sentence}”"))


def node_panel(graph: Network, node: str) -> None:
    props = graph.nodes[node]
    st.subheader(str(props.get("name", node)))
    facts = {k: props.get(k) for k in ("type", "kind", "country", "series", "phase", "start", "end", "city", "online",
                                        "title") if props.get(k) not in (None, "", [], "None")}
    shown = {k: data.name(graph, str(v)) if k in ("country", "series") else v for k, v in facts.items()}
    st.markdown(" · ".join(f"**{k}**: {str(v).replace('_', ' ')}" for k, v in shown.items()))
    if props.get("aliases"):
        st.caption("Also known as: " + "; ".join(props["aliases"][:30]))
    edges = list(graph.out_edges(node, keys=True, data=True)) + list(graph.in_edges(node, keys=True, data=True))
    st.markdown(f"**{len(edges)} facts**")
    for source, target, key, edge in edges:
        with st.expander(data.fact(graph, source, target, key, edge.get("roles"))):
            _relation_row(graph, source, target, key, edge)
    _review(graph, node)


def edge_panel(graph: Network, edge_id: str) -> None:
    source, key, target = edge_id.split("|")
    if not graph.has_edge(source, target, key):
        st.info("That relationship is not in the current view.")
        return
    st.subheader(data.fact(graph, source, target, key))
    _relation_row(graph, source, target, key, graph.edges[source, target, key])


def _review(graph: Network, node: str) -> None:
    with st.expander("Correct this entity"):
        alias = st.text_input("Add an alias", key=f"alias-{node}")
        if st.button("Add alias", key=f"add-alias-{node}") and alias.strip():
            done(review.add_alias(data.store(), settings().overrides, node, alias,
                                  f"alias “{alias.strip()}” for {data.name(graph, node)}"))
            st.rerun()
        same = sorted((n for n, d in graph.nodes(data=True) if d.get("type") == graph.nodes[node].get("type") and n != node),
                      key=lambda n: data.name(graph, n))
        into = st.selectbox("The same as", same, index=None, format_func=lambda n: data.findable(graph, n),
                            key=f"merge-target-{node}", placeholder="choose the entity to merge into")
        if into:
            first, second = data.name(graph, node), data.name(graph, into)
            confirm(f"merge-{node}", "Merge into it", f"Merge “{first}” into “{second}”? Its names, mentions and "
                    "facts move to it (you can undo).",
                    lambda: _merge(into, node, f"merged “{first}” into “{second}”"))


def _merge(into: str, node: str, label: str) -> review.Undo:
    change = review.merge(data.store(), settings().overrides, into, node, label)
    st.session_state["selected"] = into
    return change
