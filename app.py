"""campaign-kg: explore who works with whom against smuggling. Run with `ckg app` (or `streamlit run app.py`)."""

from __future__ import annotations

import streamlit as st

st.set_option("client.toolbarMode", "viewer")  # no "Deploy" button: this app runs on the analyst's own machine
st.set_page_config(page_title="campaign-kg", layout="wide")
st.markdown("<style>mark{background:#ffe08a;padding:0 2px}.evidence{margin:0.3em 0 0.8em 0}"
            "[data-testid='stMainBlockContainer']{padding-top:2.5rem}</style>",
            unsafe_allow_html=True)
pages = [st.Page("views/network.py", title="Network", default=True),
         st.Page("views/queries.py", title="Queries"),
         st.Page("views/documents.py", title="Documents"),
         st.Page("views/corrections.py", title="Corrections")]
st.navigation(pages).run()
