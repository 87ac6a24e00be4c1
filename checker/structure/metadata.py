"""Title, issuer, report year, publication date and the outline cited."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from ..model import Heading, Line, Metadata
from . import chrome
from .dates import find_dates, line_date

_TITLE_END = re.compile(r"(报告|汇报|总结|情况|年报)$")
_TITLE_TOPIC = re.compile(r"法治|依法行政|法制|依法治")
_TITLE_TAG = re.compile(r"^【[^】]{0,20}】")
_TITLE_DATE_SUFFIX = re.compile(r"\s*\(\s*\d{4}[-年/.][^)]{0,12}\)\s*$")
_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*年")
_ISSUER_BEFORE = re.compile(r"^(?P<who>.+?)\s*(?:关于|(?<!\d)(?:19|20)\d{2}\s*年)")
_ISSUER_AFTER_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年度?\s*(?P<who>.+?)(?:法治|依法)")
_ORG_END = re.compile(r"(人民政府|政府|委员会|管委会|管理委员会|办事处|办公室|局|厅|委|区|县|市|镇|街道)$")

# 《法治政府建设实施纲要(2021-2025年)》 and local equivalents
# (实施方案/实施意见/规划 of a province or city), dash lost or doubled.
_OUTLINE = re.compile(
    r"法治政府建设(?:实施)?(?:纲要|方案|意见|规划)\s*\(?\s*(?P<a>20\d{2})\s*年?\s*-{0,2}\s*(?P<b>20\d{2})"
)
_OUTLINE_SHORT = re.compile(r"一规划[、,]?两纲要")
OUTLINES = {("2015", "2020"): "2015-2020", ("2021", "2025"): "2021-2025"}


def _clean_title(text: str) -> str:
    text = _TITLE_TAG.sub("", text)
    text = _TITLE_DATE_SUFFIX.sub("", text)
    return text.strip(" :")


def looks_like_title(text: str) -> bool:
    t = _clean_title(text)
    return 6 <= len(t) <= 80 and bool(_TITLE_END.search(t)) and bool(_TITLE_TOPIC.search(t))


def find_title(body: list[Line], heads: list[Heading], chrome_lines: list[Line],
               hint: str | None) -> tuple[str | None, int | None]:
    first_head = heads[0].index if heads else len(body)
    for i, line in enumerate(body[: min(first_head, 6)]):
        text = line.text
        if looks_like_title(text):
            return _clean_title(text), line.no
        # title split over two lines
        if i + 1 < len(body) and len(text) <= 40 and looks_like_title(text + body[i + 1].text):
            return _clean_title(text + body[i + 1].text), line.no
        if len(text) > 80:
            break  # the first paragraph: no title above it
    if hint and looks_like_title(hint):
        return _clean_title(hint), None
    for line in chrome_lines:
        m = chrome.TITLE_LABEL.match(chrome._LEAD.sub("", line.text))
        if m and looks_like_title(m.group(1)):
            return _clean_title(m.group(1)), line.no
    # a title on another topic (e.g. a 政府信息公开工作年度报告): the first line,
    # if it is shaped like a report's title, so that the reader sees what it is
    for line in body[: min(first_head, 2)]:
        if looks_like_other_title(line.text):
            return _clean_title(line.text), line.no
    return None, None


_OTHER_TITLE = re.compile(r"((19|20)\d{2}年|关于).*(报告|汇报|总结)$")


def looks_like_other_title(text: str) -> bool:
    t = _clean_title(text)
    return 8 <= len(t) <= 60 and not re.search(r"[。；;，,：:]", t) and bool(_OTHER_TITLE.search(t))


def issuer_from_title(title: str) -> str | None:
    m = _ISSUER_AFTER_YEAR.match(title)
    if m:
        return m.group("who").strip() or None
    m = _ISSUER_BEFORE.match(title)
    if m:
        who = re.sub(r"\s*关于$", "", m.group("who")).strip()  # "关于2023年度……" names no one
        return who or None
    return None


def issuer_from_signature(body: list[Line]) -> str | None:
    """The signing body in the last lines, e.g. "中共X县委、X县人民政府"."""
    for line in reversed(body[-6:]):
        text = line.text
        if len(text) > 60 or line_date(text):
            continue
        parts = [p for p in re.split(r"[、\s]+", text) if p]
        if parts and all(_ORG_END.search(p) for p in parts):
            gov = [p for p in parts if not p.startswith("中共")]
            return (gov or parts)[-1]
    return None


# _YEAR over the body's lines joined by "\n" (the gap before 年 stays on its line): one call, not one per line
_YEAR_BLOCK = re.compile(r"(?<!\d)(20\d{2}|19\d{2})[^\S\n]*年")


def count_years(body: list[Line]) -> Counter:
    return Counter(map(int, _YEAR_BLOCK.findall("\n".join(line.text for line in body))))


_PLAN_HEADING = re.compile(r"(?<!\d)(20\d{2})\s*年度?[^,。]{0,12}(安排|打算|计划|思路|展望|目标|重点)")


def _plan_years_shifted(years: Counter, heads: list[Heading]) -> Counter:
    """A year in a plan heading ("三、2024年工作安排") is the year after the
    report's: it votes for the year before it."""
    out = Counter(years)
    for h in heads:
        if h.level <= 2:
            for m in _PLAN_HEADING.finditer(h.title):
                y = int(m.group(1))
                out[y] -= 1
                out[y - 1] += 1
    return out


def find_year(title: str | None, body: list[Line], heads: list[Heading], years: Counter,
              published: dt.date | None) -> tuple[int | None, str | None]:
    if title:
        m = _YEAR.search(title)
        if m:
            return int(m.group(1)), "title"
    # the opening paragraph: "2023年，…" / "2021年以来，…"
    for line in body[:8]:
        if len(line.text) > 60:
            m = re.match(r"^(20\d{2})\s*年", line.text)
            if m:
                return int(m.group(1)), "body"
            break
    limit = published.year if published else None
    years = _plan_years_shifted(years, heads)
    ranked = [(n, y) for y, n in years.items() if n > 0 and (limit is None or y <= limit)]
    if ranked:
        return max(ranked)[1], "body"
    if published:
        return published.year - 1, "published"
    return None, None


def find_published(chrome_lines: list[Line], hint: str | None
                   ) -> tuple[dt.date | None, int | None, str | None]:
    for label in chrome.PUBLISH_LABELS:
        for line in chrome_lines:
            for m in label.finditer(line.text):
                dates = find_dates(line.text[m.end(): m.end() + 30])
                if dates and dates[0][1] == 0:
                    return dates[0][0], line.no, "header"
    if hint:
        try:
            return dt.date.fromisoformat(hint), None, "hint"
        except ValueError:
            pass
    return None, None, None


def find_signed(body: list[Line]) -> tuple[dt.date | None, int | None]:
    for line in reversed(body[-6:]):
        d = line_date(line.text)
        if d:
            return d, line.no
    return None, None


def find_outline(body: list[Line], year: int | None) -> tuple[str | None, int | None, str | None]:
    cited: list[tuple[str | None, int, str]] = []
    for line in body:
        for m in _OUTLINE.finditer(line.text):
            cited.append((OUTLINES.get((m["a"], m["b"])), line.no, m.group(0)))
        m = _OUTLINE_SHORT.search(line.text)
        if m:
            cited.append(("2021-2025", line.no, m.group(0)))
    known = [c for c in cited if c[0]]
    if not known:
        return None, None, None
    if year:
        fitting = "2015-2020" if year <= 2020 else "2021-2025"
        for c in known:
            if c[0] == fitting:
                return c
    return known[0]


def extract(body: list[Line], heads: list[Heading], chrome_lines: list[Line],
            hints: dict) -> Metadata:
    meta = Metadata()
    meta.title, meta.title_line = find_title(body, heads, chrome_lines, hints.get("title"))
    meta.issuer = (issuer_from_title(meta.title) if meta.title else None) or issuer_from_signature(body)
    pub, pub_line, pub_src = find_published(chrome_lines, hints.get("published"))
    meta.signed, meta.signed_line = find_signed(body)
    if pub is None and meta.signed:
        pub, pub_line, pub_src = meta.signed, meta.signed_line, "closing"
    meta.published, meta.published_line, meta.published_source = pub, pub_line, pub_src
    years = count_years(body)
    meta.body_years = dict(years)
    meta.year, meta.year_source = find_year(meta.title, body, heads, years, meta.published)
    meta.outline_cited, meta.outline_line, meta.outline_text = find_outline(body, meta.year)
    return meta
