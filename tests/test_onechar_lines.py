"""Text laid out one character per line (checker/normalize/onechar.py): rejoined into the
paragraphs a reader sees; a real report's short lines are left as they are."""

from __future__ import annotations

from checker.normalize import normalize, normalize_line
from checker.pipeline import check_path
from checker.read import read_path

PAPER = (
    "中国行政法若干关键词的英文翻译\n何海波\n【学科分类】行政法学\n【出处】《行政法学研究》2011年第3期\n"
    "【摘要】中国法律术语外文翻译的精确和统一,是中外法律交流新形势的要求。\n【关键词】行政法学;法律术语;英文翻译\n"
)


def _one_per_line(text: str) -> str:
    """The page as an exam-prep site copies it: every character on its own line, pieces of tags between."""
    out = []
    for n, ch in enumerate(c for c in text if c != "\n"):
        out.append(("< br>" if n % 17 == 9 else "") + ch)
        if n % 23 == 11:
            out.append("p>")
    return "\n".join(out) + "\n"


def test_column_of_characters_reads_as_paragraphs(tmp_path):
    page = tmp_path / "paper.txt"
    page.write_bytes(_one_per_line(PAPER).encode("gbk"))
    lines = [ln.text for ln in normalize(read_path(str(page))).lines]
    assert lines[0] == "中国行政法若干关键词的英文翻译何海波"
    assert "【出处】《行政法学研究》2011年第3期" in lines
    assert lines[-1] == "【关键词】行政法学;法律术语;英文翻译"
    # each paragraph keeps the file's line number of its first character
    first = normalize(read_path(str(page))).lines
    assert first[0].no == 1 and first[1].no > 10


def test_paper_one_character_per_line_is_no_report(tmp_path):
    page = tmp_path / "paper.txt"
    page.write_text(_one_per_line(PAPER), encoding="utf-8")
    rep = check_path(str(page))
    assert any(f.rule == "not_annual_report" for f in rep.findings)


def test_short_lines_of_a_report_stay(tmp_path):
    """A table's vertical label and a list of short items are far below a run."""
    text = "某县2023年法治政府建设情况报告\n序\n号\n事项\n立法\n执法\n普法\n一、主要举措\n(一)加强党的领导。\n"
    page = tmp_path / "rep.txt"
    page.write_text(text, encoding="utf-8")
    got = [ln.text for ln in normalize(read_path(str(page))).lines]
    assert got == [t for t in text.splitlines() if t]


def test_repeated_pinyin_glosses_dropped():
    assert normalize_line("營商環境(jing)(jing)的(de)評價") == "營商環境的評價"
