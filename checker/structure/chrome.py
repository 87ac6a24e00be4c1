"""Site chrome around a scraped report: navigation, meta lines, share bars,
footers. Such lines are kept apart from the body (words in a site menu are
not the report's), but their publication date is read first.
"""

from __future__ import annotations

from .. import rx
from ..model import Line
from .dates import header_date

_LEAD = rx.compile(r"^[\s•·▪■◆●○◇\-\*【\[|]+")
_LEAD_CHARS = frozenset("•·▪■◆●○◇-*【[|")


def lead_stripped(text: str) -> str:
    """_LEAD.sub("", text), without running the regex on the lines (nearly all)
    whose first character is none of its characters (re's \\s is str.isspace())."""
    if text and (text[0] in _LEAD_CHARS or text[0].isspace()):
        return _LEAD.sub("", text)
    return text


# "label: value" meta lines of government portals (line start).
_META_LABELS = (
    "发布日期|发布时间|信息时间|发布于|更新时间|产生日期|成文日期|生成日期|发文日期|印发日期|"
    "信息来源|信息分类|分类|文章来源|来源|编辑|责任编辑|审核|审校|作者|撰稿|供稿|浏览次数|访问次数|浏览量|"
    "点击数|点击率|阅读次数|阅读|字体|字号|索引号|索 引 号|主题分类|体裁分类|组配分类|服务对象分类|"
    "公开方式|公开范围|公开时限|文件编号|文号|发文字号|发布机构|发文机关|内容概述|主题词|关键词|"
    "有效性|时效|信息名称|标题|标 题|分享到|分享|今天是|当前位置|您所在的位置|您当前的位置|所在位置|"
    "详细地址|邮政编码|联系电话|技术支持电话|技术支持|网站标识码|主办单位|承办单位|主管单位|"
    "视力保护色|打印"
)
# (a table-form header: "索 引 号 | 11620300…/2025-48086 | 主题分类 | …"; a label in brackets: "[ 主题分类 ] 司法")
_META = rx.compile(rf"^(?:{_META_LABELS})\s*[:|\]】]")
# A table-form header whose cells lost their separators: two or more "label value" pairs spaced out on one
# line ("发布机构 兖州区卫生健康局 组配分类 法治政府建设年报", "索  引  号 1137…/2026-00490 公开方式 主动公开").
_SPACED_LABEL = rx.compile(rf"(?:^|\s)(?:{_META_LABELS.replace(' ', '')}|索\s+引\s+号|标\s+题)(?=\s+\S)")


def is_spaced_meta_row(text: str) -> bool:
    """Two or more portal meta labels, each followed by a value after a space, the first at the line's start."""
    if len(text) > _SHORT:
        return False
    # = the first of _SPACED_LABEL.finditer(text) at 0 and a second one after it: a line whose start holds
    # no label (nearly all) is one anchored try, not a search through the whole line
    first = _SPACED_LABEL.match(text)
    return first is not None and _SPACED_LABEL.search(text, first.end()) is not None


# Words that mark a short line as chrome wherever they stand in it. Every alternative starts with a
# literal character (">\s*首页|›\s*首页…", not "[>›»→]\s*首页"): re then skips to the positions where
# one of those characters stands instead of trying every alternative at every position (~7x faster).
_MARKERS = rx.compile(
    r"扫一扫|扫码|打印本页|打印此页|我要打印|关闭窗口|关闭本页|ICP备|ICP 备|公网安备|网站标识码|"
    r"主办单位|承办单位|技术支持|联系我们|网站地图|版权所有|无障碍|视力保护色|字体:|字号|"
    r"分享文章|返回顶部|上一篇|下一篇|收藏本页|加入收藏|设为首页|繁体|简体版|站群导航|"
    r"首页\s*-?[>›»→]|>\s*首页|›\s*首页|»\s*首页|→\s*首页|"
    r"浏览次数|访问次数|阅读次数|浏览量|点击数|相关链接|相关文章|责任编辑|"
    r"设为首页|收藏本站|【字体|字体大小|"
    # an outdated-browser notice above the page ("当前浏览器版本过低……建议您升级或使用其他浏览器。")
    r"浏览器版本过低|升级浏览器|升级或使用其他浏览器|极速模式"
)
# Breadcrumbs and menu bars: three or more short items between separators
# ("首页 -> 政务公开 -> 工作报告", "首页 >> 信息公开 >> 正文", "设为首页 | 收藏本站 | 网站地图").
_CRUMB_SEP = rx.compile(r"\s*(?:->|>>|>|›|»|→|\|)\s*")
_CRUMB_CONT = rx.compile(r"^\s*(?:>|›|»|->|>>)\s*\S{1,14}\s*$")
_CRUMB_START = rx.compile(r"^(?:首页|主页|网站首页|当前位置|您的位置|您现在的位置|您所在的位置|您当前位置)")
_SHORT = 80
_ONLY_SYMBOLS = rx.compile(r"^[\s|·•\-_=~*#>【】\[\]:]*$")
_SOCIAL = rx.compile(r"^(?:微博|微信|关注|分享|打印|收藏|评论|纠错|\s|·|\||/)+$")


_CRUMB_SEP_CHAR = rx.compile(r"[>›»→|]")  # every separator holds one of these
# _ONLY_SYMBOLS, _SOCIAL or _META (each matched at the line's start): one call for the three
_AT_START = rx.compile(rf"{_ONLY_SYMBOLS.pattern[1:]}|{_SOCIAL.pattern[1:]}|{_META.pattern[1:]}")


def is_breadcrumb(text: str) -> bool:
    if not _CRUMB_SEP_CHAR.search(text):  # no separator: one part at most
        return False
    parts = [p for p in _CRUMB_SEP.split(text.strip()) if p]
    if len(parts) >= 2 and _MENU_LEAD.match(text) and all(len(p) <= 24 for p in parts):
        return True  # a menu whose items each open with ">>" (">> 阳光执法 | >> 法治政府建设年度报告和工作要点 |")
    if len(parts) < 2 or any(len(p) > 14 for p in parts):
        return False
    # a table row of figures ("行政复议案件 | 23 | 12") is the report's content, not a menu
    if any(_FIGURE.search(p) for p in parts):
        return False
    return len(parts) >= 3 or bool(_CRUMB_START.match(text.strip()))


# a menu line that opens with a separator: no headline or sentence does
_MENU_LEAD = rx.compile(r"^\s*(?:>>?|»|›)")
_FIGURE = rx.compile(r"^[\d.,%\s]+$|\d+\s*(件|次|人|个|万|元|份|起|项|场|期|%)")


_SLASH = rx.compile(r"\s*/\s*")


def is_slash_breadcrumb(text: str) -> bool:
    """A breadcrumb with slashes from the home page on ("首页/ 政务公开/ 统计信息/ 正文");
    only from the home page, so that "行政许可/行政处罚/行政强制" in a report stays."""
    t = text.strip()
    if not _CRUMB_START.match(t):
        return False
    parts = [p for p in _SLASH.split(t) if p]
    return len(parts) >= 3 and all(len(p) <= 14 for p in parts) and not any(_FIGURE.search(p) for p in parts)


def is_chrome(line: Line, text: str | None = None) -> bool:
    """text: lead_stripped(line.text) when the caller has it."""
    if text is None:
        text = lead_stripped(line.text)
    if _AT_START.match(text):  # only symbols, a social-media bar, a "label: value" meta line
        return True
    if len(text) <= _SHORT and (is_breadcrumb(text) or is_slash_breadcrumb(text) or is_spaced_meta_row(text)):
        return True
    if _CRUMB_CONT.match(line.text):  # a breadcrumb set one item a line ("> 政府信息公开")
        return True
    stamp = header_date(text)
    if stamp and stamp[1] != "unlabelled":  # "发布时间:…", "日期:…" anywhere
        return True
    if "版" in text and _PAPER_PAGE.match(text):  # a newspaper's issue and page line
        return True
    return len(text) <= _SHORT and bool(_MARKERS.search(text))


# "3184 期 / 第7版:科普法制", "第03版:要闻": a newspaper's issue, page and page name above a story
_PAPER_PAGE = rx.compile(r"^(?:\d{1,5}\s*期\s*[/|]?\s*)?第\s*\d{1,2}\s*版\s*[:：]\s*\S{0,12}\s*$")


_HEAD_LIMIT = 20
_NUMBERED = rx.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|\(\s*[一二三四五六七八九十]+\s*\))")
_LETTER = rx.compile(r"^\S{2,30}:$|现将|报送|请审阅|请审议|特此报告")
_ORG_LINE = rx.compile(r"(人民政府|政府|委员会|管委会|办事处|办公室|局|厅|委|区|县|市|镇|乡|街道)$")


def header_end(lines: list[Line], chrome_of=None) -> int:
    """Index of the first line of running text: the page header lies above it.
    chrome_of(i): is_chrome(lines[i]) when the caller has it."""
    for i, line in enumerate(lines[:_HEAD_LIMIT]):
        if _NUMBERED.match(line.text):  # the report's first heading ("一、", "(一)")
            return i
        if (
            len(line.text) > 60
            and not (chrome_of(i) if chrome_of else is_chrome(line))
            and header_date(line.text) is None
        ):
            return i
    return min(len(lines), _HEAD_LIMIT)


def split_chrome(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """(body lines, chrome lines). In the page header, a date stamp without a
    label ("2024-03-28", "区政府办公室 / 2023-12-20") and the page's clock are
    chrome too; below a cover letter's text a bare date under an office's name
    is the letter's signature and stays in the body, as do dates below the
    header (signatures)."""
    body: list[Line] = []
    chrome: list[Line] = []
    texts = [lead_stripped(line.text) for line in lines]
    known: dict[int, bool] = {}  # is_chrome per line, computed once

    def chrome_of(i: int) -> bool:
        got = known.get(i)
        if got is None:
            got = known[i] = is_chrome(lines[i], texts[i])
        return got

    head = header_end(lines, chrome_of)
    letter = False  # a cover letter above the report: salutation or "现将……报送"
    for i, line in enumerate(lines):
        text = texts[i]
        out = chrome_of(i)
        if i < head and _LETTER.search(text):
            letter = True
        if not out and i < head:
            if header_date(text):
                prev = lines[i - 1].text.strip() if i else ""
                signature = (
                    letter
                    and bool(prev)
                    and len(prev) <= 30
                    and all(_ORG_LINE.search(p) for p in prev.split() if p)
                    and header_date(prev) is None
                )
                out = not signature or len(text) > 16
            elif _CLOCK_LINE.search(text) and len(text) <= 40:
                out = True
        (chrome if out else body).append(line)
    return body, chrome


# "天津市某区人民政府 2019年12月3日星期二", "今天是:2019年10月31日 星期三": the page's clock
_CLOCK_LINE = rx.compile(r"(?:今天是|今日是).{0,4}\d{4}\s*年|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*星期")


# Which header dates count, and in what order: dates.header_date / metadata.find_published.
TITLE_LABEL = rx.compile(r"^(?:信息名称|标\s?题|名称)\s*[:|]\s*\|?\s*([^|]+?)[\s|]*$")
