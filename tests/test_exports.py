"""Briefing exports go on a slide as is: the page a person chose, readable text, full names, roles on edges, a
caption for people, distinct colours with contrasting text, a native-shape slide, and the same positions everywhere.
The demo views are kept as PNG, PDF and PPTX in test-artifacts/exports/."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pypdf import PdfReader

from exports.base import View, contrast, edge_label, node_style, sources_of, style
from exports.caption import caption
from exports.drawingml import preset, sites
from exports.formats import FORMATS, export
from exports.page import compose
from graph.filters import ViewFilter
from graph.layout import arrange, label_lines
from graph.network import edge_items, node_items
from tests.browser import ARTIFACTS
from tests.demo_views import demo, views
from tests.helpers import DEMO, ROOT

SVG = "{http://www.w3.org/2000/svg}"
PAGES = {"a4": (842, 595), "letter": (792, 612), "16:9": (960, 540)}


def briefing(name: str, page: str = "a4") -> View:
    shown, view = views(demo())[name]
    return View(shown, title="Partners of Mekong Dragon", caption=caption(shown, view),
                sources=sources_of(shown, demo().titles), page=page)


def texts(svg: bytes) -> list[tuple[str, float, str]]:
    """(text, font size, what: "edge", an entity's id, or another group's id) of every text of a Graphviz SVG."""
    found = []
    for group in ElementTree.fromstring(svg).iter(f"{SVG}g"):
        if group.get("class") in ("node", "edge"):
            what = "edge" if group.get("class") == "edge" else group.get("id", "")
            found += [("".join(text.itertext()), float(text.get("font-size", "0")), what) for text in group.iter(f"{SVG}text")]
    return found


def centre_x(group: ElementTree.Element) -> float:
    """The middle of a Graphviz node's shape (an ellipse, a polygon, or a path for a rounded box)."""
    ellipse = group.find(f".//{SVG}ellipse")
    if ellipse is not None:
        return float(ellipse.get("cx", "0"))
    outline = " ".join(e.get("points", "") + e.get("d", "") for e in group.iter() if e.tag in (f"{SVG}polygon", f"{SVG}path"))
    xs = [float(x) for x, _ in re.findall(r"(-?[\d.]+),(-?[\d.]+)", outline)]
    return (min(xs) + max(xs)) / 2


@pytest.mark.parametrize("page", list(PAGES))
def test_pdf_is_one_page_of_the_chosen_size(page: str) -> None:
    reader = PdfReader(io.BytesIO(export(briefing("campaign", page), "pdf")))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == PAGES[page]
    assert "Partners of Mekong Dragon" in (reader.pages[0].extract_text() or "")


def test_names_are_wrapped_whole_and_text_is_readable() -> None:
    view = briefing("campaign")
    found = texts(export(view, "svg"))
    node_text = [size for _, size, what in found if what in view.graph]
    assert min(size for _, size, _ in found) >= 8 and min(node_text) >= 9.5
    shown = {text for text, _, _ in found}
    for _, data in node_items(view.graph):
        lines = label_lines(str(data["name"]))
        assert " ".join(lines) == data["name"] and all(line in shown for line in lines), data["name"]
    assert not any("…" in text or text.endswith("...") for text in shown)


def test_roles_are_written_on_the_edges() -> None:
    view = briefing("whole")
    roles = {edge_label(d) for _, _, _, d in edge_items(view.graph)} - {""}
    assert roles and "participant" not in roles
    edge_text = {text for text, _, kind in texts(export(view, "svg")) if kind == "edge"}
    assert roles <= edge_text


def test_the_caption_is_written_for_people() -> None:
    shown, view = views(demo())["campaign"]
    assert re.fullmatch(r"Operation Mekong Dragon: partners and meetings, \d{4}(-\d{4})?", caption(shown, view))
    shown, view = views(demo())["ego"]
    assert caption(shown, view).startswith("Around Korea Customs Service: ")


def test_every_legend_entry_has_its_own_colour_and_text_contrasts() -> None:
    entries = [node_style({"type": t, "phase": 1 if t == "Phase" else None}) for t in style()["types"]]
    entries += [node_style({"type": "Agency", "kind": kind}) for kind in style()["agency_kinds"]]
    colours = {look["legend"]: look["color"] for look in entries}
    assert len(set(colours.values())) == len(colours) == 9
    assert all(contrast(look["color"], look["text"]) >= 4.5 for look in entries)
    assert len(set(style()["edges"].values())) == len(style()["edges"])
    assert all(contrast(color, "#FFFFFF") >= 3 for color in style()["edges"].values())
    legend = briefing("whole").legend()
    assert len({look["color"] for _, look in legend}) == len(legend) >= 6


def test_the_slide_is_native_shapes_with_each_element_once() -> None:
    view = briefing("whole")
    deck = Presentation(io.BytesIO(export(view, "pptx")))
    assert len(deck.slides) == 1 and (deck.slide_width, deck.slide_height) == (12192000, 6858000)
    slide = deck.slides[0]
    shapes = list(slide.shapes)
    nodes = [s for s in shapes if s.name.startswith("Node: ")]
    assert sorted(s.name[6:] for s in nodes) == sorted(str(d["name"]) for _, d in node_items(view.graph))
    connectors = [s for s in shapes if s.shape_type == MSO_SHAPE_TYPE.LINE]
    assert len(connectors) == view.graph.number_of_edges()
    assert all(b"stCxn" in s._element.xml.encode() and b"endCxn" in s._element.xml.encode() for s in connectors)
    legend = next(s for s in shapes if s.name == "Legend")
    assert legend.shape_type == MSO_SHAPE_TYPE.GROUP
    assert len([s for s in legend.shapes if s.name.startswith("Legend: ")]) == len(view.legend()) + len(view.edge_legend())
    assert slide.shapes.title.text_frame.text == view.title
    footer = next(p for p in slide.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.FOOTER)
    assert "Sources:" in footer.text_frame.text
    notes = slide.notes_slide.notes_text_frame.text
    assert all(source in notes for source in view.sources) and view.caption in notes
    assert not any(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in shapes)
    words = [s.text_frame.text for s in [*shapes, *legend.shapes] if s.has_text_frame]
    for once in (view.title, view.caption, "Legend", *(label for label, _ in view.legend())):
        assert words.count(once) == 1, once


def test_the_same_positions_drive_the_slide_and_the_diagrams() -> None:
    view = briefing("campaign", "16:9")
    centres = {n.name: n.box.center for n in compose(view).nodes}
    deck = Presentation(io.BytesIO(export(view, "pptx")))
    for shape in deck.slides[0].shapes:
        if shape.name.startswith("Node: "):
            x, y = (shape.left + shape.width / 2) / 12700, (shape.top + shape.height / 2) / 12700
            assert abs(x - centres[shape.name[6:]][0]) < 0.1 and abs(y - centres[shape.name[6:]][1]) < 0.1
    svg = ElementTree.fromstring(export(view, "svg"))
    for group in svg.iter(f"{SVG}g"):
        if group.get("class") == "node" and group.get("id") in view.graph:
            name = str(view.graph.nodes[group.get("id", "")]["name"])
            assert abs(centre_x(group) - centres[name][0]) < 1, name
    mirrored = {n: (-x, y) for n, (x, y) in arrange(view.graph).items()}  # positions the app gives
    flipped = {n.id: n.box.center[0] for n in compose(View(view.graph, positions=mirrored), "16:9").nodes}
    assert sorted(flipped, key=flipped.__getitem__) == sorted(mirrored, key=lambda n: mirrored[n][0])
    stale = compose(View(view.graph, positions={"agency:gone": (0.0, 0.0), next(iter(view.graph)): (1.0, 1.0)}))
    assert {n.id for n in stale.nodes} == set(view.graph)  # positions of another view: this one is laid out anew


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_an_empty_view_exports_in_every_format(fmt: str) -> None:
    assert export(View(nx.MultiDiGraph(), caption=caption(nx.MultiDiGraph(), ViewFilter())), fmt)


def test_connectors_end_at_the_sites_they_are_glued_to() -> None:
    view = briefing("whole", "16:9")
    nodes = {node.name: node for node in compose(view).nodes}
    shapes = list(Presentation(io.BytesIO(export(view, "pptx"))).slides[0].shapes)
    by_id = {shape.shape_id: shape for shape in shapes}
    for line in (s for s in shapes if s.shape_type == MSO_SHAPE_TYPE.LINE):
        for (x, y), tag in (((line.begin_x, line.begin_y), "stCxn"), ((line.end_x, line.end_y), "endCxn")):
            glue = line._element.xpath(f".//a:{tag}")[0]
            node = nodes[by_id[int(glue.get("id"))].name[6:]]
            _, site_x, site_y = next(s for s in sites(preset(node), node.box) if s[0] == int(glue.get("idx")))
            assert abs(x / 12700 - site_x) < 0.1 and abs(y / 12700 - site_y) < 0.1, line.name


@pytest.mark.parametrize("name", ["whole", "ego", "campaign", "path"])
def test_demo_views_are_kept_as_png_pdf_and_pptx(name: str) -> None:
    folder = ARTIFACTS / "exports"
    folder.mkdir(parents=True, exist_ok=True)
    for fmt in ("png", "pdf", "pptx"):
        data = export(briefing(name), fmt)
        (folder / f"{name}.{fmt}").write_bytes(data)
        assert len(data) > 5000
    assert export(briefing(name), "png")[16:24] == (1754).to_bytes(4, "big") + (1240).to_bytes(4, "big")  # A4 at 150 dpi


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (Debian libreoffice-impress) is not installed")
def test_libreoffice_converts_the_slide_to_pdf(tmp_path: Path) -> None:
    slide = tmp_path / "briefing.pptx"
    slide.write_bytes(export(briefing("whole"), "pptx"))
    result = subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), str(slide)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(tmp_path / "briefing.pdf")
    assert len(reader.pages) == 1 and "Partners of Mekong Dragon" in (reader.pages[0].extract_text() or "")
    shutil.copy(tmp_path / "briefing.pdf", ARTIFACTS / "exports" / "whole-pptx-by-libreoffice.pdf")


def test_json_and_csv_keep_properties_and_evidence() -> None:
    view = briefing("whole")
    data = json.loads(export(view, "json"))
    assert len(data["nodes"]) == view.graph.number_of_nodes()
    assert len(data["relationships"]) == view.graph.number_of_edges()
    assert all(r["evidence"][0]["text"] for r in data["relationships"])
    table = export(view, "csv")
    assert table.startswith(b"\xef\xbb\xbf")  # a byte order mark: spreadsheets read the Vietnamese right
    rows = table.decode("utf-8-sig").splitlines()
    assert rows[0].startswith("source,source_name,source_type,relationship") and len(rows) > view.graph.number_of_edges()


def test_ckg_export_from_the_command_line(tmp_path: Path) -> None:
    env = {**os.environ, "CKG_DATA_DIR": str(tmp_path / "data"), "CKG_STORE": "embedded"}
    subprocess.run([sys.executable, "-m", "ckg", "load", str(DEMO)], cwd=ROOT, env=env, capture_output=True, check=True)
    out = tmp_path / "mekong.pdf"
    result = subprocess.run([sys.executable, "-m", "ckg", "export", "--format", "pdf", "--campaign", "OMD 5", "--page",
                             "letter", "--title", "OMD 5", "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    page = PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == PAGES["letter"]
    text = " ".join((page.extract_text() or "").split())
    assert "Operation Mekong Dragon 5: partners" in text and "Lao Customs Department" in text and "Twin Guardian" not in text
    assert "Sources: Hải quan Lào" in text  # the cited document by its title
