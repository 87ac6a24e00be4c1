"""PDF/HTML gap report: real WeasyPrint renders checked with poppler
(pdftotext, pdffonts), escaping of hostile report text, no network access,
atomic writes, missing glyphs, output names.

Reports are built by `make_report(path)` from the real seed texts, the expert
gold (tests/gold_seeds.yaml) and the rule texts of the YAML rulebooks. To test
against the real pipeline instead, make it `checker.pipeline.check_path`.
"""

from __future__ import annotations

import datetime as dt
import http.server
import logging
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
import yaml
from conftest import ELEMENT_IDS, GOLD, ROOT, SEED_NAMES, seed_path

from checker.errors import RenderError
from checker.model import CoverageResult, ElementResult, Evidence, Finding, Metadata, Report, RuleInfo
from checker.render import fonts
from checker.render.cjkpunct import fullwidth_punct
from checker.render.fetcher import make_fetcher
from checker.render.files import atomic_write_text, output_stem
from checker.render.html import STATUS_LONG, render_html
from checker.render.pdf import write_pdf
from checker.yeartext import fill_years

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")),
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)

RULEBOOKS = ROOT / "rulebooks"
CREDIT = {"present": 1.0, "partial": 0.5, "missing": 0.0}
# where the fixture looks for an evidence line for each element (first match)
EVIDENCE_RE = {
    "measures": r"^[一1][、.]",
    "problems": r"存在.{0,4}(问题|不足)|问题和不足|不足之处",
    "leader_duty": r"第一责任人",
    "next_year_plan": r"下一步|工作思路|规划|工作安排|年我区将",
    "three_systems": r"三项制度|公示制度",
    "legal_advisers": r"法律顾问",
}
HOW = {"present": "有独立标题", "partial": "无独立标题，仅在其他部分中提及", "missing": "未找到相关标题或表述"}


# ---------------------------------------------------------------- fixture reports


def _rule_infos(book_id: str) -> tuple[str, str, str, dict[str, RuleInfo]]:
    """Rule texts straight from the rulebook YAML (schema 1: extends, overrides)."""
    raw = yaml.safe_load((RULEBOOKS / f"{book_id}.yaml").read_text(encoding="utf-8"))
    base = yaml.safe_load((RULEBOOKS / f"{raw['extends']}.yaml").read_text(encoding="utf-8"))
    rules = {r["id"]: dict(r) for r in base["rules"] + raw.get("rules", [])}
    for rid, change in (raw.get("overrides") or {}).items():
        rules[rid].update({k: v for k, v in change.items() if k != "params"})
    infos = {}
    for r in rules.values():
        category = (
            "element" if r["kind"] in ("section", "concept") else "coverage" if r["kind"] == "coverage" else "finding"
        )
        infos[r["id"]] = RuleInfo(
            id=r["id"],
            name=r["name"],
            kind=r["kind"],
            category=category,
            source=" ".join(str(r["source"]).split()),
            weight=float(r["weight"]),
            severity=r["severity"],
            fix=" ".join(str(r["fix"]).split()),
            where=r.get("where", ""),
            heading=r.get("heading", ""),
        )
        infos[r["id"]].terms = (r.get("params") or {}).get("terms", [])
    return raw["id"], raw["name"], str(raw["version"]), infos


def _clause(line: str, pattern: str) -> str:
    """The clause of `line` holding the match (lines of a web page are whole paragraphs)."""
    for part in re.split(r"(?<=[。；;])", line):
        if re.search(pattern, part.strip()):
            return part.strip()
    return line.strip()


def _find(lines: list[str], pattern: str, start: int = 1) -> Evidence | None:
    """First heading line (一、…) matching `pattern` after line `start`, else first line."""
    for only_headings in (True, False):
        for no, line in enumerate(lines, 1):
            text = line.strip()
            if no <= start or not text or (only_headings and not re.match(r"[一二三四五六七八九十]+、", text)):
                continue
            if re.search(pattern, text):
                return Evidence(no, _clause(text, pattern))
    return None


def make_report(path: str | Path) -> Report:
    """A Report for one seed as the pipeline should produce it (gold statuses,
    real lines as evidence, real rule texts). Swap for checker.pipeline.check_path."""
    path = Path(path)
    gold = GOLD[path.name]
    lines = path.read_text(encoding="utf-8").splitlines()
    year = gold["year"]
    book_id, book_name, version, infos = _rule_infos("outline-2015-2020" if year <= 2020 else "outline-2021-2025")
    published = dt.date.fromisoformat(str(gold["published"])) if gold.get("published") else None

    elements = []
    for eid in ELEMENT_IDS:
        status, info = gold["elements"][eid], infos[eid]
        ev = _find(lines, EVIDENCE_RE[eid]) if status != "missing" else None
        elements.append(
            ElementResult(
                id=eid,
                name=info.name,
                status=status,
                evidence=[ev] if ev else [],
                how=HOW[status],
                weight=info.weight,
                score=info.weight * CREDIT[status],
            )
        )

    coverage = []
    for info in (i for i in infos.values() if i.category == "coverage"):
        terms = [t for t in info.terms if not re.search(r"[\\()\[\]|.*+?]", t)]
        hits = [t for t in terms if any(t in l for l in lines)]
        status = "present" if len(hits) >= 2 else "partial" if hits else "missing"
        ev = _find(lines, re.escape(hits[0]), 0) if hits else None
        coverage.append(
            CoverageResult(id=info.id, name=info.name, status=status, evidence=[ev] if ev else [], weight=info.weight)
        )

    findings = []
    if published and published > dt.date(year + 1, 4, 1):
        findings.append(
            Finding(
                "publish_deadline", "error", f"{published.isoformat()} 发布，晚于 {year} 年度报告的公开时限（4月1日前）"
            )
        )
    wanted = "2015-2020" if year <= 2020 else "2021-2025"
    if gold.get("outline_cited") != wanted:
        findings.append(Finding("outline_version", "warning", f"未引用与报告年度相符的纲要（报告年度 {year}）"))
    title = gold.get("title")
    if not title:
        findings.append(Finding("title_format", "info", "未找到报告标题"))
    elif "法治政府建设" not in title:
        findings.append(Finding("title_format", "warning", f"标题“{title}”不是规范的报告名称", line=1))
    problems = next(e for e in elements if e.id == "problems")
    if problems.evidence and not any("原因" in l for l in lines):
        findings.append(
            Finding("problems_without_causes", "warning", "列出了不足，但没有分析原因", line=problems.evidence[0].line)
        )

    weights = sum(e.weight for e in elements)
    base = round(100 * sum(e.score for e in elements) / weights)
    penalty = sum(infos[f.rule].weight for f in findings if f.severity != "info")
    cov_total = sum(c.weight for c in coverage)
    return Report(
        file=str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path),
        format="txt",
        encoding="utf-8",
        meta=Metadata(
            title=title,
            issuer=gold.get("issuer"),
            year=year,
            published=published,
            outline_cited=None if gold.get("outline_cited") in (None, "none") else gold["outline_cited"],
        ),
        rulebook=book_id,
        rulebook_name=book_name,
        rulebook_version=version,
        score=max(0, min(100, round(base - penalty))),
        coverage_score=round(100 * sum(c.weight * CREDIT[c.status] for c in coverage) / cov_total)
        if cov_total
        else None,
        elements=elements,
        coverage=coverage,
        findings=findings,
        rules=infos,
        checked_at=dt.datetime.now().isoformat(timespec="seconds"),
        line_count=len(lines),
    )


# ---------------------------------------------------------------- helpers


def pdf_text(pdf: Path) -> str:
    """Text in drawing order (-raw): a table cell's lines stay together."""
    return subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def squash(text: str) -> str:
    """Without white space: table cells and long lines wrap anywhere."""
    return re.sub(r"\s+", "", text)


def pdf_fonts(pdf: Path) -> list[dict]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        m = re.match(r"(\S+)\s+(.+?)\s+(Identity-H|\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line)
        if m:
            rows.append({"name": m[1], "type": m[2], "emb": m[4], "sub": m[5], "uni": m[6]})
    return rows


class _Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Every seed checked by the real pipeline and rendered once:
    {seed: (report, pdf path, pdftotext, weasyprint warnings)}."""
    from checker.pipeline import check_path

    out = tmp_path_factory.mktemp("pdf")
    logger = logging.getLogger("weasyprint")
    result = {}
    for name in SEED_NAMES:
        report = check_path(str(seed_path(name)))
        handler = _Records()
        logger.addHandler(handler)
        try:
            pdf = write_pdf(report, out / f"{Path(name).stem}.pdf")
        finally:
            logger.removeHandler(handler)
        result[name] = (report, pdf, pdf_text(pdf), [r.getMessage() for r in handler.records])
    return result


class _Listener:
    """A local HTTP server that records every request it gets."""

    def __init__(self):
        self.requests: list[str] = []
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                listener.requests.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "text/css")
                self.end_headers()
                self.wfile.write(b"body { display: none }")

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


# ---------------------------------------------------------------- content


@pytest.mark.parametrize("name", SEED_NAMES)
def test_pdf_text_holds_title_elements_statuses_and_fixes(rendered, name):
    report, pdf, text, _ = rendered[name]
    flat = squash(text)
    title = fullwidth_punct(report.meta.title) if report.meta.title else Path(report.file).name
    assert squash(title) in flat
    for e in report.elements:
        assert squash(e.name) in flat, e.name
        assert STATUS_LONG[e.status] in flat
    gaps = [e for e in report.elements if e.status != "present"]
    assert gaps, "every seed has at least one gap"
    for e in gaps:
        rule = report.rules[e.id]
        assert squash(rule.fix) in flat, e.id
        # the heading and place fitted to this report (its numbering, its own headings), else the rule's
        heading = e.heading if (e.heading or e.where) else fill_years(rule.heading, report.meta.year)
        if heading:
            assert squash(fullwidth_punct(heading)) in flat, e.id
        assert squash(e.where or rule.where) in flat, e.id
        assert squash(rule.source)[:40] in flat, e.id
    for e in report.elements:  # the first evidence of each element; the rest are counted
        if e.evidence:
            assert f"第{e.evidence[0].line}行" in flat
            if len({(ev.line, ev.text) for ev in e.evidence}) > 1:
                assert "另有" in flat
    assert squash(report.rulebook_name) in flat and report.rulebook_version in flat
    pages = int(re.search(r"共(\d+)页", flat)[1])
    assert all(f"第{n}页共{pages}页" in flat for n in range(1, pages + 1))
    assert squash(report.file) in flat
    assert not re.search(r"<(NEXT_|PREV_)?YEAR>|YYYY", flat)  # rule placeholders are filled


def test_headings_to_add_carry_the_years(rendered):
    report, _, text, _ = rendered["004_5198beffa2de79c3.txt"]  # the 2023 report
    assert report.meta.year == 2023
    assert "八、2024年度推进法治政府建设的主要安排" in squash(text)  # after its own 一–五 and two added parts


@pytest.mark.parametrize("name", SEED_NAMES)
def test_cjk_font_embedded_as_subset(rendered, name):
    rows = pdf_fonts(rendered[name][1])
    cjk = [r for r in rows if "CJK" in r["name"]]
    assert cjk, rows
    for r in rows:
        assert re.match(r"^[A-Z]{6}\+", r["name"]), r
        assert r["emb"] == "yes" and r["sub"] == "yes", r
    # each embedded face costs ~25-40 ms and ~50-130 KB: the stylesheet uses one
    assert len(rows) == 1, [r["name"] for r in rows]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_no_weasyprint_warnings(rendered, name):
    warnings = rendered[name][3]
    assert not [w for w in warnings if fonts.NOTDEF_MARK in w]
    assert warnings == []  # no CSS or font warnings either


def test_findings_with_severity_words(rendered):
    report, _, text, _ = rendered["001_be30819666d1b380.txt"]  # published late
    flat = squash(text)
    assert any(f.rule == "publish_deadline" for f in report.findings)
    assert "错误" in flat and "警告" in flat
    assert "按时向社会公开" in flat


def test_coverage_shown_and_omitted_when_empty(rendered):
    report, _, text, _ = rendered["003_d63e53787c8bf399.txt"]
    assert "纲要覆盖情况" in squash(text)
    assert all(squash(c.name) in squash(text) for c in report.coverage)
    report.coverage, report.coverage_score = [], None
    html = render_html(report, standalone=True)
    assert "纲要覆盖情况" not in html and "纲要覆盖：" not in html


def test_notices_on_top(tmp_path):
    report = make_report(seed_path("000_c9bd385b88e6491a.txt"))
    report.notices = ["没有覆盖 2026 年度的规则库，已使用最接近的规则库“outline-2021-2025”"]
    flat = squash(pdf_text(write_pdf(report, tmp_path / "n.pdf")))
    at = flat.index(squash(report.notices[0]))
    assert at < flat.index("必需要素检查结果")
    assert "请先注意" in flat[:at]


def test_no_gaps_says_so(tmp_path):
    report = make_report(seed_path("003_d63e53787c8bf399.txt"))
    for e in report.elements:
        e.status, e.score = "present", e.weight
    flat = squash(pdf_text(write_pdf(report, tmp_path / "full.pdf")))
    assert "均已具备，无需补充" in flat
    assert "部分具备" in flat  # the legend still explains the symbols


# ---------------------------------------------------------------- hostile text


def test_markup_in_report_is_text_and_nothing_is_fetched(tmp_path):
    with _Listener() as srv:
        url = f"http://127.0.0.1:{srv.port}"
        hostile = {
            "script": "<script>alert(1)</script>",
            "img": f'<img src="{url}/x">',
            "link": f'<link rel="stylesheet" href="{url}/y.css">',
            "style": f"<style>@import url({url}/z.css); body {{ display: none }}</style>",
        }
        report = make_report(seed_path("003_d63e53787c8bf399.txt"))
        report.meta.title = hostile["script"] + "南昌高新区报告"
        report.meta.issuer = hostile["style"]
        report.elements[0].evidence = [Evidence(15, hostile["img"])]
        report.elements[4].evidence = [Evidence(43, hostile["link"])]
        report.findings.append(Finding("title_format", "info", hostile["img"] + hostile["link"]))
        report.file = "seeds/<b>003</b>.txt"
        pdf = write_pdf(report, tmp_path / "hostile.pdf")
        html = render_html(report, standalone=True)
        threading.Event().wait(0.3)  # the listener runs in its own thread: give it a moment
        assert srv.requests == []
    flat = squash(pdf_text(pdf))
    for markup in hostile.values():
        assert squash(markup) in flat, markup
    assert "<b>003</b>" in flat
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html and "<link" not in html
    assert html.count("<style>") == 1  # ours only


def test_fetcher_refuses_everything_but_our_css(tmp_path):
    """Even raw markup (should escaping ever fail) makes no request."""
    from weasyprint import HTML

    with _Listener() as srv:
        url = f"http://127.0.0.1:{srv.port}"
        fetcher = make_fetcher()
        secret = tmp_path / "secret.css"
        secret.write_text("body { color: red }", encoding="utf-8")
        raw = (
            f'<link rel="stylesheet" href="{url}/y.css"><img src="{url}/x">'
            f'<link rel="stylesheet" href="{secret.as_uri()}"><link rel="stylesheet" href="gap_report.css">'
            f'<style>@import url({url}/z.css);</style><p style="background: url({url}/bg.png)">文字</p>'
        )
        base = (ROOT / "templates").as_uri() + "/"
        HTML(string=raw, base_url=base, url_fetcher=fetcher).write_pdf()
        threading.Event().wait(0.3)
        assert srv.requests == []
    assert any("/y.css" in u for u in fetcher.refused) and any("/x" in u for u in fetcher.refused)
    assert secret.as_uri() in fetcher.refused
    assert not any(u.endswith("templates/gap_report.css") for u in fetcher.refused)


def test_standalone_html_is_self_contained():
    report = make_report(seed_path("004_5198beffa2de79c3.txt"))
    html = render_html(report, standalone=True)
    css = (ROOT / "templates" / "gap_report.css").read_text(encoding="utf-8")
    assert "<link" not in html and "@page" in html and css.strip()[:60] in html
    assert "Content-Security-Policy" in html
    assert not re.search(r"(src|href)\s*=", html)
    linked = render_html(report, standalone=False)
    assert '<link rel="stylesheet" href="gap_report.css">' in linked and "@page" not in linked


# ---------------------------------------------------------------- fonts


@pytest.mark.parametrize("char", ["\ue000", "\U000f0000"])  # private use: no font has them
def test_uncovered_character_stops_the_pdf(tmp_path, char):
    report = make_report(seed_path("002_df0ba27d3289336d.txt"))
    report.elements[0].evidence = [Evidence(2, f"一、开展的主要工作{char}")]
    out = tmp_path / "tofu.pdf"
    with pytest.raises(RenderError) as err:
        write_pdf(report, out)
    assert f"U+{ord(char):04X}" in str(err.value) and "第2行" in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_slow_subsetting_warned_once(monkeypatch, capsys):
    import weasyprint.pdf.fonts as wp_fonts

    monkeypatch.setattr(wp_fonts, "harfbuzz_subset", None)
    monkeypatch.setattr(fonts, "_warned_slow", False)
    assert not fonts.harfbuzz_subsetting()
    fonts.warn_if_slow_subsetting()
    fonts.warn_if_slow_subsetting()
    err = capsys.readouterr().err
    assert err.count("HarfBuzz") == 1 and "fontTools" in err


def test_render_leaves_garbage_collection_as_it_was(tmp_path):
    import gc

    report = make_report(seed_path("003_d63e53787c8bf399.txt"))
    assert gc.isenabled()
    write_pdf(report, tmp_path / "a.pdf")
    assert gc.isenabled()
    gc.disable()
    try:
        write_pdf(report, tmp_path / "b.pdf")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_weasyprint_hooks_we_rely_on_exist():
    """The small user-agent stylesheet goes in through HTML._ua_stylesheets and
    the deflate level through pydyf's module-level zlib; if WeasyPrint or pydyf
    drop them the report still renders, only slower: this test says so."""
    import pydyf
    import weasyprint

    from checker.render import weasy

    assert callable(getattr(weasyprint.HTML, "_ua_stylesheets", None))
    cls = weasy.report_html_class()
    sheets = cls(string="<p>x</p>")._ua_stylesheets()
    assert sheets == [weasy.stylesheet(weasy.UA_FILE)]
    assert isinstance(pydyf.zlib, weasy.Deflate)
    assert pydyf.zlib.compressobj(level=9).compress(b"a" * 100)  # still deflates


def test_harfbuzz_subsetting_available():
    assert fonts.harfbuzz_subsetting(), "install libharfbuzz-subset0 (scripts/setup.sh does)"


# ---------------------------------------------------------------- files


def test_interrupted_render_leaves_no_file(tmp_path, monkeypatch):
    from weasyprint.document import Document

    def half_then_fail(self, target=None, **kwargs):
        target.write(b"%PDF-1.7\n% half a file")
        raise KeyboardInterrupt

    out = tmp_path / "out"
    out.mkdir()
    old = out / "r.pdf"
    old.write_bytes(b"previous good PDF")
    monkeypatch.setattr(Document, "write_pdf", half_then_fail)
    report = make_report(seed_path("000_c9bd385b88e6491a.txt"))
    with pytest.raises(KeyboardInterrupt):
        write_pdf(report, old)
    with pytest.raises(KeyboardInterrupt):
        write_pdf(report, out / "new.pdf")
    assert sorted(p.name for p in out.iterdir()) == ["r.pdf"]  # no temp file, no new.pdf
    assert old.read_bytes() == b"previous good PDF"


def test_write_creates_folder_and_replaces(tmp_path):
    path = tmp_path / "a" / "b" / "r.html"
    atomic_write_text(path, "一")
    atomic_write_text(path, "二")
    assert path.read_text(encoding="utf-8") == "二"
    assert [p.name for p in path.parent.iterdir()] == ["r.html"]


def test_unwritable_folder(tmp_path):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    report = make_report(seed_path("000_c9bd385b88e6491a.txt"))
    with pytest.raises(RenderError) as err:
        write_pdf(report, tmp_path / "afile" / "sub" / "r.pdf")
    assert "输出文件夹不可写" in str(err.value)
    with pytest.raises(RenderError, match="输出文件夹不可写"):
        atomic_write_text(tmp_path / "afile" / "r.html", "x")


def test_output_stems_do_not_collide():
    taken: set[str] = set()
    a = output_stem("甲县/报告.txt", taken)
    b = output_stem("乙县/报告.txt", taken)
    c = output_stem("乙县/报告.docx", taken)
    d = output_stem("乙县/报告.docx", taken)
    e = output_stem("丙县/报告.txt", taken)
    f = output_stem("other/REPORT.txt", taken), output_stem("more/report.txt", taken)
    stems = [a, b, c, d, e, *f]
    assert a == "报告" and b == "乙县_报告"
    assert len({s.casefold() for s in stems}) == len(stems)
    assert taken == set(stems)
    assert output_stem('x/a:b*?"<>|.txt', set()) == "a_b______"
    long = output_stem("x/" + "法" * 200 + ".txt", set())
    assert len(long.encode("utf-8")) <= 120


def test_quotes_show_chinese_punctuation():
    """NFKC made the report's ，（） half-width; quotes show them full-width again,
    and leave URLs and Latin text alone."""
    assert fullwidth_punct("开展学法活动12次,组织领导") == "开展学法活动12次，组织领导"
    assert fullwidth_punct("《纲要(2021-2025年)》") == "《纲要（2021-2025年）》"
    assert fullwidth_punct("见 http://a.cn/x?y=1, z") == "见 http://a.cn/x?y=1, z"
    report = make_report(seed_path("000_c9bd385b88e6491a.txt"))
    report.elements[0].evidence = [Evidence(16, "会常务会学法用法活动12次,组织领导干部学习")]
    html = render_html(report, standalone=True)
    assert "活动12次，组织领导" in html and "活动12次,组织" not in html


def test_pdf_has_bookmarks_and_document_info(rendered):
    import pypdfium2

    report, pdf, _, _ = rendered["004_5198beffa2de79c3.txt"]
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        toc = [(b.level, b.get_title()) for b in doc.get_toc()]
        info = doc.get_metadata_dict()
    finally:
        doc.close()
    titles = [t for _, t in toc]
    assert "一、必需要素检查结果" in titles and "三、其他问题" in titles
    gaps = [e for e in report.elements if e.status != "present"]
    for e in gaps:  # one bookmark per gap, with its status in words, no mark glyphs
        assert any(e.name in t and STATUS_LONG[e.status] in t for t in titles), (e.name, titles)
    assert not any(c in t for t in titles for c in "●◐○")
    assert info.get("Title", "").startswith("差距报告：")
    assert info.get("Creator") == "lawcheck"
