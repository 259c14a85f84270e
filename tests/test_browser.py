"""End to end in headless Chromium: click a node and read its evidence, run a canned query, download an SVG."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from graph.loader import load
from graph.stores.falkor import EmbeddedStore
from loaders.extraction import extract_paths
from tests.browser import ARTIFACTS, app_server, chromium
from tests.helpers import DEMO

CY = "const c = document.getElementById('cy')?._cyreg?.cy;"


def _wait(driver: WebDriver, check: Callable[[WebDriver], object], seconds: float = 40) -> None:
    WebDriverWait(driver, seconds, poll_frequency=0.3).until(check)


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
    load(store, extract_paths([DEMO]))
    store.close()
    with app_server(data) as address:
        yield address


def test_click_a_node_and_read_its_evidence(url: str, tmp_path: Path) -> None:
    with chromium(tmp_path) as driver:
        driver.get(url)
        _click_node(driver, "agency:kr-customs")
        _wait(driver, lambda d: "Korea Customs Service" in [h.text for h in d.find_elements(By.CSS_SELECTOR, "h3")])
        summary = next(s for s in driver.find_elements(By.CSS_SELECTOR, "summary") if "DEMETER 8" in s.text)
        summary.click()
        _wait(driver, lambda d: any("Japan Customs and the Korea Customs Service" in e.text
                                    for e in d.find_elements(By.CSS_SELECTOR, ".evidence")))
        _shot(driver, "1-node-evidence")


def test_run_campaign_partners_for_omd_5(url: str, tmp_path: Path) -> None:
    with chromium(tmp_path) as driver:
        driver.get(f"{url}/queries?q=campaign_partners&campaign=OMD+5")
        _wait(driver, lambda d: "rows" in d.find_element(By.TAG_NAME, "body").text)
        _graph_frame(driver)
        names = driver.execute_script(CY + "return c.nodes().map(n => n.data('name'));")
        driver.switch_to.default_content()
        assert {"Lao Customs Department", "UNODC", "General Department of Vietnam Customs"} <= set(names)
        _shot(driver, "2-campaign-partners-omd5")


def test_download_an_svg_export(url: str, tmp_path: Path) -> None:
    with chromium(tmp_path) as driver:
        driver.get(url)
        _graph_frame(driver)
        driver.switch_to.default_content()
        next(s for s in driver.find_elements(By.CSS_SELECTOR, "summary") if "Export this view" in s.text).click()
        boxes = "[data-testid='stSelectbox']"
        _wait(driver, lambda d: any(e.text.startswith("Format") for e in d.find_elements(By.CSS_SELECTOR, boxes)))
        format_box = next(e for e in driver.find_elements(By.CSS_SELECTOR, boxes) if e.text.startswith("Format"))
        format_box.click()
        ActionChains(driver).send_keys("svg").send_keys(Keys.ENTER).perform()
        next(b for b in driver.find_elements(By.TAG_NAME, "button") if b.text == "Prepare export").click()
        _wait(driver, lambda d: any(b.text == "Download SVG" for b in d.find_elements(By.TAG_NAME, "button")))
        next(b for b in driver.find_elements(By.TAG_NAME, "button") if b.text == "Download SVG").click()
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
        next(b for b in driver.find_elements(By.TAG_NAME, "button") if b.text == "Load them").click()
        _wait(driver, lambda d: "Loaded 1 documents" in d.find_element(By.TAG_NAME, "body").text)
        body = driver.find_element(By.TAG_NAME, "body").text
        assert "Myanmar Customs Department" in body and "Sea Shield 2" in body
        _shot(driver, "4-upload")
