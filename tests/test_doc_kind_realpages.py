"""Document kind on real page openings (tests/realpages, ids lk_*, rk_* and rn2_*).

Every page was labelled by reading it before the checker ran on it. A report
must get no `not_annual_report` finding; a look-alike must get one that names
the labelled kind. Pages whose label stands against the checker are listed in
tests/realpages/DISAGREEMENTS.md and marked xfail (strict) here.
Also: 156 real reports' titles and first headings (corpus survey) and edited
seeds stay reports.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SEED_NAMES, seed_text

from checker import rulebook as rb
from checker.pipeline import check_path

REAL = ROOT / "tests" / "realpages"
# lk_/rk_: look-alikes / report openings of the first round; rn2_* … rn9_*, rn10_* … rn25_*, rn30_*, rn31_*: later rounds
# (both, labelled by kind)
LABELS = sorted(
    p
    for p in (REAL / "labels").glob("*.yaml")
    if p.name.startswith(
        (
            "lk_",
            "rk_",
            "rn2_",
            "rn3_",
            "rn4_",
            "rn5_",
            "rn6_",
            "rn7_",
            "rn8_",
            "rn9_",
            "rn10_",
            "rn12_",
            "rn14_",
            "rn16_",
            "rn17_",
            "rn19_",
            "rn20_",
            "rn22_",
            "rn24_",
            "rn25_",
            "rn30_",
            "rn31_",
        )
    )
    # a page whose labeller left its kind out on purpose (see the label's note) is not compared
    and "kind" in (yaml.safe_load(p.read_text(encoding="utf-8")) or {})
)
KINDS = rb.load(str(ROOT / "rulebooks" / "annual-report.yaml")).get("not_annual_report").params["kinds"]
POSITIVE = next(k for k, s in KINDS.items() if s["positive"])


def _disagreements() -> set[str]:
    path = REAL / "DISAGREEMENTS.md"
    if not path.exists():
        return set()
    return set(
        re.findall(
            r"^\|\s*`?((?:lk|rk|rn[2-9]|rn1[024679]|rn2[0245]|rn3[01])_[\w]+)`?\s*\|",
            path.read_text(encoding="utf-8"),
            re.MULTILINE,
        )
    )


STANDS = _disagreements()


def _finding(report):
    return next((f for f in report.findings if f.rule == "not_annual_report"), None)


@pytest.mark.parametrize("label", LABELS, ids=[p.stem for p in LABELS])
def test_real_page_kind(label):
    if label.stem in STANDS:
        pytest.xfail("label stands against the checker: see tests/realpages/DISAGREEMENTS.md")
    want = yaml.safe_load(label.read_text(encoding="utf-8"))["kind"]
    assert want == POSITIVE or want in KINDS, f"{label.name}: unknown kind {want}"
    report = check_path(str(REAL / "pages" / f"{label.stem}.txt"))
    f = _finding(report)
    if want == POSITIVE:
        assert f is None, f.message
    else:
        assert f is not None, f"{label.stem}: not recognised as {want}"
        assert f.message.startswith(f"这是一篇{KINDS[want]['name']}，"), f.message


def test_the_set_covers_the_kinds_asked_for():
    kinds = {yaml.safe_load(p.read_text(encoding="utf-8"))["kind"] for p in LABELS}
    assert {
        "news",
        "shufa",
        "gov_info",
        "gov_work_report",
        "plan",
        "assessment",
        "academic",
        "template",
        "interpretation",
        POSITIVE,
    } <= kinds
    lookalikes = [p for p in LABELS if p.name.startswith("lk_")]
    reports = [p for p in LABELS if p.name.startswith("rk_")]
    assert len(lookalikes) >= 40 and len(reports) >= 15
    second = [yaml.safe_load(p.read_text(encoding="utf-8"))["kind"] for p in LABELS if p.name.startswith("rn2_")]
    assert {"special_report", "work_summary", "guideline"} <= set(second)
    assert second.count(POSITIVE) >= 15 and len(second) - second.count(POSITIVE) >= 35


def _survey_rows():
    with open(REAL / "doc_kind_corpus_survey.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


SURVEY = _survey_rows()


def test_survey_reports_stay_reports(tmp_path):
    """The visible title and first heading of 156 real reports (corpus survey):
    none of them is called a look-alike."""
    wrong = []
    for i, row in enumerate(SURVEY):
        lines = [] if row["title"].startswith("(not visible") else [row["title"]]
        lines += [row["headings"], "全年依法行政工作稳步推进。"]
        p = tmp_path / f"s{i}.txt"
        p.write_text("\n".join(lines), encoding="utf-8")
        f = _finding(check_path(str(p)))
        if f:
            wrong.append((row["url"], row["title"], f.message))
    assert wrong == []


def _edits(text: str) -> dict[str, str]:
    lines = text.splitlines()
    first_part = next(i for i, l in enumerate(lines) if re.match(r"\s*一、", l))
    return {
        "excerpt_from_part_one": "\n".join(lines[first_part:]),  # copies that start at 一、
        "no_line_breaks_in_opening": "".join(lines[: first_part + 3]) + "\n" + "\n".join(lines[first_part + 3 :]),
        "news_words_in_body": text.replace("一、", "一、近日召开常务会议研究部署,会议指出要推进政务公开。", 1),
    }


@pytest.mark.parametrize("name", SEED_NAMES)
def test_edited_seeds_stay_reports(tmp_path, name):
    for edit, text in _edits(seed_text(name)).items():
        p = tmp_path / f"{edit}.txt"
        p.write_text(text, encoding="utf-8")
        f = _finding(check_path(str(p)))
        assert f is None, (edit, f.message)


def test_disagreements_name_real_pages():
    for pid in STANDS:
        assert (REAL / "labels" / f"{pid}.yaml").exists(), pid
        assert (REAL / "pages" / f"{pid}.txt").exists(), pid


def test_labels_have_only_known_fields():
    for p in LABELS:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        allowed = {"url", "kind", "title", "year", "published", "outline_cited", "issuer", "level", "note", "elements"}
        assert set(data) <= allowed, p.name
        assert data.get("url") and data.get("kind"), p.name
        assert Path(REAL / "pages" / f"{p.stem}.txt").read_text(encoding="utf-8").strip(), p.name


NAV = (
    "<header><nav><ul><li><a href='/'>首页</a></li><li><a>政务公开</a></li><li><a>政策解读</a></li>"
    "<li><a>新闻中心</a></li><li><a>2024年工作要点</a></li></ul></nav>"
    "<div class='breadcrumb'>当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div></header>"
)
FOOT = "<footer>主办单位：某某县人民政府 ICP备12345678号</footer>"
ONE_PER_KIND = [
    "lk_news_jingyan_baobei_2019",
    "lk_gi_tongji_2023",
    "lk_shufa_laobiganzi_zhenzhang",
    "lk_plan_xiping_anpai_2020",
    "lk_tpl_xuncaibao_wunian",
    "lk_acad_bluebook_2020",
    "rk_jinlong_2022",
    "rk_guyong_2024",
]


def _lines(pid: str) -> list[str]:
    return [l.strip() for l in (REAL / "pages" / f"{pid}.txt").read_text(encoding="utf-8").splitlines() if l.strip()]


@pytest.mark.parametrize("pid", ONE_PER_KIND)
def test_kind_is_the_same_in_docx_and_html(tmp_path, pid):
    import html

    import docx

    want = yaml.safe_load((REAL / "labels" / f"{pid}.yaml").read_text(encoding="utf-8"))["kind"]
    d = docx.Document()
    for line in _lines(pid):
        d.add_paragraph(line)
    d.save(tmp_path / f"{pid}.docx")
    paras = "".join(f"<p>{html.escape(l)}</p>" for l in _lines(pid))
    (tmp_path / f"{pid}.html").write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>某某县人民政府网</title></head>"
        f"<body>{NAV}<div id='zoom' class='article-content'>{paras}</div>{FOOT}</body></html>",
        encoding="utf-8",
    )
    for ext in ("docx", "html"):
        f = _finding(check_path(str(tmp_path / f"{pid}.{ext}")))
        if want == POSITIVE:
            assert f is None, (ext, f.message)
        else:
            assert f is not None and f.message.startswith(f"这是一篇{KINDS[want]['name']}，"), (ext, f and f.message)


def _fragments(text: str):
    """A report's excerpts as copies show them: without the title line, the first 800 characters,
    and from every part or item heading ("一、", "(一)") to the end."""
    lines = text.splitlines()
    yield "no_title", "\n".join(lines[1:])
    yield "first_800", text[:800]
    for i, line in enumerate(lines):
        if re.match(r"\s*([一二三四五六七八九十]、|[(（][一二三四五六七八九十][)）])", line):
            yield f"from_line_{i + 1}", "\n".join(lines[i:])


def test_report_fragments_stay_reports(tmp_path):
    """Every labelled report page, cut as excerpts are cut (about 1,200 fragments): none is called a
    look-alike. Guards the signals that read 述法 meetings, 阶段性成果 or placeholders in a report's measures."""
    wrong = []
    for label in sorted((REAL / "labels").glob("*.yaml")):
        if yaml.safe_load(label.read_text(encoding="utf-8")).get("kind") != POSITIVE:
            continue
        text = (REAL / "pages" / f"{label.stem}.txt").read_text(encoding="utf-8")
        for how, part in _fragments(text):
            if len(part.strip()) < 20:
                continue
            p = tmp_path / "fragment.txt"
            p.write_text(part, encoding="utf-8")
            f = _finding(check_path(str(p)))
            if f:
                wrong.append((label.stem, how, f.message[:60]))
    assert wrong == []
