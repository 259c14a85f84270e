"""Review actions the analyst can trust: a change that removes or merges asks first, and every change can be undone
(the overrides file and the graph both go back)."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from ckg.config import settings
from graph import review
from graph.review import Undo
from views import data


def done(change: Undo) -> None:
    """After a correction: remember it for undo and refresh what the pages read."""
    st.session_state.setdefault("undo", []).append(change)
    st.session_state["review-note"] = f"Done: {change.label}."
    data.changed()


def confirm(key: str, button: str, question: str, action: Callable[[], Undo], disabled: bool = False) -> None:
    """A button that asks before it acts: the first click shows the question with "Yes" and "Cancel"."""
    if st.session_state.get("confirm") != key:
        if st.button(button, key=key, disabled=disabled):
            st.session_state["confirm"] = key
            st.rerun()
        return
    st.warning(question)
    yes, no = st.columns(2)
    if yes.button("Yes, do it", key=f"yes-{key}", type="primary"):
        st.session_state.pop("confirm", None)
        done(action())
        st.rerun()
    if no.button("Cancel", key=f"no-{key}"):
        st.session_state.pop("confirm", None)
        st.rerun()


def undo_bar() -> None:
    """The last correction made in this session, with a button that takes it back."""
    stack: list[Undo] = st.session_state.get("undo", [])
    note = st.session_state.pop("review-note", None)
    if note:
        st.success(note)
    if stack and st.button(f"Undo: {stack[-1].label}", key="undo-last"):
        last = stack.pop()
        review.undo(data.store(), settings().overrides, last)
        st.session_state["review-note"] = f"Undone: {last.label}."
        data.changed()
        st.rerun()
