"""Dates as real reports write them.

2024年2月28日 · 二〇二四年二月二十八日 · 2024-02-28 / 2024/2/28 / 2024.02.28 ·
"2022- 02- 28" (spaces inside) · "12月 24, 2021" · and, for a line that holds
nothing but a date, digits whose separators were lost ("2024228"), resolved
only when exactly one reading is a valid date.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import rx

_CN_DIGIT = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

# "(?<!\d)\d" written "\d(?<!\d\d)" (the same: a digit not after a digit): a pattern that starts with a
# look-behind makes re try it at every position; one that starts with a class skips to the digits
_YMD_CN = rx.compile(r"(\d(?<!\d\d)\d{3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YMD_HAN = rx.compile(
    r"([〇○零O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日"
)
_YMD_SEP = rx.compile(r"(\d(?<!\d\d)\d{3})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)")
_MDY = rx.compile(r"(\d(?<!\d\d)\d?)\s*月\s*(\d{1,2})\s*[,]\s*(\d{4})(?!\d)")
_ONLY_DIGITS = rx.compile(r"^\s*(\d{4})(\d{2,4})\s*$")

YEAR_MIN, YEAR_MAX = 1990, 2100


def _make(y: int, m: int, d: int) -> dt.date | None:
    if not (YEAR_MIN <= y <= YEAR_MAX):
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _han_number(s: str) -> int:
    """一..九, 十, 十一..十九, 二十..三十一."""
    if "十" not in s:
        return _CN_DIGIT.get(s, 0)
    tens, _, ones = s.partition("十")
    return (_CN_DIGIT.get(tens, 0) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)


def find_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """All dates in a text as (date, start, end), in order of position."""
    found: list[tuple[dt.date, int, int]] = []
    # each form runs only when the characters every match of it holds are there
    ymd = "年" in text and "月" in text and "日" in text
    for m in _YMD_CN.finditer(text) if ymd else ():
        d = _make(int(m[1]), int(m[2]), int(m[3]))
        if d:
            found.append((d, m.start(), m.end()))
    for m in _YMD_HAN.finditer(text) if ymd else ():
        y = int("".join(str(_CN_DIGIT[c]) for c in m[1]))
        d = _make(y, _han_number(m[2]), _han_number(m[3]))
        if d:
            found.append((d, m.start(), m.end()))
    for m in _YMD_SEP.finditer(text) if ("-" in text or "/" in text or "." in text) else ():
        d = _make(int(m[1]), int(m[3]), int(m[4]))
        if d:
            found.append((d, m.start(), m.end()))
    for m in _MDY.finditer(text) if ("月" in text and "," in text) else ():
        d = _make(int(m[3]), int(m[1]), int(m[2]))
        if d:
            found.append((d, m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    # drop matches nested in an earlier one
    out: list[tuple[dt.date, int, int]] = []
    for item in found:
        if not out or item[1] >= out[-1][2]:
            out.append(item)
    return out


def digits_only_date(text: str) -> dt.date | None:
    """A line of bare digits: "20240228", "2024228", "202437". Only an
    unambiguous reading counts ("2024111" could be 1-11 or 11-1: None)."""
    m = _ONLY_DIGITS.match(text)
    if not m:
        return None
    y, rest = int(m[1]), m[2]
    readings = set()
    for cut in range(1, len(rest)):
        ms, ds = rest[:cut], rest[cut:]
        if len(ms) > 2 or len(ds) > 2:
            continue
        # zero-padded parts only in the full 8-digit form
        if ((len(ms) == 2 and ms[0] == "0") or (len(ds) == 2 and ds[0] == "0")) and len(rest) != 4:
            continue
        d = _make(y, int(ms), int(ds))
        if d:
            readings.add(d)
    return readings.pop() if len(readings) == 1 else None


def line_date(text: str) -> dt.date | None:
    """The date of a line that holds a date and (almost) nothing else."""
    stripped = text.strip()
    d = digits_only_date(stripped)
    if d:
        return d
    dates = find_dates(stripped)
    if len(dates) == 1:
        date, s, e = dates[0]
        rest = (stripped[:s] + stripped[e:]).strip(" ()")
        if len(rest) <= 2:
            return date
    return None


# --- dates as page headers show them ------------------------------------------
# A header date line holds a date (optionally a time of day), a label, the
# publishing office and site furniture, and nothing that reads as a sentence:
#   发布时间:2024-03-28 09:18 · 日期:2023-03-01 · 时间:2023年02月17日来源:市司法局
#   2023-03-31 17:05:00 来源: 海口市司法局 打印 · 市司法局 2022年02月15日
#   · 2024-03-28 · (2024-02-26) · 25.02.2016 10:00 (day.month.year mirrors)
# A page's "today" clock (今天是 2019年10月31日 星期三) is not a publication date.
# every date form here has a four-digit year (汉字 years are digits by now); "\d\d{3}", not "\d{4}": a
# pattern that starts with a class (not a repeat) lets re skip to the digits
_FOUR_DIGITS = rx.compile(r"\d\d{3}")
# a time of day: "09:18", "17:34:30", and the Chinese form "09时24分(05秒)"
_TIME = rx.compile(
    r"(?<!\d)\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?(?!\d)|(?<!\d)\d{1,2}\s*[时時]\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?"
)
_DMY_DOT = rx.compile(r"(\d(?<![\d.]\d)\d?)\.(\d{1,2})\.(\d{4})(?![\d.])")  # (?<![\d.])\d{1,2}, as above
_CLOCK = rx.compile(r"今天是|今日是|今天:|星期[一二三四五六日天]|周[一二三四五六日]|农历")
# Words that make a line a sentence (a meeting, an approval, a cited document),
# never a publication stamp.
# (every alternative starts with a literal: re skips to where one of those characters stands)
_SENTENCE = rx.compile(r"会议|审议|通过|印发(?!日期|时间)|召开|举行|报告如下|。|;|第[一二三四五六七八九十\d]+次")
HEADER_LABELS = {
    # label -> rank (lower is better): what the page says its publication date is
    # (a table-form header puts cells between: "发布日期 | 2025-06-30 |"; a bracketed label: "[ 发布日期 ] 2026-02-10")
    "publish": rx.compile(
        r"(?:发布日期|发布时间|发表时间|发表日期|发稿时间|信息时间|信息提供日期|公开日期|发布于|上传时间|刊发日期|"
        r"發布時間|發布日期)[\s:|\]】]*$"
    ),
    # (or glued to the source's cell: "来源:网络转载日期:2021-04-06阅读:")
    "plain": rx.compile(
        # (or glued to the value of the field before it: "来源:人民日报编辑:admin时间:2022-10-10")
        r"(?:^|[\s|·•]|(?:来源|编辑|作者|发布者|发布人)\s*:[^\s:]{1,12}?(?<!成文|产生|生成|发文|印发|更新|修改|发布|发表|公开|上传))"
        r"(?:日期|时间|時間)"
        r"[\s:|\]】]*$"
    ),
    "updated": rx.compile(r"(?:更新时间|更新日期|修改时间)[\s:|\]】]*$"),
    # (…日期 or …时间: "成文时间:2022年02月28日", "- 发文时间:…")
    "written": rx.compile(r"(?:成文|产生|生成|发文|印发)(?:日期|时间)[\s:|\]】]*$"),
}
LABEL_RANK = {"publish": 0, "plain": 1, "unlabelled": 2, "updated": 3, "written": 4}
# one cell of a bracketed metadata row: "[ 发布日期 ]2021-07-23" (up to the next "[")
_BRACKET_CELL = rx.compile(r"\[[^\[\]]{1,12}\][^\[]*")
_FURNITURE = rx.compile(
    r"(?:来源|來源|信息来源|信息來源|文章来源|发布机构|发布单位|作者|编辑|责任编辑|浏览次数|浏览量|浏览|访问量|访问次数|点击数|"
    r"点击率|点击|阅读|人次|次|字体|字号|打印|关闭|分享|收藏|大|中|小|默认|【|】|\[|\]|\(|\)|:|\||·|•|/|-|>|\s)+"
)
_URL = rx.compile(r"(?:https?://|www\.)[A-Za-z0-9./_-]+")
# "发表于江苏" right after the date (and its time): where a WeChat article was posted from, then nothing
# a blog's byline fields beside the date ("2011年02月25日 | 作者: adminlin | 分类: 公共服务满意度 |"): a labelled
# field's value is the page's furniture, whatever it says
_BYLINE_FIELD = rx.compile(r"(?:作者|编辑|分类|栏目|标签|所属栏目|所属分类)\s*:\s*[^|\s:]{1,20}")
_POSTED_AT = rx.compile(r"\s*(?:\d{1,2}\s*:\s*\d{2}\s*)?发表于\s*\S{0,8}\s*$")
# a counter beside the stamp ("阅读:1234", "浏览次数 56", "点击量:7次"): the page's furniture
_COUNT = rx.compile(r"(?:阅读|浏览|点击|访问)(?:次数|量|数|率)?\s*[:：]?\s*\d+\s*次?")
_ORG_TAIL = rx.compile(
    r"(人民政府|政府|办公室|办公厅|委员会|管委会|司法局|司法厅|局|厅|委|办|处|科|室|中心|所|网|镇|乡|街道|区|县|市|省|"
    r"报|社|台|频道|在线)$"
)
# a paper's dateline: its name, the date, the reporter ("仙游今报 2023年09月06日 唐伟")
_OUTLET = rx.compile(r"(?:报|网|社|台|在线)$")
_PERSON = rx.compile(r"^[\u4e00-\u9fff]{2,3}$")


def _all_dates(text: str) -> list[tuple[dt.date, int, int]]:
    found = list(find_dates(text))
    taken = [(s, e) for _, s, e in found]
    for m in _DMY_DOT.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        d = _make(int(m[3]), int(m[2]), int(m[1]))
        if d:
            found.append((d, m.start(), m.end()))
    return sorted(found, key=lambda t: t[1])


def header_date(text: str) -> tuple[dt.date, str] | None:
    """(date, label kind) when the line is a header date stamp, else None.

    label kind: "publish" (发布时间…), "plain" (日期/时间), "updated" (更新时间),
    "written" (成文日期…) or "unlabelled" (a bare date, a date beside the office)."""
    # (a table's empty cells after the header's items: "时间:2023-02-01 作者: 点击数: | ||||||…")
    t = text.strip().rstrip(" |\t")
    if len(t) > 90 and t.count("]") >= 3 and (t[:1] == "[" or 0 < t.find("]") <= 12):
        # a portal's whole metadata table on one line ("[ 索引号 ]… [ 成文日期 ]2021-07-23 [ 发布日期 ]2021-07-23 …",
        # its first "[" maybe stripped with the line's lead): each "[ label ]value" cell is read as its own stamp,
        # the best label wins
        cells = _BRACKET_CELL.findall(t if t[:1] == "[" else "[" + t)
        found = [d for d in map(header_date, cells) if d] if len(cells) >= 3 else []
        return min(found, key=lambda d: LABEL_RANK[d[1]]) if found else None
    if not t or len(t) > 90 or not _FOUR_DIGITS.search(t) or _SENTENCE.search(t):
        return None
    dates = _all_dates(t)
    if not dates:
        return None
    best: tuple[int, dt.date, str] | None = None
    for date, s, e in dates:
        before = t[:s]
        kind = next((k for k, pat in HEADER_LABELS.items() if pat.search(before)), None)
        if kind is None and _POSTED_AT.match(t[e:]):
            kind = "publish"  # a WeChat article's header: "某某司法 2024-03-28 18:00 发表于江苏"
        if kind is None:
            if _CLOCK.search(before) or _CLOCK.search(t[e : e + 6]):
                continue  # the page's clock
            kind = "unlabelled"
        elif kind != "publish" and _CLOCK.search(before[-6:] + t[e : e + 6]):
            continue
        rank = LABEL_RANK[kind]
        if best is None or rank < best[0]:
            best = (rank, date, kind)
    if best is None:
        return None
    if best[2] == "unlabelled":
        # nothing but furniture and at most an office's name may stand beside it
        rest = t
        for _, s, e in reversed(dates):
            rest = rest[:s] + " " + rest[e:]
        if ":" in rest:
            rest = _BYLINE_FIELD.sub(" ", rest)
        if "http" in rest or "www." in rest:
            # the portal's own address beside its stamp ("http://www.sina.com.cn 2006年03月19日13:43 新华网"),
            # also without its scheme ("中阳县政府 www.sxzhongyang.gov.cn 2016-03-21 00:00", rn53)
            rest = _URL.sub(" ", rest)
        rest = _FURNITURE.sub(" ", _COUNT.sub(" ", _TIME.sub(" ", rest))).strip()
        parts = [p for p in rest.split() if p]
        if len(parts) == 1 and parts[0].isdigit() and ":" not in t:
            parts = []  # one bare number beside the date: a count whose label was lost ("2019-05-22 1325", rn53)
        dateline = len(parts) == 2 and _OUTLET.search(parts[0]) and _PERSON.match(parts[1])
        if not dateline and (len("".join(parts)) > 16 or any(not _ORG_TAIL.search(p) for p in parts if len(p) > 1)):
            return None
    return best[1], best[2]


# --- a stamp glued to what follows it ------------------------------------------
# A crawler or a copy glued the page's stamp to the story's first sentence or the poster's handle:
#   "2024-12-02 14:00:00 2023年6月21日,浙江湖州……" (a date with its time of day, then the text)
#   " date 2026-03-04 全国政协……" (a crawler's English label) · "admin102025-03-14 18:05:53" (a handle's digits)
# The year is the four digits right before "-MM-DD", whatever digits a handle ends in.
_LEAD_STAMP = rx.compile(
    r"^\s*(?:(?P<label>date|published|posted|pubdate)\s*:?\s*|[A-Za-z][A-Za-z0-9_]{0,20}?)?"
    r"(?P<y>\d\d{3})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?P<time>\s+\d{1,2}:\d{2}(?::\d{2})?)?(?!\d)",
    re.IGNORECASE,
)
# an English field label on a line of its own, its date on the next line ("Published" / "2025-03-27")
_EN_DATE_LABEL = rx.compile(
    r"^\s*(?:published|publication date|date published|release date|posted)\s*:?\s*$", re.IGNORECASE
)


def lead_stamp(text: str) -> dt.date | None:
    """The date a line opens with when it is a stamp glued to what follows: the date must carry its time
    of day or an English date label ("date 2026-03-04 ……"); a bare date opening a sentence is no stamp."""
    head = text.lstrip()[:1]
    if not head or not (head.isdigit() or head.isascii() and head.isalpha()):
        return None
    m = _LEAD_STAMP.match(text)
    if not m or not (m["time"] or m["label"]):
        return None
    return _make(int(m["y"]), int(m["m"]), int(m["d"]))


def english_label_date(text: str, next_text: str) -> dt.date | None:
    """An English date label alone on its line with the date alone on the next ("Published" / "2025-03-27")."""
    if text.lstrip()[:1] not in ("P", "p", "R", "r", "D", "d") or not _EN_DATE_LABEL.match(text):
        return None
    return line_date(next_text)
