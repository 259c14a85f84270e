"""Documents: what is loaded, one document with its mentions highlighted and its facts, and uploads."""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from ckg.config import settings
from graph.contributions import apply_overrides
from graph.loader import LoadReport, load
from graph.model import Extraction
from graph.network import Network
from loaders.extraction import count_files, extract_paths
from loaders.read.formats import READERS
from loaders.resolve.overrides import load_overrides
from views import data


def _counts(graph: Network) -> tuple[Counter[str], Counter[str]]:
    """Entities and facts per document, in one pass over the graph (not one per document)."""
    entities = Counter(doc for _, d in graph.nodes(data=True) for doc in set(d.get("documents") or []))
    facts = Counter(doc for _, _, d in graph.edges(data=True) for doc in {e["document"] for e in d.get("evidence") or []})
    return entities, facts


def marked(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The text as HTML, each mention wrapped in <mark> with the entity's name as its tooltip."""
    out, cursor = [], 0
    for start, end, name in sorted(spans):
        if start < cursor:
            continue
        out += [html.escape(text[cursor:start]), f"<mark title='{html.escape(name)}'>{html.escape(text[start:end])}</mark>"]
        cursor = end
    out.append(html.escape(text[cursor:]))
    return "".join(out).replace("\n", "<br>")


def _one(graph: Network, document: dict[str, Any]) -> None:
    spans = [(m["start"], m["end"], str(d.get("name"))) for _, d in graph.nodes(data=True)
             for m in d.get("mentions") or [] if m["document"] == document["id"]]
    st.subheader(str(document.get("title") or document.get("source")))
    st.caption(f"{document.get('source')} · {document.get('language')} · published {document.get('published') or 'unknown'}")
    st.markdown(f"<div class='document'>{marked(str(document.get('text', '')), spans)}</div>", unsafe_allow_html=True)
    st.markdown("**Facts from this document**")
    for source, target, key, edge in graph.edges(keys=True, data=True):
        for evidence in edge.get("evidence") or []:
            if evidence["document"] == document["id"]:
                st.markdown(f"- **{graph.nodes[source].get('name')}** {key.replace('_', ' ').lower()} "
                            f"**{graph.nodes[target].get('name')}** — “{html.escape(evidence['text'])}”")


def _save(files: list[UploadedFile]) -> list[Path]:
    """Uploads are kept in the data folder: the graph's evidence points at them."""
    folder = settings().data_dir / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for upload in files:
        path = folder / Path(upload.name).name
        path.write_bytes(upload.getvalue())
        paths.append(path)
    return paths


def _extract_and_load(paths: list[Path]) -> tuple[Extraction, LoadReport]:
    """Extract (first half of the bar) and load (second half), with the analysts' corrections."""
    bar = st.progress(0.0, text="Reading and extracting…")
    total, done = count_files(paths), [0]

    def extracted(_source: str) -> None:
        done[0] += 1
        bar.progress(done[0] / max(total, 1) * 0.5, text=f"Extracted {done[0]} of {total}")

    def written(number: int, count: int) -> None:
        bar.progress(0.5 + 0.5 * number / count, text="Writing to the graph…")

    overrides = load_overrides(settings().overrides)
    extraction = extract_paths(paths, overrides, progress=extracted)
    report = load(data.store(), extraction, progress=written)
    apply_overrides(data.store(), overrides)
    bar.progress(1.0, text="Done")
    return extraction, report


def _upload() -> None:
    files = st.file_uploader("Add documents", accept_multiple_files=True, type=[s.lstrip(".") for s in READERS])
    if not files or not st.button("Load them", key="upload-load"):
        return
    before = set(data.whole_graph(data.version()).nodes)
    extraction, report = _extract_and_load(_save(files))
    data.changed()
    added = [e.name for e in extraction.entities if e.id not in before]
    st.success(f"Loaded {len(report.loaded)} documents ({len(report.unchanged)} unchanged, {len(report.replaced)} "
               f"replaced); {len(added)} new entities, {len(extraction.relations)} facts read.")
    if added:
        st.write("New: " + ", ".join(sorted(added)[:60]))
    for error in extraction.errors:
        st.error(f"{Path(error.source).name}: {error.reason}")


def render() -> None:
    st.title("Documents")
    graph = data.whole_graph(data.version())
    documents = data.documents(data.version())
    entities, facts = _counts(graph)
    rows = [{"title": document.get("title"), "language": document.get("language"),
             "published": document.get("published") or "unknown", "entities": entities[document["id"]],
             "facts": facts[document["id"]], "source": document.get("source")} for document in documents]
    st.dataframe(pd.DataFrame(rows), width="stretch", hide_index=True)
    by_title = {f"{d.get('title')} ({Path(str(d.get('source'))).name})": d for d in documents}
    chosen = st.selectbox("Read a document", list(by_title), index=None, key="document-pick")
    if chosen:
        _one(graph, by_title[chosen])
    _upload()


render()
