"""The structure stage's shortcuts give what the plain code gave: the year
count without a leading look-behind, the heading patterns tried by first
character, the date forms skipped when a character they need is absent, the
outline citations looked for only on lines with the pattern's literal, the
site-chrome lead stripped without the regex when it cannot match. Each is
compared with the plain form (written out here) on every line of the seeds
and the real pages, and on lines made to hit the edge cases."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest

from checker.model import Line
from checker.normalize import normalize
from checker.read import read_path
from checker.structure import chrome, dates, headings, metadata

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "realpages" / "pages").glob("*"))

EDGE = [
    "2023年",
    "12023年",
    "2023 年度",
    "１９９９年",
    "20232024年",
    "二〇二三年十二月三十一日",
    "2024年2月28日",
    "2024-02-28",
    "2024/2/28 10:00",
    "2024.02.28",
    "12月 24, 2021",
    "发布时间:2024-03-28 09:18",
    "(2024-02-26)",
    "一、总体情况",
    "一是加强领导,",
    "第一部分 主要成效",
    "(一)加强领导。全年召开",
    "( 2 ) 制度建设",
    "1.完善制度",
    "12.5%的增长",
    "十)其他",
    "•  首页 > 政务公开",
    "【字体:大 中 小】",
    "\u3000 发布日期: 2024-01-02",
    "| 索引号 | 123 |",
    "贯彻落实《法治政府建设实施纲要(2021-2025年)》",
    "某区法治政府建设实施纲要(2021-2025年)",
    "一规划两纲要",
    "٢٠٢٣年",
    "2٠23年",
    "2023\u3000年",
    "2023 \t 年",
    "2023\x1c年",
    "1999\u00a0年度",
    "x2023年",
    "2023年2024年",
    "年2023",
    "规划(2021 —— 2025年)",
    "规划(2021年~ \u30002025年)",
    "纲要(2015--2020年)",
    "纲要(2015 -\n2020年)",
    "(2015年 - x 2020年)",
    "(2015年-2020 年)",
    "(202-2025年)",
]


def _lines() -> list[str]:
    out: list[str] = []
    for f in FILES:
        try:
            out += [line.text for line in normalize(read_path(str(f))).lines]
        except Exception:
            continue
    rnd = random.Random(3)
    out += EDGE
    out += [
        "".join(rnd.choice("2019年 -/.,月日一二(第•1\n0٣") for _ in range(rnd.randrange(1, 24))) for _ in range(3000)
    ]
    return out


LINES = _lines()

_YEAR_PLAIN = re.compile(r"(?<!\d)(20\d{2}|19\d{2})[^\S\n]*年")
# the end of a span of years in brackets ("(2015-2020年)") is not counted (a plan's span, not a year reported on)
_SPAN_END = re.compile(r"[(（]\s*(?:19|20)\d{2}\s*年?\s*(?:-{1,2}|—{1,2}|~)\s*(20\d{2}|19\d{2})[^\S\n]*年")


def _years_plain(text: str) -> Counter:
    ends = {m.start(1) for m in _SPAN_END.finditer(text)}
    return Counter(int(m.group(1)) for m in _YEAR_PLAIN.finditer(text) if m.start() not in ends)


def test_year_count():
    for k in range(0, len(LINES), 25):
        body = [Line(i + 1, t) for i, t in enumerate(LINES[k : k + 25]) if "\n" not in t]
        plain = _years_plain("\n".join(line.text for line in body))
        got = metadata.count_years(body)
        assert got == plain and list(got) == list(plain)


def _heading_plain(line: Line, index: int):
    if not line.text or line.text[0] not in headings._FIRST:
        return None
    for level, pat in headings._PATTERNS:
        m = pat.match(line.text)
        if not m:
            continue
        parsed = headings._title_of(line.text[m.end() :], level)
        if parsed is None:
            return None
        return (level, line.text[: m.end()].strip(), parsed[0])
    return None


def test_heading_patterns_by_first_character():
    for text in LINES:
        h = headings.parse_heading(Line(1, text), 0)
        assert (None if h is None else (h.level, h.number, h.title)) == _heading_plain(Line(1, text), 0), text
    # every pattern that can match a line starting with a character is in that character's list
    for ch in headings._FIRST:
        for probe in (ch + "、", ch + ")", ch + "是", ch + " 1)", ch + "一、", ch + "十部分", ch + "2.x"):
            for level, pat in headings._PATTERNS:
                if pat.match(probe):
                    assert (level, pat) in headings._BY_FIRST[ch], (ch, probe)


def _dates_plain(text: str):
    found = []
    for m in dates._YMD_CN.finditer(text):
        d = dates._make(int(m[1]), int(m[2]), int(m[3]))
        if d:
            found.append((d, m.start(), m.end()))
    for m in dates._YMD_HAN.finditer(text):
        y = int("".join(str(dates._CN_DIGIT[c]) for c in m[1]))
        d = dates._make(y, dates._han_number(m[2]), dates._han_number(m[3]))
        if d:
            found.append((d, m.start(), m.end()))
    for m in dates._YMD_SEP.finditer(text):
        d = dates._make(int(m[1]), int(m[3]), int(m[4]))
        if d:
            found.append((d, m.start(), m.end()))
    for m in dates._MDY.finditer(text):
        d = dates._make(int(m[3]), int(m[1]), int(m[2]))
        if d:
            found.append((d, m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    out = []
    for item in found:
        if not out or item[1] >= out[-1][2]:
            out.append(item)
    return out


def test_date_forms():
    hits = 0
    for text in LINES:
        got = dates.find_dates(text)
        assert got == _dates_plain(text), text
        hits += bool(got)
    assert hits > 100


# the date patterns as first written, with their look-behinds in front
_DATE_FIRST_FORMS = {
    "_YMD_CN": r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日",
    "_YMD_SEP": r"(?<!\d)(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)",
    "_MDY": r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[,]\s*(\d{4})(?!\d)",
    "_FOUR_DIGITS": r"\d{4}",
    "_DMY_DOT": r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])",
}


def test_date_patterns_as_first_written():
    """The date patterns whose look-behind now follows their first digit find
    the same matches (spans and groups) as their first forms."""
    extra = ["12024-1-2", "2024-1-2", "x2024年1月2日", "5.6.2024", "1.5.6.2024", "12月 24, 2021", "٣2024年1月2日"]
    for name, first in _DATE_FIRST_FORMS.items():
        old, new = re.compile(first), getattr(dates, name)
        assert old.pattern != new.pattern
        for text in LINES + extra:
            got = [(m.span(), m.groups()) for m in new.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in old.finditer(text)], (name, text)


def test_chrome_lead():
    for text in LINES + [" x", "\u3000x", "\tx", "--x", "【x", "x"]:
        assert chrome.lead_stripped(text) == chrome._LEAD.sub("", text)


def test_chrome_line_start_patterns_in_one():
    """is_chrome's one match at the line start is the three patterns it stands for, each matched."""
    extra = [
        "",
        " ",
        "| · |",
        "微博 微信",
        "分享 打印 纠错",
        "分享到:",
        "发布日期 2024",
        "索 引 号 | 1",
        "来源:本站",
        "首页",
    ]
    for text in LINES + extra:
        text = chrome.lead_stripped(text)
        one = bool(chrome._AT_START.match(text))
        assert one == bool(chrome._ONLY_SYMBOLS.match(text) or chrome._SOCIAL.match(text) or chrome._META.match(text))


def test_alternatives_with_a_literal_first_find_the_same():
    """_MARKERS and dates._SENTENCE, written so that every alternative starts
    with a literal character, match where their first forms did."""
    markers = re.compile(chrome._MARKERS.pattern.replace(r">\s*首页|›\s*首页|»\s*首页|→\s*首页", r"[>›»→]\s*首页"))
    sentence = re.compile(dates._SENTENCE.pattern.replace("|。|;|", "|[。;]|"))
    assert markers.pattern != chrome._MARKERS.pattern and sentence.pattern != dates._SENTENCE.pattern
    extra = ["网站 > 首页", "首页 » 新闻", "x→首页", "一是;二是", "第3次会议", "2024年。", "›首页"]
    for text in LINES + extra:
        assert bool(markers.search(text)) == bool(chrome._MARKERS.search(text)), text
        assert bool(sentence.search(text)) == bool(dates._SENTENCE.search(text)), text


def test_clean_title_gates():
    """_clean_title runs its regexes only on lines holding what they need: the same titles."""
    extra = [
        "【政策解读】标题",
        "【通知】某县2023年法治政府建设年度报告 (2024-01-02)",
        "标题(2023年) ",
        "x【a】",
        "(2023年)",
        "某局2025年度法治政府建设工作报告(某县自然资字〔2025〕79号)",
        "某局报告(2025年第1号)",
        "某县2023年度法治政府建设情况报告2024-03-28",
        "某县2023年度法治政府建设情况报告 2024年3月28日 ",
        "某县2023年度法治政府建设情况报告(2024-03-28)",
        "[转载]某县2023年度法治政府建设情况报告(全文)",
        "x[转载]",
        "(两会受权发布)某委员会常务委员会工作报告",
        "【专题】(快讯)某县2023年法治政府建设年度报告",
        "附件:某区财政局2023年度法治政府建设情况报告",
        "名 称: 某区民政局2025年度法治政府建设年度报告",
        "标题:某县2023年度法治政府建设情况报告",
        "名单",
        "国务院关于在市场体系建设中建立公平竞争审查制度的意见 ( 2016年6月1日 国发〔2016〕34号)",
        "Page 2 - 某厅2019年度政府信息公开工作年度报告",
        "某厅报告 Page 2 - x",
        "关于某某问题的建言报告 某市政协某委员会专题调研组",
        "某某工作组",
    ]
    for text in LINES + extra:
        plain = metadata._NAME_LABEL.sub("", metadata._AUTHORS_AFTER.sub("", metadata._ATTACHMENT.sub("", text)))
        plain = metadata._REPOST_TAG.sub("", metadata._FLIPBOOK_PAGE.sub("", metadata._TITLE_TAG.sub("", plain)))
        plain = metadata._RELEASE_TAG.sub("", plain)
        plain = metadata._FULLTEXT_SUFFIX.sub("", metadata._TITLE_DATE_SUFFIX.sub("", plain))
        plain = metadata._TITLE_DATE_DOC_NO_SUFFIX.sub("", metadata._TITLE_DOC_NO_SUFFIX.sub("", plain))
        plain = metadata._TITLE_STAMP_SUFFIX.sub("", plain).strip(" :")
        assert metadata._clean_title(text) == plain, text


def _outline_plain(body, year, outlines):
    cited = []
    for line in body:
        for ol in outlines:
            for pat in ol.cite:
                for m in pat.finditer(line.text):
                    if ol.not_after and ol.not_after.search(line.text[max(0, m.start() - 8) : m.start()]):
                        continue
                    cited.append((ol.id, line.no, m.group(0)))
    if not cited:
        return None, None, None
    if year:
        for ol in outlines:
            lo, hi = ol.report_years
            if lo <= year <= hi:
                for c in cited:
                    if c[0] == ol.id:
                        return c
    return cited[0]


@pytest.mark.parametrize("year", [None, 2016, 2023])
def test_outline_citations(year):
    outlines = metadata._known_outlines()
    assert outlines and all(metadata._required_literals(p) for o in outlines for p in o.cite)
    found = 0
    for k in range(0, len(LINES), 40):
        body = [Line(i + 1, t) for i, t in enumerate(LINES[k : k + 40])]
        got = metadata.find_outline(body, year)
        assert got == _outline_plain(body, year, outlines)
        found += got[0] is not None
    assert found > 5


def test_outlines_follow_the_rulebook_folder(tmp_path, monkeypatch):
    """The remembered outline list changes when a rulebook file changes, is
    added or is removed, as rulebook.outlines() itself does."""
    import os
    import shutil

    from checker import rulebook as rb

    folder = tmp_path / "rulebooks"
    shutil.copytree(ROOT / "rulebooks", folder)
    monkeypatch.setenv("LAWCHECK_RULEBOOKS", str(folder))
    first = metadata._known_outlines()
    assert [o.label for o in first] == [o.label for o in rb.outlines()]
    book = folder / "outline-2021-2025.yaml"
    text = book.read_text(encoding="utf-8")
    book.write_text(text.replace("label: 2021—2025年纲要", "label: 改过的标签"), encoding="utf-8")
    os.utime(book, ns=(10**18, 10**18))
    assert "改过的标签" in [o.label for o in metadata._known_outlines()]
    (folder / "outline-2015-2020.yaml").unlink()
    assert [o.id for o in metadata._known_outlines()] == ["2021-2025"]
    book.rename(folder / "renamed.yaml")
    assert [o.label for o in metadata._known_outlines()] == ["改过的标签"]


def test_level1_gate_as_the_regex():
    """runtogether._has_level1 finds a first-level number exactly where the regex it replaced does
    (at the start, or after whitespace or 。;!?:, 1–3 numerals before 、)."""
    from checker.cnnum import CN_DIGITS
    from checker.structure import runtogether

    cn = f"[{CN_DIGITS}]{{1,3}}"
    embedded, start = re.compile(rf"[\s。;!?:]{cn}、"), re.compile(rf"{cn}、")
    rnd = random.Random(5)
    texts = LINES + [
        "".join(rnd.choice("一二三四十、、 。:;!?\u3000\xa0x年,") for _ in range(rnd.randrange(1, 40)))
        for _ in range(20000)
    ]
    texts += [
        "一二三四、主要举措",
        "一二三、主要举措",
        "、一、",
        "总体情况、一、主要",
        "情况 一二三四、x",
        "x\u3000十、",
    ]
    seen = 0
    for text in texts:
        want = bool(start.match(text) or embedded.search(text))
        assert runtogether._has_level1(text) == want, text
        seen += want
    assert seen > 100


def test_required_literals():
    lits = metadata._required_literals
    assert lits(re.compile(r"(?:中共中央|党中央|中央)[^《]{0,6}法治政府建设(?:\(依法\))?实施纲要")) == (
        "法治政府建设",
        "实施纲要",
        "中央",
    )
    assert lits(re.compile(r"一规划[、,]?两纲要")) == ("一规划", "两纲要")
    assert lits(re.compile(r"(?:甲乙|甲丙)丁")) == ("甲", "丁")  # a shared start; the ends differ
    assert lits(re.compile(r"(?:甲|乙)丙")) == ("丙",)
    assert lits(re.compile(r"(?i)abc")) == ()
    assert lits(re.compile(r"a\nb")) == ()
    assert lits(re.compile(r"a*")) == ()
    for text in LINES[:3000]:  # every match holds every literal
        for pat in (r"(?:中共中央|党中央|中央)[^《。,;]{0,6}法治政府建设", r"法治政府建设实施纲要\s*\(?\s*20"):
            for m in re.finditer(pat, text):
                assert all(lit in m.group(0) for lit in lits(re.compile(pat)))


# the document-number line as _head_furniture first matched it (simplified 号 only, no gate); the gated form
# now uses headline.DOC_NUMBER_LINE, which also knows 號, kept out by the 号/签 gate
_DOC_NO_LINE_UNGATED = re.compile(
    r"^(?:[^\s,。;:]{0,16}[〔\[(]\s*\d{4}\s*[〕\])]\s*\d+\s*号)?\s*(?:签\s*发\s*人\s*:\s*[\u4e00-\u9fff·]{2,4})?$"
)


def test_head_furniture_gates():
    """_head_furniture's 号/签/文件 gates skip only lines its two regexes cannot match."""
    extra = [
        "某府发〔2024〕3号",
        "签发人:张明",
        "X府文〔2024〕3号    签发人:张明",
        "某县人民政府文件",
        "文件",
        "",
        " 号 ",
        "四政函〔2020〕103號",
        "海滨街2020年法治政府建设情况.docx",
        "某县法治政府建设情况报告.PDF",
        "说明.doc 文件",
    ]
    seen = 0
    for text in LINES + extra:
        t = text.strip()
        plain = bool(
            (t and _DOC_NO_LINE_UNGATED.match(t))
            or (metadata._RED_HEADER.match(t) and metadata._org_line(t[:-2]))
            or metadata._FILE_NAME.match(t)
        )
        assert metadata._head_furniture(text) == plain, text
        seen += plain
    assert seen >= 3


def _split_plain(lines):
    """runtogether.split_lines as first written: every line followed, the regex gate."""
    from checker.cnnum import CN_DIGITS, cn_value
    from checker.structure import runtogether as rt

    cn = f"[{CN_DIGITS}]{{1,3}}"
    embedded, start = re.compile(rf"[\s。;!?:]{cn}、"), re.compile(rf"{cn}、")
    out, l1, l2 = [], 0, 0
    for line in lines:
        text = line.text
        cuts = []
        if len(text) >= rt.SPLIT_MIN and "、" in text and (start.match(text) or embedded.search(text)):
            cuts, c1, c2 = rt._cuts(text, l1, l2)
            if cuts:
                l1, l2 = c1, c2
        if not cuts:
            m = rt._START.match(text)
            if m and m.group("l1"):
                l1, l2 = cn_value(m.group("l1")), 0
            elif m:
                l2 = cn_value(m.group("l2"))
            out.append(line)
            continue
        bounds = [0, *cuts, len(text)]
        out += [Line(no=line.no, text=text[a:b].strip()) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]
    return out


def test_split_lines_as_first_written():
    """split_lines, which follows the heading numbers only in a text with a line it may cut, cuts as before."""
    from checker.structure import runtogether

    cut = 0
    rnd = random.Random(7)
    runs = [
        "现将情况报告如下: 一、主要措施和成效 (一)强化组织引领,夯实法治根基。" + "切实加强领导" * 30,
        "二、存在的问题 " + "一些部门认识不到位," * 25 + " 三、下一步打算 继续推进。",
    ]
    for f in FILES[:200]:
        try:
            body = chrome.split_chrome(normalize(read_path(str(f))).lines)[0]
        except Exception:
            continue
        for lines in (body, body + [Line(9999, rnd.choice(runs))]):
            got = runtogether.split_lines(lines)
            assert [(x.no, x.text) for x in got] == [(x.no, x.text) for x in _split_plain(lines)], f
            cut += len(got) != len(lines)
    assert cut > 10


def test_title_suffix_gates():
    """The suffix regexes find_published and _clean_title run only on lines ending in ")" (after blanks) or
    in a digit or 日: no other line holds a match of them."""
    extra = ["某报告 (2024-02-26)  ", "某报告2024-03-28 09:18", "某总结 2024年3月28日", "某报告(全文)\n", "X(2024年)\t"]
    hits = 0
    for text in LINES + extra:
        end = text.rstrip()[-1:]
        for pat, ok in (
            (metadata._TITLE_DATE_SUFFIX, end == ")"),
            (metadata._FULLTEXT_SUFFIX, end == ")"),
            (metadata._TITLE_DOC_NO_SUFFIX, end == ")"),
            (metadata._TITLE_STAMP_SUFFIX, end.isdigit() or end == "日"),
        ):
            m = pat.search(text)
            assert ok or m is None, (pat.pattern, text)
            hits += m is not None
    assert hits >= 5


def _finite(items) -> set[str] | None:
    """The strings a parsed sequence of literals and groups of literal alternatives matches, else None."""
    from re import _parser as sre

    out = {""}
    for op, av in items:
        if op is sre.LITERAL:
            out = {s + chr(av) for s in out}
            continue
        if op is sre.SUBPATTERN:
            got = _finite(list(av[3]))
        elif op is sre.BRANCH:
            got = set()
            for sub in av[1]:
                alt = _finite(list(sub))
                if alt is None:
                    return None
                got |= alt
        else:
            return None
        if got is None:
            return None
        out = {s + g for s in out for g in got}
    return out


def test_widget_search_is_its_ends_or_a_match_at_the_start():
    """not_headline tests _WIDGET.search(t) as t.endswith(WIDGET_ENDS) or _WIDGET.match(t): every
    alternative of the pattern is anchored at the start but those ending the line with WIDGET_ENDS."""
    from re import _parser as sre

    from checker.structure import headline

    tree = list(sre.parse(headline._WIDGET.pattern))
    assert len(tree) == 1 and tree[0][0] is sre.BRANCH
    ends: set[str] = set()
    for alt in tree[0][1][1]:
        items = list(alt)
        if items[0] == (sre.AT, sre.AT_BEGINNING):
            continue
        assert items[-1] == (sre.AT, sre.AT_END), alt
        got = _finite(items[:-1])
        assert got, alt  # a fixed set of strings, then the line's end
        ends |= got
    assert ends == set(headline.WIDGET_ENDS)
    for text in LINES + ["语音朗读", "点击收听 语音播报", "以上为部分内容阅读", "搜索", "x搜索"]:
        t = text.strip()
        assert bool(headline._WIDGET.search(t)) == bool(t.endswith(headline.WIDGET_ENDS) or headline._WIDGET.match(t))
