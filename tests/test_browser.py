"""End to end in headless Chromium on the demo corpus plus the seed articles (when ../shared is present): the views
fill the canvas with no two names overlapping (read from the positions the page draws), a click on a node or an edge
opens its evidence, a canned query runs, an SVG downloads."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from graph.layout import overlapping
from graph.loader import load
from graph.stores.falkor import EmbeddedStore
from loaders.extraction import extract_paths
from tests.browser import ARTIFACTS, app_server, chromium
from tests.helpers import DEMO, ROOT, SHARED

CY = "const c = document.getElementById('cy')?._cyreg?.cy;"
SEEDS = next((p for p in (SHARED / "corpus" / "seeds", ROOT.parents[1] / "shared" / "corpus" / "seeds") if p.is_dir()),
             None)  # beside the repository, or beside the folder of worktrees
VIEWS = {"whole": "", "ego": "?focus=ego&center=agency:kr-customs", "campaign": "?campaign=campaign:mekong-dragon",
         "path": "?focus=path&center=agency:kr-customs&other=agency:unodc"}
LABELS = CY + """const z = c.zoom();
return c.nodes().map(n => {const b = n.renderedBoundingBox({includeNodes: false, includeEdges: false,
  includeLabels: true}); const f = parseFloat(n.style('font-size')) * z;
  return [n.id(), f >= parseFloat(n.style('min-zoomed-font-size')), b.x1, b.y1, b.w, b.h];});"""
FILL = CY + """const b = c.elements().renderedBoundingBox({includeLabels: true});
return [b.x1, b.y1, b.x2, b.y2, c.width(), c.height()];"""


def _wait(driver: WebDriver, check: Callable[[WebDriver], object], seconds: float = 40) -> None:
    WebDriverWait(driver, seconds, poll_frequency=0.3, ignored_exceptions=(StaleElementReferenceException,)).until(check)


def _click(driver: WebDriver, css: str, test: Callable[[str], bool]) -> None:
    """Click the first element whose text passes ``test``, again if Streamlit redrew it meanwhile."""
    def clicked(d: WebDriver) -> bool:
        try:
            next(e for e in d.find_elements(By.CSS_SELECTOR, css) if test(e.text)).click()
        except (StopIteration, StaleElementReferenceException):
            return False
        return True
    _wait(driver, clicked)


def _graph_frame(driver: WebDriver, index: int = 0) -> None:
    _wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "iframe")) > index)
    driver.switch_to.frame(driver.find_elements(By.CSS_SELECTOR, "iframe")[index])
    _wait(driver, lambda d: d.execute_script(CY + "return c ? c.nodes().length : 0;"))


def _click_node(driver: WebDriver, node: str) -> None:
    _graph_frame(driver)
    time.sleep(1)  # let the fit animation settle before reading positions
    x, y = driver.execute_script(CY + f"const p = c.getElementById('{node}').renderedPosition(); return [p.x, p.y];")
    canvas = driver.find_element(By.ID, "cy")
    ActionChains(driver).move_to_element_with_offset(canvas, x - canvas.size["width"] / 2,
                                                     y - canvas.size["height"] / 2).click().perform()
    driver.switch_to.default_content()


def _shot(driver: WebDriver, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> object:
    data = tmp_path_factory.mktemp("browser-data")
    store = EmbeddedStore(data)
    load(store, extract_paths([DEMO, *([SEEDS] if SEEDS else [])]))
    store.close()
    with app_server(data) as address:
        yield address


def _settled(driver: WebDriver) -> None:
    """Inside the graph frame: wait until the drawn node count matches the page's caption and the fit is done."""
    driver.switch_to.default_content()
    _wait(driver, lambda d: "entities and" in d.find_element(By.TAG_NAME, "body").text)
    caption = next(e.text for e in driver.find_elements(By.CSS_SELECTOR, "[data-testid='stCaptionContainer']")
                   if "entities and" in e.text)
    _graph_frame(driver)
    _wait(driver, lambda d: d.execute_script(CY + "return c.nodes().length;") == int(caption.split()[0]))
    time.sleep(1)


@pytest.mark.parametrize("view", list(VIEWS))
def test_each_view_fills_the_canvas_with_no_two_names_overlapping(url: str, tmp_path: Path, view: str) -> None:
    with chromium(tmp_path) as driver:
        driver.get(f"{url}/{VIEWS[view]}")
        _settled(driver)
        labels = driver.execute_script(LABELS)
        x1, y1, x2, y2, width, height = driver.execute_script(FILL)
        driver.switch_to.default_content()
        _shot(driver, f"view-{view}{'-with-seeds' if SEEDS else ''}")
    shown = [label for label in labels if label[1]]
    centres = {i: (x + w / 2, y + h / 2) for i, _, x, y, w, h in shown}
    assert len(shown) >= min(len(labels), 8)  # names are readable at the fitted zoom, not all hidden
    assert overlapping(centres, {i: (w, h) for i, _, _, _, w, h in shown}) == []
    assert x2 - x1 >= 0.7 * width or y2 - y1 >= 0.7 * height  # the view fills the canvas ...
    assert x1 >= 0 and y1 >= 0 and x2 <= width and y2 <= height  # ... and stays on it


def test_pointing_at_a_node_shows_its_whole_name(url: str, tmp_path: Path) -> None:
    with chromium(tmp_path) as driver:
        driver.get(url)
        _settled(driver)
        hidden = next(i for i, shown, *_ in driver.execute_script(LABELS) if not shown)  # a name too small to draw
        x, y = driver.execute_script(CY + f"const p = c.getElementById('{hidden}').renderedPosition(); return [p.x, p.y];")
        canvas = driver.find_element(By.ID, "cy")
        ActionChains(driver).move_to_element_with_offset(canvas, x - canvas.size["width"] / 2,
                                                         y - canvas.size["height"] / 2).perform()
        _wait(driver, lambda d: d.execute_script(CY + f"return c.getElementById('{hidden}').hasClass('hover');"))
        font = driver.execute_script(CY + f"return parseFloat(c.getElementById('{hidden}').style('font-size')) * c.zoom();")
        driver.switch_to.default_content()
        _shot(driver, "6-hover-name")
    assert font >= 10


def test_click_a_node_and_read_its_evidence(url: str, tmp_path: Path) -> None:
    with chromium(tmp_path) as driver:
        driver.get(url)
        _click_node(driver, "agency:kr-customs")
        _wait(driver, lambda d: "Korea Customs Service" in [h.text for h in d.find_elements(By.CSS_SELECTOR, "h3")])
        _click(driver, "summary", lambda t: "Korea Customs Service takes part in DEMETER 8" in t)
        _wait(driver, lambda d: any("Japan Customs and the Korea Customs Service" in e.text
                                    for e in d.find_elements(By.CSS_SELECTOR, ".evidence")))
        _shot(driver, "1-node-evidence")


def test_click_an_edge_and_the_details_follow(url: str, tmp_path: Path) -> None:
    with chromium(tmp_path) as driver:
        driver.get(f"{url}/{VIEWS['ego']}")
        _settled(driver)
        edge = "agency:kr-customs|PARTICIPATED_IN|campaign:twin-guardian-3"
        x, y = driver.execute_script(CY + f"const p = c.getElementById('{edge}').renderedMidpoint(); return [p.x, p.y];")
        canvas = driver.find_element(By.ID, "cy")
        ActionChains(driver).move_to_element_with_offset(canvas, x - canvas.size["width"] / 2,
                                                         y - canvas.size["height"] / 2).click().perform()
        driver.switch_to.default_content()
        _wait(driver, lambda d: "Korea Customs Service takes part in Twin Guardian 3" in
              [h.text for h in d.find_elements(By.CSS_SELECTOR, "h3")])
        assert "Deploy" not in driver.find_element(By.CSS_SELECTOR, "header").text
        _wait(driver, lambda d: "focus=ego" in d.current_url and "selected=agency%3Akr-customs%7CPARTICIPATED_IN" in
              d.current_url)  # the view, with what was clicked, is in the link
        _shot(driver, "5-edge-details")


def test_run_campaign_partners_for_omd_5(url: str, tmp_path: Path) -> None:
    with chromium(tmp_path) as driver:
        driver.get(f"{url}/queries?q=campaign_partners&campaign=OMD+5")
        _wait(driver, lambda d: "rows" in d.find_element(By.TAG_NAME, "body").text)
        _graph_frame(driver)
        names = driver.execute_script(CY + "return c.nodes().map(n => n.data('name').replace(/\\n/g, ' '));")
        driver.switch_to.default_content()
        assert {"Lao Customs Department", "UNODC", "General Department of Vietnam Customs"} <= set(names)
        _shot(driver, "2-campaign-partners-omd5")


def test_download_an_svg_export(url: str, tmp_path: Path) -> None:
    with chromium(tmp_path) as driver:
        driver.get(url)
        _graph_frame(driver)
        driver.switch_to.default_content()
        _click(driver, "summary", lambda t: "Export this view" in t)
        boxes = "[data-testid='stSelectbox']"
        _wait(driver, lambda d: any(e.text.startswith("Format") for e in d.find_elements(By.CSS_SELECTOR, boxes)))
        _click(driver, boxes, lambda t: t.startswith("Format"))
        ActionChains(driver).send_keys("svg").send_keys(Keys.ENTER).perform()
        _click(driver, "button", lambda t: t == "Prepare export")
        _wait(driver, lambda d: any(b.text == "Download SVG" for b in d.find_elements(By.TAG_NAME, "button")))
        _click(driver, "button", lambda t: t == "Download SVG")
        _wait(driver, lambda d: (tmp_path / "network.svg").exists())
        svg = (tmp_path / "network.svg").read_text(encoding="utf-8")
        assert "<svg" in svg and "Legend" in svg and "Korea Customs Service" in svg
        _shot(driver, "3-svg-export")


def test_upload_a_document_and_see_what_it_added(url: str, tmp_path: Path) -> None:
    article = tmp_path / "upload.txt"
    article.write_text("Hải quan Myanmar tham gia Chiến dịch Sea Shield giai đoạn 2 cùng Hải quan Lào.", encoding="utf-8")
    with chromium(tmp_path) as driver:
        driver.get(f"{url}/documents")
        _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "input[type='file']"))
        driver.find_element(By.CSS_SELECTOR, "input[type='file']").send_keys(str(article))
        _wait(driver, lambda d: any(b.text == "Load them" for b in d.find_elements(By.TAG_NAME, "button")))
        _click(driver, "button", lambda t: t == "Load them")
        _wait(driver, lambda d: "Loaded 1 documents" in d.find_element(By.TAG_NAME, "body").text)
        body = driver.find_element(By.TAG_NAME, "body").text
        assert "Sea Shield 2" in body and ("Myanmar Customs Department" in body or SEEDS)  # the seeds may know Myanmar
        _shot(driver, "4-upload")
