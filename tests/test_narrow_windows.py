"""What a phone (or a narrow, split-screen window) shows: Debian's chromium,
headless, 390 px wide, driven by selenium through Debian's chromedriver.

QA qa2-W1/W2: the region overview (overview.html of `lawcheck batch`, and the
web batch page) squeezed the 单位 / 报告 column of every table to one
character a line (each unit name and file path ran down the page a character
at a time); the web result page did the same to its facts (发布单位, 报告年度…
"2 / 0 / 2 / 0 / 年 / 度"). Now the tables keep a readable width and scroll
sideways in their section, and the result's facts stand one a line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import SEED_NAMES, seed_text
from webserver import Server, wait_batch

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
    reason="Debian's chromium/chromium-driver are not installed (scripts/setup.sh installs them)",
)

WIDTH = 390
MIN_UNIT_PX = 100  # a unit name such as “荆州苗侗族自治县人民政府” in a few lines, not one character a line


@pytest.fixture(scope="module")
def phone(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

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
        "--window-size=390,844",
        "--lang=zh-CN",
    ):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(60)
    # a phone's screen (headless windows are at least 500 px wide): 390 css px, honouring <meta name=viewport>
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": WIDTH, "height": 844, "deviceScaleFactor": 1, "mobile": True}
    )
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _region_tree(root: Path) -> Path:
    for k, n in enumerate(SEED_NAMES):
        p = root / ("甲县" if k % 2 else "乙县") / n
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(seed_text(n), encoding="utf-8")
    return root


def _widths(driver, selector: str) -> list[float]:
    return [e.rect["width"] for e in driver.find_elements("css selector", selector)]


def test_overview_html_tables_scroll_instead_of_squeezing(phone, tmp_path):
    tree = _region_tree(tmp_path / "全市")
    out = tmp_path / "out"
    res = subprocess.run(
        [sys.executable, "-m", "checker.cli", "batch", str(tree), "--out", str(out), "--no-pdf"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode in (0, 1), res.stderr
    phone.get((out / "overview.html").as_uri())
    units = _widths(phone, "#ranking td.r-unit")
    assert len(units) == len(SEED_NAMES)
    assert min(units) >= MIN_UNIT_PX, units
    # the page itself still fits the window: the tables scroll inside their sections
    assert phone.execute_script("return document.documentElement.scrollWidth") <= WIDTH + 1
    section = phone.find_element("css selector", "#ranking")
    assert phone.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", section)


def test_web_batch_and_result_pages_on_a_phone(phone, tmp_path):
    z = tmp_path / "地区.zip"
    with zipfile.ZipFile(z, "w") as f:
        for k, n in enumerate(SEED_NAMES):
            f.writestr(f"{'甲县' if k % 2 else '乙县'}/{n}", seed_text(n))
    server = Server(tmp_path / "serve", jobs=1)
    try:
        r = server.post("/batch", [("files", "地区.zip", z.read_bytes())])
        assert r.status == 303, r.text
        status = wait_batch(server, r.headers["location"])
        assert status["total"] == len(SEED_NAMES)
        phone.get(f"http://127.0.0.1:{server.port}{r.headers['location']}")
        units = _widths(phone, "#ranking td.r-unit")
        assert len(units) == len(SEED_NAMES)
        assert min(units) >= MIN_UNIT_PX, units

        phone.find_element("css selector", "#ranking .r-unit a").click()
        facts = phone.find_elements("css selector", ".r-meta dd")
        assert facts
        # a year or a date on one line: the value's box is as wide as the text needs, not one character
        heights = [e.rect["height"] for e in facts]
        line = min(heights)
        year = next(e for e in phone.find_elements("css selector", ".r-meta div") if "报告年度" in e.text)
        assert year.find_element("css selector", "dd").rect["height"] <= line * 1.5, heights
        assert phone.execute_script("return document.documentElement.scrollWidth") <= WIDTH + 1
    finally:
        server.stop()


def test_standalone_gap_report_html_on_a_phone(phone, tmp_path):
    # the HTML gap report (--html) is what an office gets sent: its facts table showed 发布单位 “南 / 昌 / 高 / 新 / 区”
    import docx

    src = tmp_path / "报告.docx"
    d = docx.Document()
    for line in seed_text(SEED_NAMES[3]).split("\n"):
        if line.strip():
            d.add_paragraph(line.strip())
    d.save(src)
    out = tmp_path / "out"
    res = subprocess.run(
        [sys.executable, "-m", "checker.cli", str(src), "--html", "--no-pdf", "--out", str(out), "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode in (0, 1), res.stderr
    phone.get((out / "报告.html").as_uri())
    cells = phone.find_elements("css selector", "table.meta td")
    assert cells
    assert min(c.rect["width"] for c in cells) >= WIDTH * 0.6, [c.rect["width"] for c in cells]
    issuer = next(c for c in cells if "南昌高新区" == c.text.strip())
    assert issuer.rect["height"] < 40  # one line
