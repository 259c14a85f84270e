"""The analysts' corrections on record: applied on every extraction and load, so they survive re-extraction."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ckg.config import settings
from graph.contributions import apply_overrides
from loaders.resolve.overrides import load_overrides
from views import data


def render() -> None:
    st.title("Corrections")
    path = settings().overrides
    overrides = load_overrides(path)
    st.caption(f"Kept in {path}. Make them from an entity's or a fact's details on the Network page.")
    sections = {"Merged": [{"into": m.into, "merged": ", ".join(m.ids)} for m in overrides.merge],
                "Aliases added": [a.model_dump() for a in overrides.aliases],
                "Facts rejected": [r.model_dump() for r in overrides.reject],
                "Facts added": [a.model_dump() for a in overrides.add],
                "Renamed": [r.model_dump() for r in overrides.rename]}
    for title, rows in sections.items():
        st.subheader(f"{title} ({len(rows)})")
        if rows:
            st.dataframe(pd.DataFrame(rows), width="stretch", hide_index=True)
    if st.button("Apply them again to the graph", key="reapply"):
        apply_overrides(data.store(), overrides)
        data.changed()
        st.success("Applied.")


render()
