"""Exports hold what a briefer needs, and graph files reload into networkx unchanged."""

from __future__ import annotations

import html
import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import networkx as nx
import pytest
from pptx import Presentation
from pypdf import PdfReader

from exports.base import View, sources_of
from exports.formats import export
from graph.network import Network, subgraph
from graph.stores.base import Store
from tests.helpers import DEMO, ROOT, load_demo


@pytest.fixture
def view(store: Store) -> View:
    extraction = load_demo(store)
    graph: Network = subgraph(store)
    titles = {d.id: d.title for d in extraction.documents}
    return View(graph, title="Partners of Mekong Dragon", caption="demo", sources=sources_of(graph, titles))


def test_svg_holds_every_label_and_the_legend(view: View) -> None:
    svg = html.unescape(export(view, "svg").decode("utf-8"))
    for _, data in view.graph.nodes(data=True):
        for line in textwrap.wrap(str(data["name"]), 26)[:3]:
            assert line in svg, line
    assert "Legend" in svg and "Agency (customs)" in svg and "Sources:" in svg


def test_pdf_is_one_page_with_the_title(view: View) -> None:
    reader = PdfReader(io.BytesIO(export(view, "pdf")))
    assert len(reader.pages) == 1
    assert "Partners of Mekong Dragon" in (reader.pages[0].extract_text() or "")


def test_png_is_an_image(view: View) -> None:
    assert export(view, "png").startswith(b"\x89PNG")


def test_pptx_is_one_slide_with_the_picture(view: View) -> None:
    deck = Presentation(io.BytesIO(export(view, "pptx")))
    assert len(deck.slides) == 1
    shapes = list(deck.slides[0].shapes)
    assert any(s.shape_type == 13 for s in shapes)  # a picture
    text = " ".join(s.text_frame.text for s in shapes if s.has_text_frame)
    assert "Partners of Mekong Dragon" in text and "Legend" in text and "Sources:" in text


@pytest.mark.parametrize(("fmt", "reader"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_files_reload_with_the_same_nodes_and_edges(view: View, fmt: str, reader: object,
                                                           tmp_path: Path) -> None:
    path = tmp_path / f"g.{fmt}"
    path.write_bytes(export(view, fmt))
    assert callable(reader)
    again = reader(path)
    assert set(again.nodes) == set(view.graph.nodes)
    assert again.number_of_edges() == view.graph.number_of_edges()


def test_json_and_csv_keep_properties_and_evidence(view: View) -> None:
    data = json.loads(export(view, "json"))
    assert len(data["nodes"]) == view.graph.number_of_nodes()
    assert len(data["relationships"]) == view.graph.number_of_edges()
    assert all(r["evidence"][0]["text"] for r in data["relationships"])
    rows = export(view, "csv").decode("utf-8").splitlines()
    assert rows[0].startswith("source,source_name,source_type,relationship") and len(rows) > view.graph.number_of_edges()


def test_ckg_export_from_the_command_line(tmp_path: Path) -> None:
    env = {**os.environ, "CKG_DATA_DIR": str(tmp_path / "data"), "CKG_STORE": "embedded"}
    subprocess.run([sys.executable, "-m", "ckg", "load", str(DEMO)], cwd=ROOT, env=env, capture_output=True, check=True)
    out = tmp_path / "mekong.svg"
    result = subprocess.run([sys.executable, "-m", "ckg", "export", "--format", "svg", "--campaign", "OMD 5",
                             "--title", "OMD 5", "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    svg = out.read_text(encoding="utf-8")
    assert "Mekong Dragon 5" in svg and "Lao Customs Department" in svg and "Twin Guardian" not in svg
    assert "Sources: Hải quan Lào" in svg  # the cited document by its title
