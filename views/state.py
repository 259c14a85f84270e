"""The Network page's view in the URL: every filter, the focus, hidden and expanded entities and the selection, so
a link reopens the same view. Read once when a session opens the page, written on every run (defaults left out)."""

from __future__ import annotations

from typing import Any

import streamlit as st

LISTS = ("types", "relations", "hidden", "expanded")  # repeated parameters
NUMBERS = {"hops": int, "community": int, "sources": int, "confidence": float}
WIDGETS = ("types", "relations", "campaign", "country", "years", "confidence", "sources", "focus", "center", "other",
           "hops", "community", "size-by")


def _parse(key: str, values: list[str]) -> Any:
    if key in LISTS:
        return [v for v in values if v]
    if key == "years":
        return tuple(int(v) for v in values[:2]) if len(values) >= 2 else None
    if key in NUMBERS:
        return NUMBERS[key](values[0])
    return values[0] or None


def restore(defaults: dict[str, Any]) -> None:
    """Defaults for every key, then (first run of the session only) what the URL says."""
    if not st.session_state.get("url-read"):
        st.session_state["url-read"] = True
        for key in st.query_params:
            if key in defaults:
                try:
                    value = _parse(key, st.query_params.get_all(key))
                except ValueError:
                    continue  # a hand-edited link with a bad number: keep the default
                if value is not None:
                    st.session_state[key] = value
    for key, value in defaults.items():
        st.session_state.setdefault(key, value)


def save(defaults: dict[str, Any], keys: tuple[str, ...]) -> None:
    """Write the keys whose value differs from its default into the URL."""
    wanted: dict[str, Any] = {}
    for key in keys:
        value = st.session_state.get(key)
        if value is None or value == defaults.get(key):
            continue
        wanted[key] = [str(v) for v in value] if isinstance(value, list | tuple) else str(value)
    if wanted != {k: st.query_params.get_all(k) if isinstance(v, list) else st.query_params.get(k)
                  for k, v in wanted.items()} or set(st.query_params) != set(wanted):
        st.query_params.from_dict(wanted)
