"""Canned queries with a form each, results as a table and a subgraph, downloads, and a link that reopens the
same query; and the read-only Cypher console."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from graph.catalogue import ParamSpec, QuerySpec, catalogue, run
from graph.console import run_console
from graph.keys import fold
from graph.network import Network
from graph.stores.base import ReadOnlyViolation, StoreError
from views import data, elements


def _suggestions(graph: Network, types: list[str]) -> dict[str, str]:
    """Each entity's name, shown with its aliases so typing any of them, in either language, finds it."""
    nodes = sorted((n for n, d in graph.nodes(data=True) if d.get("type") in types), key=lambda n: data.name(graph, n))
    return {data.name(graph, n): data.findable(graph, n) for n in nodes}


def _known(graph: Network, types: list[str], given: str | None) -> str | None:
    """A name or alias from a link, as the entity's name (None when nothing of those types is called that)."""
    hits = [n for n in data.search(graph, given or "") if graph.nodes[n].get("type") in types]
    return data.name(graph, hits[0]) if hits else None


def _places(graph: Network) -> dict[str, str]:
    """Countries (found by any alias), and the cities meetings were held in."""
    cities = {str(d["city"]) for _, d in graph.nodes(data=True) if d.get("type") == "Meeting" and d.get("city")}
    places = {city: city for city in cities} | _suggestions(graph, ["Country"])
    return dict(sorted(places.items()))


def _input(graph: Network, spec: QuerySpec, param: ParamSpec, preset: dict[str, str]) -> str | None:
    key, given = f"q-{spec.name}-{param.name}", preset.get(param.name)
    label = f"{param.name}{'' if param.required else ' (optional)'}"
    if param.entity_types or param.type == "place":
        types = param.entity_types or ["Country"]
        options = _suggestions(graph, param.entity_types) if param.entity_types else _places(graph)
        known = given if given in options else _known(graph, types, given)
        if given and not known:  # a link's name the graph does not hold: offered as the link says it
            options, known = {given: given, **options}, given
        names = list(options)
        value = st.selectbox(label, names, index=names.index(known) if known else None, key=key, help=param.help,
                             format_func=options.__getitem__, placeholder="type any name or alias")
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


def csv_bytes(rows: list[dict[str, Any]]) -> bytes:
    """The rows as CSV with a UTF-8 byte-order mark, so Excel reads Vietnamese names right; lists joined by "; "."""
    table = pd.DataFrame([{k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in r.items()} for r in rows])
    return table.to_csv(index=False).encode("utf-8-sig")


def _results(graph: Network, spec: QuerySpec, params: dict[str, str], rows: list[dict[str, Any]]) -> None:
    st.markdown(f"**{len(rows)} rows**")
    st.dataframe(pd.DataFrame(rows).fillna(""), width="stretch", hide_index=True)  # no "None" for an unknown date
    one, two = st.columns(2)
    one.download_button("Download CSV", csv_bytes(rows), f"{spec.name}.csv", "text/csv")
    two.download_button("Download JSON", json.dumps(rows, ensure_ascii=False, indent=1, default=str).encode("utf-8"),
                        f"{spec.name}.json", "application/json")
    link = "?" + urlencode({"q": spec.name, **params})
    st.markdown(f"Link to this query: [`{link}`]({link})")
    sub = _subgraph(graph, rows)
    if sub.number_of_nodes():
        elements.draw(sub, elements.placed(sub), f"sub-{spec.name}", 380)


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


SYNTAX = re.compile(r"(?:errMsg: )?(?P<what>.*?)\s*\(?line:? (?P<line>\d+), column:? (?P<column>\d+)", re.S)
UNDEFINED = re.compile(r"^'?(?P<name>\w+)'? not defined")


def readable(exc: Exception) -> str:
    """What went wrong with an analyst's Cypher, in words, instead of the engine's raw message."""
    message = str(exc).strip()
    if isinstance(exc, ReadOnlyViolation):
        return message[:1].upper() + message[1:]
    if isinstance(exc, json.JSONDecodeError):
        return f"The parameters are not JSON ({exc.msg}); write them like {{\"name\": \"UNODC\"}}."
    syntax = SYNTAX.search(message)
    if syntax and "nvalid input" in syntax["what"]:
        what = syntax["what"].split(": expected", 1)
        expected = f" (expected {what[1].strip()})" if len(what) > 1 and len(what[1]) < 90 else ""
        return f"The Cypher could not be read at line {syntax['line']}, column {syntax['column']}: " \
               f"{what[0].replace('Invalid input', 'unexpected').strip()}{expected}."
    undefined = UNDEFINED.search(message)
    if undefined:
        return f"The query uses `{undefined['name']}` without defining it first (in a MATCH or a WITH)."
    if "Missing parameters" in message or "ParameterMissing" in message:
        return "The query uses a $parameter that the Parameters box does not give."
    return f"The database could not run the query: {message.splitlines()[0]}"


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
            st.error(readable(exc))
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
