"""Canned queries with a form each, results as a table and a subgraph, downloads, and a link that reopens the
same query; and the read-only Cypher console."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from graph.catalogue import ParamSpec, QuerySpec, catalogue, run
from graph.console import run_console
from graph.keys import fold
from graph.network import Network
from graph.stores.base import StoreError
from views import data, elements


def _suggestions(graph: Network, types: list[str]) -> list[str]:
    return sorted({str(d.get("name")) for _, d in graph.nodes(data=True) if d.get("type") in types})


def _places(graph: Network) -> list[str]:
    """Countries, and the cities meetings were held in."""
    cities = {str(d["city"]) for _, d in graph.nodes(data=True) if d.get("type") == "Meeting" and d.get("city")}
    return sorted(cities | set(_suggestions(graph, ["Country"])))


def _input(graph: Network, spec: QuerySpec, param: ParamSpec, preset: dict[str, str]) -> str | None:
    key, given = f"q-{spec.name}-{param.name}", preset.get(param.name)
    label = f"{param.name}{'' if param.required else ' (optional)'}"
    if param.entity_types or param.type == "place":
        options = _suggestions(graph, param.entity_types) if param.entity_types else _places(graph)
        if given and given not in options:
            options = [given, *options]
        value = st.selectbox(label, options, index=options.index(given) if given else None, key=key, help=param.help,
                             accept_new_options=True, placeholder="type any name or alias")
    elif param.type.startswith("choice:"):
        choices = ["", *param.type.split(":", 1)[1].split(",")]
        value = st.selectbox(label, choices, index=choices.index(given) if given in choices else 0, key=key,
                             help=param.help)
    else:
        value = st.text_input(label, given or param.default or "", key=key, help=param.help)
    return str(value) if value else None


def _subgraph(graph: Network, rows: list[dict[str, Any]]) -> Network:
    """The entities the rows name, and the facts between them."""
    names = {fold(str(v)) for row in rows for v in row.values() if isinstance(v, str)}
    names |= {fold(x) for row in rows for v in row.values() if isinstance(v, list) for x in v if isinstance(x, str)}
    nodes = [n for n, d in graph.nodes(data=True) if fold(str(d.get("name", ""))) in names]
    sub: Network = graph.subgraph(nodes).copy()
    return sub


def _results(graph: Network, spec: QuerySpec, params: dict[str, str], rows: list[dict[str, Any]]) -> None:
    st.markdown(f"**{len(rows)} rows**")
    st.dataframe(pd.DataFrame(rows), width="stretch", hide_index=True)
    table = pd.DataFrame([{k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in r.items()} for r in rows])
    one, two = st.columns(2)
    one.download_button("Download CSV", table.to_csv(index=False).encode("utf-8"), f"{spec.name}.csv", "text/csv")
    two.download_button("Download JSON", json.dumps(rows, ensure_ascii=False, indent=1, default=str).encode("utf-8"),
                        f"{spec.name}.json", "application/json")
    link = "?" + urlencode({"q": spec.name, **params})
    st.markdown(f"Link to this query: [`{link}`]({link})")
    sub = _subgraph(graph, rows)
    if sub.number_of_nodes():
        elements.draw(sub, data.positions(data.version()), f"sub-{spec.name}", 380)


def canned(graph: Network) -> None:
    specs = catalogue()
    preset = {k: str(v) for k, v in st.query_params.to_dict().items()}
    names = list(specs)
    chosen = st.selectbox("Query", names, index=names.index(preset["q"]) if preset.get("q") in specs else 0,
                          format_func=lambda n: f"{specs[n].title} ({n})", key="query-name")
    spec = specs[chosen]
    st.caption(spec.description)
    with st.form(f"form-{spec.name}"):
        values = {p.name: _input(graph, spec, p, preset if preset.get("q") == chosen else {}) for p in spec.params}
        submitted = st.form_submit_button("Run")
    params = {k: v for k, v in values.items() if v}
    if submitted or (preset.get("q") == chosen and not st.session_state.get("ran-link")):
        st.session_state["ran-link"] = True
        try:
            st.session_state["query-result"] = (spec.name, params, run(data.store(), spec.name, params))
        except StoreError as exc:
            st.session_state.pop("query-result", None)
            st.error(str(exc))
    result = st.session_state.get("query-result")
    if result and result[0] == spec.name:
        _results(graph, spec, result[1], result[2])


def console() -> None:
    st.caption("Read-only Cypher for analysts: writes are refused, with a timeout and a row cap.")
    text = st.text_area("Cypher", "MATCH (a:Agency)-[r:PARTICIPATED_IN]->(c:Campaign)\nRETURN a.name AS agency, "
                        "c.name AS campaign, r.roles AS roles\nORDER BY campaign LIMIT 50", height=130, key="cypher")
    raw = st.text_input("Parameters (JSON)", "{}", key="cypher-params")
    limit = st.number_input("Row cap", 1, 10_000, 500, key="cypher-limit")
    if st.button("Run Cypher", key="cypher-run"):
        try:
            rows, cut = run_console(data.store(), text, json.loads(raw or "{}"), 10_000, int(limit))
        except (StoreError, ValueError) as exc:
            st.error(str(exc))
            return
        st.dataframe(pd.DataFrame(rows), width="stretch", hide_index=True)
        if cut:
            st.warning(f"Only the first {limit} rows are shown.")


def render() -> None:
    st.title("Queries")
    graph = data.whole_graph(data.version())
    canned_tab, console_tab = st.tabs(["Canned queries", "Cypher console"])
    with canned_tab:
        canned(graph)
    with console_tab:
        console()


render()
