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
    roles = ", ".join(props.get("roles") or [])
    st.markdown(f"**{graph.nodes[source].get('name')}** — {key.replace('_', ' ').lower()} → "
                f"**{graph.nodes[target].get('name')}** {f'({roles})' if roles else ''} · confidence "
                f"{float(props.get('confidence', 0)):.1f}")
    _evidence(props.get("evidence") or [], _names(graph, source) + _names(graph, target))
    note = st.text_input("Why is this wrong?", key=f"note-{source}-{key}-{target}", placeholder="optional note")
    if st.button("Reject this fact", key=f"reject-{source}-{key}-{target}"):
        review.reject(data.store(), settings().overrides, key, source, target, note or "rejected in the app")
        data.changed()
        st.rerun()


def node_panel(graph: Network, node: str) -> None:
    props = graph.nodes[node]
    st.subheader(str(props.get("name", node)))
    facts = {k: props.get(k) for k in ("type", "kind", "country", "series", "phase", "start", "end", "city", "online",
                                        "title") if props.get(k) not in (None, "", [])}
    st.markdown(" · ".join(f"**{k}**: {v}" for k, v in facts.items()))
    if props.get("aliases"):
        st.caption("Also known as: " + "; ".join(props["aliases"][:30]))
    edges = list(graph.out_edges(node, keys=True, data=True)) + list(graph.in_edges(node, keys=True, data=True))
    st.markdown(f"**{len(edges)} facts**")
    for source, target, key, edge in edges:
        with st.expander(f"{key}: {graph.nodes[source].get('name')} → {graph.nodes[target].get('name')}"):
            _relation_row(graph, source, target, key, edge)
    _review(graph, node)


def edge_panel(graph: Network, edge_id: str) -> None:
    source, key, target = edge_id.split("|")
    if not graph.has_edge(source, target, key):
        st.info("That relationship is not in the current view.")
        return
    st.subheader(key.replace("_", " ").title())
    _relation_row(graph, source, target, key, graph.edges[source, target, key])


def _review(graph: Network, node: str) -> None:
    with st.expander("Correct this entity"):
        alias = st.text_input("Add an alias", key=f"alias-{node}")
        if st.button("Add alias", key=f"add-alias-{node}") and alias:
            review.add_alias(data.store(), settings().overrides, node, alias)
            data.changed()
            st.rerun()
        same = sorted(n for n, d in graph.nodes(data=True) if d.get("type") == graph.nodes[node].get("type") and n != node)
        into = st.selectbox("The same as", same, index=None, format_func=lambda n: data.label(graph, n),
                            key=f"merge-target-{node}", placeholder="choose the entity to merge into")
        if st.button("Merge into it", key=f"merge-{node}", disabled=into is None) and into:
            review.merge(data.store(), settings().overrides, into, node)
            data.changed()
            st.session_state["selected"] = into
            st.rerun()
