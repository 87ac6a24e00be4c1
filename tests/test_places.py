"""Places people can find: a PDF's page and line on the page, a .docx's
paragraph number and the heading above it, a text file's line — in the
evidence, the findings, JSON, the terminal and the gap report."""

from __future__ import annotations

import html
import json

import pytest
from conftest import run_cli
from docx_build import style_numbered

from checker.pipeline import check_path
from checker.render.html import render_html
from checker.render.places import place_text
from checker.render.text import render_text

REPORT = [
    "某县人民政府关于2023年度法治政府建设情况的报告",
    "一、2023年度推进法治政府建设的主要举措和成效",
    "（一）加强组织领导",
    "县政府常务会议学法4次，全面落实行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。",
    "（二）深化法律顾问制度",
    "聘请法律顾问3名，审查合同120件。",
    "二、党政主要负责人履行推进法治建设第一责任人职责情况",
    "县长主持召开常务会议专题研究法治工作4次。",
    "三、存在的不足和原因",
    "执法力量不足，原因是编制有限。",
    "四、2024年度推进法治政府建设的主要安排",
    "一是加强执法队伍建设。",
]


def _element(report, eid):
    return next(e for e in report.elements if e.id == eid)


def test_docx_paragraph_and_heading(tmp_path):
    p = tmp_path / "r.docx"
    style_numbered(REPORT, p)
    report = check_path(str(p))
    problems = _element(report, "problems").evidence[0]
    assert problems.paragraph == 9 and problems.page is None
    advisers = _element(report, "legal_advisers").evidence[0]
    assert advisers.paragraph in (5, 6)
    assert advisers.under and advisers.under.startswith(("（二）", "一、"))
    shown = place_text(advisers)
    assert shown.startswith(f"第{advisers.paragraph}段（“") and shown.endswith("”下）")
    data = report.to_dict()
    ev = next(e for e in data["elements"] if e["id"] == "problems")["evidence"][0]
    assert ev["paragraph"] == 9 and "page" not in ev
    assert f"第{problems.paragraph}段" in render_text(report)


def _pdf(lines_per_page: list[list[str]], path) -> None:
    from weasyprint import HTML

    pages = []
    for k, lines in enumerate(lines_per_page):
        brk = " style='break-before: page'" if k else ""
        pages.append(f"<div{brk}>" + "".join(f"<p>{html.escape(l)}</p>" for l in lines) + "</div>")
    HTML(
        string="<html><head><meta charset='utf-8'><style>@page { size: A4; margin: 2cm } "
        "body { font-family: 'Noto Sans CJK SC'; font-size: 12pt }</style></head><body>"
        + "".join(pages)
        + "</body></html>"
    ).write_pdf(path)


def test_pdf_page_and_line(tmp_path):
    p = tmp_path / "r.pdf"
    _pdf([REPORT[:8], REPORT[8:]], p)
    report = check_path(str(p))
    problems = _element(report, "problems").evidence[0]
    assert (problems.page, problems.page_line) == (2, 1)
    leader = _element(report, "leader_duty").evidence[0]
    assert (leader.page, leader.page_line) == (1, 8)  # the 4th paragraph wraps to two lines of the page
    assert place_text(problems) == "第2页第1行"
    assert "第2页第1行" in render_html(report, standalone=True)
    data = report.to_dict()
    ev = next(e for e in data["elements"] if e["id"] == "problems")["evidence"][0]
    assert ev["page"] == 2 and ev["page_line"] == 1 and "paragraph" not in ev


def test_txt_keeps_the_line_and_json_stays_lean(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("\n".join(REPORT), encoding="utf-8")
    report = check_path(str(p))
    problems = _element(report, "problems").evidence[0]
    assert place_text(problems) == "第9行"
    r = run_cli(str(p), "--format", "json", "--no-pdf")
    data = json.loads(r.stdout)
    for e in data["elements"]:
        for ev in e["evidence"]:
            assert not {"page", "paragraph", "page_line"} & set(ev)
    assert "第9行" in r.stdout or "第9行" in render_text(report)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_findings_carry_places(tmp_path, fmt):
    lines = [l.replace("三、存在的不足和原因", "三、存在的不足").replace("，原因是编制有限", "") for l in REPORT]
    p = tmp_path / f"r.{fmt}"
    if fmt == "docx":
        style_numbered(lines, p)
    else:
        _pdf([lines[:8], lines[8:]], p)
    report = check_path(str(p))
    f = next(f for f in report.findings if f.rule == "problems_without_causes")
    if fmt == "docx":
        assert f.paragraph == 9
    else:
        assert (f.page, f.page_line) == (2, 1)
    data = next(d for d in report.to_dict()["findings"] if d["rule"] == "problems_without_causes")
    assert data.get("paragraph") == f.paragraph and data.get("page") == f.page


def test_heading_label_is_the_translated_trimmed_text():
    """heading_label trims first and puts the full-width forms in with
    str.replace: the same label as translating the whole text, then trimming."""
    import random

    from checker.model import Heading, Line
    from checker.score.places import _FULL, HEADING_CHARS, heading_label

    rnd = random.Random(2)
    for _ in range(5000):
        number = "".join(rnd.choice("一(2)、. ") for _ in range(rnd.randrange(0, 4)))
        title = "".join(rnd.choice("法治(),:;，x …") for _ in range(rnd.randrange(0, 30)))
        h = Heading(level=1, number=number, title=title, line=Line(1, "x"), index=0)
        limit = rnd.choice([HEADING_CHARS, 5, 1, 40])
        full = f"{number}{title}".strip().translate(_FULL)
        assert heading_label(h, limit) == (full if len(full) <= limit else full[: limit - 1] + "…")
