"""A real browser against `lawcheck serve`: Debian's chromium, headless,
driven by selenium through Debian's chromedriver (no browser download).
Uploads a seed as a real .docx, sees the six statuses, clicks an element and
sees its evidence highlighted in the text, and downloads the PDF."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import ELEMENT_IDS, GOLD, SEED_NAMES, seed_text, statuses
from webserver import Server

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

pytestmark = pytest.mark.skipif(
    not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
    reason="Debian's chromium/chromium-driver are not installed (scripts/setup.sh installs them)",
)

STATUS_WORD = {"present": "具备", "partial": "部分具备", "missing": "缺失"}
STATUS_MARK = {"present": "●", "partial": "◐", "missing": "○"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("serve"), jobs=2)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    profile = tmp_path_factory.mktemp("profile")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1366,768",
        "--lang=zh-CN",
    ):
        opts.add_argument(flag)
    opts.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(60)
    driver.downloads = downloads
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _seed_docx(path: Path, name: str) -> None:
    import docx

    d = docx.Document()
    for line in seed_text(name).split("\n"):
        if line.strip():
            d.add_paragraph(line.strip())
    d.save(path)


def test_upload_docx_see_statuses_click_evidence_download_pdf(server, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    from checker.pipeline import check_path

    name = SEED_NAMES[0]
    doc = tmp_path / "报告.docx"
    _seed_docx(doc, name)
    expected = statuses(check_path(str(doc)))
    assert expected == GOLD[name]["elements"]  # the expert's reading, as the CLI gives it
    browser.get(f"http://127.0.0.1:{server.port}/")
    assert "检查一份法治政府建设年度报告" in browser.page_source
    browser.find_element(By.ID, "file").send_keys(str(doc))
    assert "报告.docx" in browser.find_element(By.ID, "file-name").text
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 60).until(EC.presence_of_element_located((By.ID, "elements")))
    assert "/result/" in browser.current_url  # a reload shows the result again instead of posting the file again

    # the six statuses: word and symbol (colour is a class), as the gold says
    for eid in ELEMENT_IDS:
        item = browser.find_element(By.ID, f"el-{eid}")
        status = item.find_element(By.CSS_SELECTOR, ".status")
        want = expected[eid]
        assert STATUS_WORD[want] in status.text and STATUS_MARK[want] in status.text, (eid, status.text)
        assert f"status-{want}" in status.get_attribute("class")

    # click an element that has evidence: its lines are highlighted and scrolled into the text pane
    eid = next(e for e in ELEMENT_IDS if expected[e] != "missing")
    item = browser.find_element(By.ID, f"el-{eid}")
    lines = item.get_attribute("data-lines").split()
    assert lines
    item.click()
    target = browser.find_element(By.ID, f"L{lines[0]}")
    WebDriverWait(browser, 5).until(lambda d: "hl" in target.get_attribute("class").split())
    assert "active" in item.get_attribute("class").split()
    highlighted = browser.find_elements(By.CSS_SELECTOR, "#t-body .ln.hl")
    assert {h.get_attribute("data-no") for h in highlighted} == set(lines)
    pane = browser.find_element(By.ID, "t-body")
    visible = browser.execute_script(
        "var p=arguments[0].getBoundingClientRect(), l=arguments[1].getBoundingClientRect();"
        "return l.top >= p.top && l.bottom <= p.bottom + 1;",
        pane,
        target,
    )
    assert visible, "the evidence line was not scrolled into view"
    assert (
        f"第 {lines[0]}" in browser.find_element(By.ID, "t-status").text
        or lines[0] in browser.find_element(By.ID, "t-status").text
    )
    # the highlighted line is the evidence the element quotes
    quote = item.find_element(By.CSS_SELECTOR, ".quote").text
    assert quote.split("“", 1)[1][:8] in target.text.replace("，", ",") or quote.split("“", 1)[1][:8] in target.text

    # a second click elsewhere moves the highlight
    other = next((e for e in ELEMENT_IDS if e != eid and expected[e] != "missing"), None)
    if other:
        browser.find_element(By.ID, f"el-{other}").click()
        assert (
            "hl" not in target.get_attribute("class").split()
            or target.get_attribute("data-no")
            in browser.find_element(By.ID, f"el-{other}").get_attribute("data-lines").split()
        )

    # download the PDF gap report
    browser.find_element(By.ID, "dl-pdf").click()
    deadline = time.monotonic() + 30
    pdfs = []
    while time.monotonic() < deadline:
        pdfs = [p for p in browser.downloads.glob("*.pdf")]
        if pdfs and not list(browser.downloads.glob("*.crdownload")):
            break
        time.sleep(0.2)
    assert pdfs, "the PDF was not downloaded"
    data = pdfs[0].read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 10_000
    assert "差距报告" in pdfs[0].name


def test_no_console_errors_and_csp_holds(server, browser):
    """The pages load nothing the CSP blocks (a blocked load shows in the console)."""
    for path in ("/", "/batch"):
        browser.get(f"http://127.0.0.1:{server.port}{path}")
        logs = [
            entry
            for entry in browser.get_log("browser")
            if entry["level"] == "SEVERE" and "favicon" not in entry["message"]
        ]
        assert not logs, logs


def test_batch_page_shows_progress_then_summary(server, browser, tmp_path):
    import zipfile

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    z = tmp_path / "地区.zip"
    with zipfile.ZipFile(z, "w") as f:
        for n in SEED_NAMES:
            f.writestr(f"各县/{n}", seed_text(n))
    browser.get(f"http://127.0.0.1:{server.port}/batch")
    browser.find_element(By.ID, "files").send_keys(str(z))
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 60).until(EC.presence_of_element_located((By.ID, "batch-overview")))
    rows = browser.find_elements(By.CSS_SELECTOR, "table.summary tbody tr:not(.totals)")
    assert len(rows) == len(SEED_NAMES)
    link = browser.find_element(By.CSS_SELECTOR, "table.summary .title a")
    link.click()
    WebDriverWait(browser, 30).until(EC.presence_of_element_located((By.ID, "t-body")))
    assert browser.find_elements(By.CSS_SELECTOR, "#elements .item")
