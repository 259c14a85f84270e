"""The Network page's export: the view as a briefing file, drawn at the positions the analyst sees on the canvas."""

from __future__ import annotations

import streamlit as st

from exports.base import View, sources_of, style
from exports.caption import caption
from exports.formats import FORMATS, export
from graph.filters import ViewFilter
from graph.network import Network
from views import data, elements

PAGED = ("png", "svg", "pdf")  # a PPTX is always a 16:9 slide; graph files have no page


def export_view(shown: Network, view: ViewFilter, canvas: elements.Canvas) -> None:
    """The view as a briefing file, drawn at the positions on the canvas; only the file of this very view is offered."""
    with st.expander("Export this view"):
        title = st.text_input("Title", "Enforcement cooperation network", key="export-title")
        one, two = st.columns(2)
        fmt = one.selectbox("Format", list(FORMATS), key="export-format")
        page = two.selectbox("Page (landscape)", list(style()["pages"]), key="export-page", disabled=fmt not in PAGED,
                             format_func=lambda p: p if p == "16:9" else p.upper() if p == "a4" else p.title())
        wanted = (fmt, page, title, view.model_dump_json())
        if st.button("Prepare export", key="export-prepare"):
            briefing = View(shown, title=title, caption=caption(shown, view), sources=sources_of(shown, data.titles()),
                            page=page, positions=canvas.positions)
            st.session_state["export"] = (fmt, export(briefing, fmt), wanted)
        prepared = st.session_state.get("export")
        if prepared and prepared[2] == wanted:
            st.download_button(f"Download {fmt.upper()}", prepared[1], file_name=f"network.{fmt}",
                               mime=FORMATS[fmt][0], key="export-download")
