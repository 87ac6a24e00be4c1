"""Title, issuer, report year, publication date and the outline cited."""

from __future__ import annotations

import datetime as dt
import os
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate

from .. import rx
from ..model import Heading, Line, Metadata
from . import chrome, headline
from .dates import LABEL_RANK, english_label_date, find_dates, header_date, lead_stamp, line_date

_TITLE_END = rx.compile(r"(报告|汇报|总结|情况|年报|情况及[^,。]{0,16}(打算|安排|计划|思路))$")
_TITLE_TOPIC = rx.compile(r"法治|依法行政|法制|依法治")
# a column tag before a title ("【2022年】", "【工作报告】"); a 解读 page's genre tag ("【政策解读】") is part of its headline
_TITLE_TAG = rx.compile(r"^【(?![^】]{0,18}解读】)[^】]{0,20}】")
# a news agency's release tag before a title ("(两会受权发布)中国人民政治协商会议……工作报告")
_RELEASE_TAG = rx.compile(r"^[(（][^()（）]{0,12}(?:受权发布|发布|专稿|快讯)[)）]")
# a date or a year after the title ("(2024-02-26)", "(2024年3月1日)", "(2020年)"),
# not an edition or a span ("(2021年版)", "(2021-2025年)")
_TITLE_DATE_SUFFIX = rx.compile(r"\s*\(\s*(?:\d{4}[-年/.]\s*\d{1,2}(?!\d)[^)]{0,12}|\d{4}\s*年)\s*\)\s*$")
# a repost's or a forum's tag before the title ("[转载]", "[原创]"), or the office the reposting site files it
# under ("[法制办]关于2017年度……报告", rn51): the site's, not the title's
_REPOST_TAG = rx.compile(
    r"^\[(?:转载|原创|转帖|推荐|置顶|图文|荐|[\u4e00-\u9fff]{1,8}(?:办|办公室|局|厅|委|委员会|处|中心))\]\s*"
)
# an editor's note after the title that the whole text follows ("……报告(全文)")
_FULLTEXT_SUFFIX = rx.compile(r"\s*\((?:全文|附全文|全文发布|图文)\)\s*$")
# the page's date stamp set on the title's line without brackets ("……情况报告2024-03-28", "……报告 2024年3月28日
# 09:18"): after a title's end (报告, 总结, a closing bracket), nothing else after it
_TITLE_STAMP_SUFFIX = rx.compile(
    r"(?<=[告结)》])\s*(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)
# the document's number in brackets after the title ("……工作报告(潭县自然资字〔2025〕79号)"): the file's
# number, no part of its title
# the date and the number of a 公文 in brackets after its title: "…的意见 ( 2016年6月1日 国发〔2016〕34号)"
_TITLE_DATE_DOC_NO_SUFFIX = rx.compile(
    r"\s*\(\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[^()\s]{0,16}[〔\[]\s*\d{4}\s*[〕\]]\s*\d+\s*号\s*\)\s*$"
)
_TITLE_DOC_NO_SUFFIX = rx.compile(r"\s*\(\s*[^()\s]{0,16}[〔\[]\s*\d{4}\s*[〕\]]\s*\d+\s*号\s*\)\s*$")
# a year, not the end of a range of years ("(2021-2025年)" names a plan's span, not a report year)
# (nor the year of a number: "(2024年第1号)" in an announcement's title)
_YEAR = rx.compile(r"(?<![\d-])(20\d{2}|19\d{2})\s*年(?!\s*第\s*\d+\s*[号期])")
# the year may lose its 年 before 法治/依法 ("沅江路街道2024法治政府建设年度报告")
# (a year written "2025度", its 年 dropped, still ends the name: "东方山街道办事处2025度法治政府建设年度报告")
_ISSUER_BEFORE = rx.compile(r"^(?P<who>.+?)\s*(?:关于|(?<!\d)(?:19|20)\d{2}\s*(?:年|度|(?=法治|依法)))")
# the unit before the topic words, in a title whose year comes last or not at all (not 全市/我区/本局…)
_TOPIC = rx.compile(r"法治政府建设|依法行政工作")
# a report's title that ends as a report does, its year (if any) in brackets after it
_REPORT_END = rx.compile(r"(?:报告|总结)\s*(?:\(\s*(?:19|20)\d{2}\s*年度?\s*\))?$")
_ISSUER_BEFORE_TOPIC = rx.compile(r"^(?![全我本各该])(?P<who>[^\s,。;:《》()]{3,30}?)(?:法治政府建设|依法行政工作)")
_ISSUER_AFTER_YEAR = rx.compile(r"^(?:19|20)\d{2}\s*年度?\s*(?P<who>.+?)(?:法治|依法)")
# 部/署 of a ministry or an office (司法部, 审计署, 行政公署), not of 部署, 签署, 干部, 全部, 内部;
# 厅 of a department (司法厅, 办公厅), not a hall (报到大厅, 展厅)
_ORG_END = rx.compile(
    r"(人民政府|政府|委员会|管委会|管理委员会|办事处|办公室|党组|局|(?<![大展餐客舞门])厅|委|(?<![全内外西东南北中干局支])部|(?<![部签])署|区|县|市|镇|街道)$"
)
# a unit's second name in brackets after its first ("杭州市农业农村局(杭州市乡村振兴局)")
_ALIAS_END = rx.compile(r"\([^()]{2,20}\)$")
# The report's running text begins: no title is looked for below it.
_OPENING = rx.compile(
    r"^(?:(?:19|20)\d{2}\s*年|今年|一年来|近年来|根据|按照|为(?:深入|进一步|全面)|现将)|"
    r"现将|报告如下|汇报如下|情况如下"
)
# A cover letter's own title: the report it sends follows below it.
_COVER = rx.compile(r"^关于(?:报送|呈报|上报|报请|提交|印送|报告)[^,。]*(?:函|报告|请示|通知)$")
# Site names and column names glued to a title: "X报告_某县人民政府", "某网 | 政务公开 | X报告",
# "X报告-国际云顶yd4008".
_SITE_SEPS = ("|", "丨", "_", " - ", "-", "—")
# a portal's name and a separator before the title ("某某市人民政府门户网站-某区2023年度……报告")
_PORTAL_PREFIX = rx.compile(r"^[^\s,。;:]{2,30}?(?:门户网站|政府网站|网站|政府网|官网|信息网|在线)\s*[-—_|:丨]\s*")
# A scraper glued a banner and the title to the opening paragraph:
# "秘书之家—全网资源每日更新www.mishuzj.com湖北省人民政府关于2023年度……报告2023年,省政府……"
_BANNER_URL = rx.compile(r"^.{0,40}?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org)(?:\.cn)?")
_GLUED = rx.compile(r"^(?P<t>[^\s。,;:]{6,70}?(?:报告|情况|总结)(?:材料)?)(?=\s|(?:19|20)\d{2}\s*年|今年|一年来)")
_SENTENCE_MARK = rx.compile(r"[。,;:!?]")
# a document site's blurb above the copy: "《司法局2022上半公共法律服务工作汇报.docx》由会员分享,可在线阅读"
_SHARED_FILE = rx.compile(r"^《(?P<t>[^《》]{6,80}?)\.(?:docx?|pdf|wps|txt|rtf)》由[^,。]{0,12}(?:分享|上传|提供)")
# a document site's name of a file glued to its text with the site's tag between ("……工作总结供借鉴2023年,")
_GLUED_TAGGED = rx.compile(
    r"^(?P<t>[^\s。,;:]{6,60}?(?:报告|汇报|总结|情况))(?:供借鉴|供参考)(?=\s|(?:19|20)\d{2}\s*年|今年|一年来)"
)
# a document site's page mark glued before the title ("第1页共4页", "1、", "1" before the year: "12023年……")
_PAGE_MARK = rx.compile(r"^(?:第\d{1,3}页共\d{1,3}页|\d{1,2}、|\d(?=(?:19|20)\d{2}\s*年))")

# An encyclopedia's lead sentence names the document it copies: "《梧州市人民政府2018年度……报告》是2019年……发布的通知。"
_ENCYCLOPEDIA_LEAD = rx.compile(r"^\s*《(?P<t>[^《》]{6,80})》\s*是")
# A page that opens by publishing the report names it: "……要求,现将《临沧市文化和旅游局2025年度法治政府建设情况报告》予以公布。"
_PUBLISHES_LEAD = rx.compile(r"现将《(?P<t>[^《》]{6,80})》(?:予以|全文)?(?:公布|公开|发布|刊登|印发)")

# 《法治政府建设实施纲要(2021-2025年)》 and the like: what counts as citing an
# outline is data (rulebooks/*.yaml, "outline:" blocks), see find_outline.


# one piece of a 范文 site's collection ("第一篇: 生态环境法治建设情况", "【第1篇】……")
_PIECE = rx.compile(r"^第[一二三四五六七八九十\d]{1,3}篇\s*[:：]|^篇[一二三四五六七八九十]{1,3}(?:\s*[:：]|\s)")
# the label of a metadata block's title row, its characters spaced out ("名 称:", "标 题:"), or glued to the
# title when a table-form header lost its cells' separators ("标题沁县林业局关于2024年……的报告"), or a table's
# label cell with its characters spaced out and no colon ("标      题 西藏自治区人民政府关于……的报告")
_NAME_LABEL = rx.compile(
    r"^(?:名\s*称|标\s*题|信息名称)\s*[:：]\s*|^(?:标\s*题|信息名称)(?=[^\s:：|])|^标\s+题\s+(?=[^\s:：|])"
)
# a cover letter's attachment line ("附件:某区财政局2023年度法治政府建设情况报告") names the report it sends
_ATTACHMENT = rx.compile(r"^附件\s*\d{0,2}\s*[:：]\s*")


_GLUED_FIELD = rx.compile(r"^(?:发文机关|发文日期|发文字号|发布部门|发布日期|时效性|施行日期|效力级别|公布日期)\S")


def _glued_field(text: str) -> bool:
    """A law database's metadata row, its label glued to the value ("发文机关中共某厅党组")."""
    return text[:1] in "发时施效公" and bool(_GLUED_FIELD.match(text))


# a portal's metadata row, its label and value set apart by spaces, no colon ("来源 石泉县应急管理局")
_SPACED_FIELD = rx.compile(r"^(?:来源|信息来源|发布机构|发文机关|发文单位|索引号)[ \u3000\t]+[^\s。,;:：]{2,40}$")


def _spaced_field(text: str) -> bool:
    return text[:1] in "来信发索" and bool(_SPACED_FIELD.match(text))


_FLIPBOOK_PAGE = rx.compile(r"^Page\s?\d{1,4}\s?-\s?")


# the group that wrote a report, after its title and a space ("…的建言报告 四平市政协社会法制和民族宗教委员会专题调研组")
_AUTHORS_AFTER = rx.compile(r"(?<=[报告总结议])\s+[^\s,。;:]{4,40}(?:调研组|课题组|专题组|调查组|工作组)$")


# the names of 文书 (a writ, a letter of advice …): a short headline of its own
_WRIT_ENDS = ("决定书", "判决书", "裁定书", "调解书", "意见书", "建议书", "答复书", "告知书", "通知书")
# a site's listing name that opens with the tail of the file's number ("17号 十三五安全生产规划")
_NUMBER_TAIL = rx.compile(r"^\d{1,4}\s*号\s+\S")


def _piece(text: str) -> bool:
    """A 范文 collection's piece ("第一篇: ……", "篇一 ……"): the title of one piece, not of the page."""
    return text.startswith(("第", "篇")) and bool(_PIECE.match(text))


def _clean_title(text: str) -> str:
    if text.startswith("附件"):
        text = _ATTACHMENT.sub("", text)
    if text.endswith("组") and " " in text:  # "关于……的建言报告 某市政协某委员会专题调研组": its authors after a space
        text = _AUTHORS_AFTER.sub("", text)
    if text[:1] in "名标信" and _NAME_LABEL.match(text):
        text = _NAME_LABEL.sub("", text)  # "名 称: 某区民政局2025年度……报告" (a metadata block's title row)
    if text.startswith("【"):  # what _TITLE_TAG (at the start) needs: most lines are left as they are
        text = _TITLE_TAG.sub("", text)
    if text.startswith("Page"):  # a flipbook's page title ("Page 2 - 省交通运输厅2019年度……年度报告")
        text = _FLIPBOOK_PAGE.sub("", text)
    if text.startswith("["):  # a repost tag ("[转载]")
        text = _REPOST_TAG.sub("", text)
    if text.startswith(("(", "（")):  # what _RELEASE_TAG needs
        text = _RELEASE_TAG.sub("", text)
    # the suffixes in brackets end the text with ")" (and blanks): their regexes, which open with \s*, would
    # otherwise try every position of the line
    if ")" in text and text.rstrip().endswith(")"):
        text = _TITLE_DATE_SUFFIX.sub("", text)
        if text.rstrip().endswith(")"):
            text = _FULLTEXT_SUFFIX.sub("", text)
            if "号" in text and text.rstrip().endswith(")"):
                text = _TITLE_DOC_NO_SUFFIX.sub("", text)
                text = _TITLE_DATE_DOC_NO_SUFFIX.sub("", text)
    if text.rstrip()[-1:].isdigit() or text.rstrip().endswith("日"):  # what _TITLE_STAMP_SUFFIX needs
        text = _TITLE_STAMP_SUFFIX.sub("", text)
    return text.strip(" :")


def looks_like_title(text: str) -> bool:
    t = _clean_title(text)
    return 6 <= len(t) <= 80 and bool(_TITLE_END.search(t)) and bool(_TITLE_TOPIC.search(t))


def strip_site(text: str) -> str:
    """The title part of a line that also names the site or its column."""
    t = _clean_title(text)
    portal = _PORTAL_PREFIX.match(t) if ("网" in t or "在线" in t) else None
    if portal and looks_like_title(t[portal.end() :]):  # "某某市人民政府门户网站-某区2023年度……报告"
        t = t[portal.end() :]
    for sep in _SITE_SEPS:
        if sep not in t or (sep in ("-", "—") and looks_like_title(t)):
            continue
        parts = [p.strip() for p in t.split(sep) if p.strip()]
        titled = [p for p in parts if looks_like_title(p)]
        if titled and len(parts) > 1:
            return max(titled, key=len)
    return t


def _org_line(text: str) -> bool:
    text = _ALIAS_END.sub("", text.strip()) if text.endswith(")") else text
    parts = [p for p in re.split(r"[、\s]+", text.strip()) if p]
    return (
        bool(parts)
        and len(text) <= 40
        and all(_ORG_END.search(p) or _COURT_END.search(p) for p in parts)
        and not (len(parts) > 1 and any(_HONOUR.match(p) for p in parts[1:]))
        and "我" not in text  # "市“八五”普法评估组来我县": a headline about "our county", no office's name
    )


# a news headline split by a space after the place it is about ("泸县 成全省依法治县示范试点县", "某区 获评全国……区"):
# the part after the space says what the place became, no office's name does
_HONOUR = rx.compile(
    r"^(?:成为?|获评?|荣获|入选|被评为|被命名为|被确定为|列入|跻身)(?:全国|全省|全市|全区|首批|国家|省级|市级)"
)


# a court or a procuratorate named on a line of its own, above its judgment ("湖北省武汉市江岸区人民法院" /
# "行 政 判 决 书"): an office's name, no headline
_COURT_END = rx.compile(r"(?:法院|检察院)$")


# spaces a PDF's text layer puts around the digits of a year ("海滨街 2020 年法治政府建设情况报告 2020 年,")
_DIGIT_SPACES = rx.compile(r"(?<=[\u4e00-\u9fff\d])[ \t]+(?=\d)|(?<=\d)[ \t]+(?=[\u4e00-\u9fff])")


def glued_title(text: str) -> str | None:
    """A title glued between a site banner and the opening paragraph."""
    if text.startswith("《") and "》由" in text[:90]:
        m = _SHARED_FILE.match(text)
        if m:  # "《X.docx》由会员分享,可在线阅读……": a document site's blurb names the file it shows
            return m["t"].strip()
    if "_" in text[:81]:
        name, _, after = text.partition("_")
        if 6 <= len(name) <= 80 and after.startswith(name) and not _SENTENCE_MARK.search(name):
            return name.strip()  # "X总结_X总结 今年,……": a document site's page title (name_name) glued to the text
    rest = _BANNER_URL.sub("", text[:160], count=1)
    if rest[:1].isdigit() or rest.startswith("第"):
        rest = _PAGE_MARK.sub("", rest, count=1)
    if " " in rest[:80]:
        rest = _DIGIT_SPACES.sub("", rest)
    m = _GLUED.match(rest)
    if m and looks_like_title(m["t"][:-2] if m["t"].endswith("材料") else m["t"]):  # "……工作报告材料2023年,"
        return m["t"]
    m = _GLUED_TAGGED.match(rest) if "供" in rest[:80] else None
    if m:  # "2023年办公室政务公开工作总结供借鉴2023年,我办……": the site's tag ends the name, on any topic
        return m["t"]
    m = _GLUED_TEMPLATE.match(rest)  # "……工作总结范文一是加强制度建设,……": the word 范文 ends the headline
    if m and looks_like_title(m["t"][: m.start("tag")]):
        return m["t"]
    return None


# a template site's headline glued to the text: it ends with 范文/模板 (and "5篇"), the text follows at once
_GLUED_TEMPLATE = rx.compile(
    r"^(?P<t>[^\s。,;:]{6,70}?(?:报告|汇报|总结|情况)(?P<tag>范文|模板)(?:\d+篇|[一二三四五六七八九十]篇)?)(?!\s*[,。])"
)


def _title_in(
    body: list[Line],
    start: int,
    stop: int,
    chrome_nos: frozenset[int] = frozenset(),
    columns: frozenset = frozenset(),
) -> tuple[str | None, int | None, int | None]:
    """(title, line no, index) of the first title in body[start:stop]; `columns`: headline.crumb_items
    of the page's chrome."""
    for i in range(start, min(stop, len(body))):
        text = strip_site(body[i].text)
        if _piece(text):
            continue  # a 范文 collection's piece ("第一篇: ……情况"), not the page's title
        if columns and len(text) <= 20 and any((n, text) in columns for n in (body[i].no + 1, body[i].no + 2)):
            continue  # a column's name right above the breadcrumb that names it (rn54)
        nxt = strip_site(body[i + 1].text) if i + 1 < len(body) else ""
        if looks_like_title(text) and not _COVER.match(text):
            if nxt.startswith("(") and i + 1 < len(body) and body[i + 1].no - body[i].no <= 2 and _unit_below(nxt):
                return text + nxt, body[i].no, i  # "2024年法治政府建设工作报告" / "(城南街道)"
            return text, body[i].no, i
        # the next line follows directly (a blank line at most, no chrome such as a breadcrumb between)
        adjacent = (
            i + 1 < len(body)
            and body[i + 1].no - body[i].no <= 2
            and not any(body[i].no < n < body[i + 1].no for n in chrome_nos)
        )
        # two items of a bulleted list (a metadata box's values "• 法制" / "• 工作报告") are never one title
        listed = text[:1] in _LIST_BULLETS and nxt[:1] in _LIST_BULLETS
        if len(text) <= 40 and nxt and adjacent and not listed:
            # a title over two lines: "中共X县委 X县人民政府" / "关于2023年……的报告";
            # a column name above a title ("工作报告") is not part of it
            # (a line that stops at the year, "X局2024年度" / "法治政府建设工作报告", is the title's first half)
            if (
                looks_like_title(nxt)
                and not _org_line(text)
                and not _ABOUT_END.search(text)
                and not _YEAR_END.search(text)
            ):
                continue
            if looks_like_title(text + nxt) and not _banner_over_own_title(text, nxt):
                above = body[i - 1] if i > start else None
                if (
                    above is not None
                    and text.startswith("关于")
                    and body[i].no - above.no <= 2
                    and _org_line(strip_site(above.text))
                ):  # the issuer's line, then "关于……" over two lines ("某县人民政府" / "关于2023年度……建设" / "情况的报告")
                    return _clean_title(strip_site(above.text) + text + nxt), above.no, i - 1
                if above is not None and _joint_above(above, body[i], text, chrome_nos):
                    # the party committee's line over the government's ("中共某县某镇委员会" / "某县某镇人民政府" /
                    # "关于2025年……的报告"): the joint issuers, stacked as a 公文 sets them (rn46 凤鸣镇)
                    return _clean_title(strip_site(above.text) + text + nxt), above.no, i - 1
                return _clean_title(text + nxt), body[i].no, i
        if len(text) > 80:
            glued = glued_title(text) if all(_head_furniture(b.text) for b in body[start:i]) else None
            if glued:
                return glued, body[i].no, i
            if _OPENING.search(text):
                break  # the running text: no title above it
    return None, None, None


# a title that opens with its own unit's name, then the year or 关于 ("罗湖区应急管理局2025年……报告")
_OWN_UNIT_HEAD = rx.compile(
    r"^[^\s,。;:]{2,30}?(?:局|委|厅|办|院|署|政府|办事处|管委会|中心|大队)\s*(?=关于|(?:19|20)\d{2}\s*年)"
)


def _banner_over_own_title(text: str, nxt: str) -> bool:
    """A unit's line that is not a party committee's ("深圳市罗湖区人民政府", the portal's banner) over a title that
    names its own unit ("罗湖区应急管理局2025年法治政府建设年度报告"): the banner is not part of the title (rn49).
    A party committee over the government's "关于……" title stays joint (_joint_above)."""
    return _org_line(text) and not _PARTY_LINE.match(text.strip()) and bool(_OWN_UNIT_HEAD.match(nxt.strip()))


# a party committee's name on a line of its own ("中共某县某镇委员会", "中共某县委", "某镇党委")
_PARTY_LINE = rx.compile(r"^中共\S{2,30}(?:委员会|委)$|^\S{2,30}(?:党委|党工委)$")


def _joint_above(above: Line, line: Line, text: str, chrome_nos: frozenset[int]) -> bool:
    """Whether `above` is a party committee's line stacked right over `line`, the government's line that starts a
    title ("中共某县某镇委员会" / "某县某镇人民政府" / "关于……的报告"): both issuers belong to the title."""
    if "委" not in above.text or line.no - above.no > 2 or any(above.no < n < line.no for n in chrome_nos):
        return False
    up = strip_site(above.text).strip()
    return bool(_PARTY_LINE.match(up)) and _org_line(text) and "政府" in text and not text.startswith("关于")


# the unit that reports, in brackets on the line under a title without it ("(城南街道)", "(县司法局)")
_UNIT_IN_BRACKETS = rx.compile(r"^\(([^()\s,。;:]{2,20})\)$")


def _unit_below(text: str) -> bool:
    m = _UNIT_IN_BRACKETS.match(text.strip())
    return bool(m) and bool(_ORG_END.search(m.group(1)))


# the marks that open the items of a bulleted list on a saved page
_LIST_BULLETS = "•·▪■◆●"
# a line that stops right after a year ("吴兴区退役军人事务局2024年度"): a title broken after its year
_YEAR_END = rx.compile(r"(?:19|20)\d{2}\s*年度?$")
# an issuer's name and 关于 on a line of their own: the title goes on below ("郑州市教育局关于" / "2022年……的报告")
# (also a unit publishing its own report: "湖南省人民政府公布" / "2017年度法治政府建设情况", rn44)
_ABOUT_END = rx.compile(r"^[^\s,。;:]{2,38}\s*(?:关于|(?<=[府委局厅部署办区县市州旗盟镇乡])公布)$")
# a 公文's red header ("X县人民政府文件") or its document number ("X府发〔2024〕3号") on a line of its own,
# in a report sent up (上行文) with the one who signed it ("X府文〔2024〕3号    签发人:张明", or that alone)
_RED_HEADER = rx.compile(r"^[^\s,。;:]{2,38}文件$")


# a document site's copy of a file opens with the file's name ("海滨街2020年法治政府建设情况.docx")
_FILE_NAME = rx.compile(r"^\S{2,80}\.(?:docx?|pdf|wps|rtf|txt)$", re.IGNORECASE)


def _head_furniture(text: str) -> bool:
    """A line above a 公文's title that is no part of it: the red header or the document number
    (or, on a document site, the file's name)."""
    t = text.strip()
    if t[-4:].lower() in (".doc", "docx", ".pdf", ".wps", ".rtf", ".txt") and _FILE_NAME.match(t):
        return True
    # (a document number holds 号, a signer's line 签; a red header ends in 文件: most lines have none)
    if ("号" in t or "签" in t) and headline.DOC_NUMBER_LINE.match(t):
        return True
    return t.endswith("文件") and bool(_RED_HEADER.match(t)) and _org_line(t[:-2])


# a notice that issues a document, copied without its own headline: its salutation ("各市市场监督管理局,……:"),
# the sentence naming what it issues ("《X规划(2021-2025年)》已经……通过,现印发给你们"), signature and date; then
# the issued document's own title, often over two lines ("X规划" / "(2021-2025年)"): that is the page's title
_ISSUES = rx.compile(
    r"《(?P<t>[^《》]{6,80})》[^。]{0,40}(?:现(?:印发|转发)给你们|现予(?:印发|公布)|印发你们|请认真贯彻(?:执行|落实))"
)
_SALUTATION_END = (":", "：")


def _issued_title(body: list[Line], first_head: int) -> tuple[str, int] | None:
    """(title, index of its first line) of the document a headless notice issues, when the page shows that title."""
    top = 0
    while top < min(3, len(body)) and _head_furniture(body[top].text):  # the document number above the salutation
        top += 1
    if len(body) < top + 4 or not body[top].text.rstrip().endswith(_SALUTATION_END) or len(body[top].text) > 80:
        return None
    for k in (top + 1, top + 2):
        if "《" not in body[k].text:
            continue
        m = _ISSUES.search(body[k].text)
        if not m:
            continue
        name = "".join(m["t"].split())
        for i in range(k + 1, min(first_head, k + 12, len(body))):
            t = "".join(body[i].text.split())
            if len(t) < 6 or not name.startswith(t):
                continue
            if t == name:
                return body[i].text.strip(), i
            nxt = body[i + 1].text.strip() if i + 1 < len(body) and body[i + 1].no - body[i].no <= 2 else ""
            if nxt and t + "".join(nxt.split()) == name:
                return body[i].text.strip() + nxt, i
        return None
    return None


_YEAR_FIRST = rx.compile(r"^(?:19|20)\d{2}\s*年")


def _unit_over_repeat(body: list[Line], idx: int, first_head: int, title: str) -> tuple[str, int, int] | None:
    """(unit + title, line no, index of the unit's line) when a title without its issuer ("2023年……年度报告", the
    article's headline) is repeated further down under the unit's name on a line of its own ("广元市人力资源和社会保障局" /
    "2023年……年度报告", the document's own title block, rn45): the unit's line is the title's first half. (In an
    office's .docx of the page the unit and the title are one centred line: that line is the title.)"""
    if not _YEAR_FIRST.match(title) or issuer_from_title(title):
        return None  # (another kind's headline, "议题解读:关于……", over its metadata table's office is not this shape)
    want = "".join(title.split())
    for j in range(idx + 1, min(first_head, idx + 10, len(body))):
        got = "".join(strip_site(body[j].text).split())
        if got != want and got.endswith(want) and _org_line(got[: -len(want)]):
            return _clean_title(strip_site(body[j].text)), body[j].no, j  # the unit and the title on one line
        if got != want:
            continue
        if j - 1 <= idx:
            return None
        above = body[j - 1]
        unit = strip_site(above.text)
        if body[j].no - above.no <= 2 and _org_line(unit) and " " not in unit.strip():
            return _clean_title(unit + title), above.no, j - 1
        return None
    return None


def find_title(
    body: list[Line], heads: list[Heading], chrome_lines: list[Line], hint: str | None
) -> tuple[str | None, int | None]:
    meta = find_title_ex(body, heads, chrome_lines, hint)
    return meta[0], meta[1]


def find_title_ex(
    body: list[Line], heads: list[Heading], chrome_lines: list[Line], hint: str | None
) -> tuple[str | None, int | None, str | None, int | None]:
    """(title, line no, cover letter's title, index of the title line in body)."""
    first_head = heads[0].index if heads else len(body)
    chrome_nos = frozenset(c.no for c in chrome_lines[:40])
    if body and _COVER.match(strip_site(body[0].text)):
        # a cover letter: the report's own title follows its signature
        letter = strip_site(body[0].text)
        title, no, idx = _title_in(body, 1, min(first_head, 40), chrome_nos)
        if title:
            return title, no, letter, idx
        named = _named_in_cover(body, letter, min(first_head, 40))
        if named:
            return named[0], named[1], letter, named[2]
    # the first eight lines, not counting a red header or a document number (a 公文's furniture)
    window = 8 + sum(_head_furniture(b.text) for b in body[:10])
    # a bulleted metadata list, each label and value on its own bullet ("• 发布机构" / "• 保山市林业和草原局")
    window += sum(1 for k in range(min(len(body), 16)) if body[k].text[:1] == "•" and headline.furniture(body, k))
    columns = headline.crumb_items(chrome_lines[:40]) if chrome_lines else frozenset()
    title, no, idx = _title_in(body, 0, min(first_head, window), chrome_nos, columns)
    if title:
        own = _report_under_letter(body, idx, first_head, chrome_nos)
        if own:  # the title found is a cover letter's (a 报告 that sends the report)
            return own[0], own[1], title, own[2]
        fuller = _unit_over_repeat(body, idx, first_head, title)
        if fuller:  # the article's bare headline, then the document's own title block with its unit's line
            return fuller[0], fuller[1], None, fuller[2]
        return title, no, None, idx
    if hint and looks_like_title(strip_site(hint)):
        return strip_site(hint), None, None, None
    lead = _ENCYCLOPEDIA_LEAD.match(body[0].text) if body else None
    if lead and looks_like_title(lead["t"]):  # an encyclopedia copy: "《X报告》是2019年X发布的通知。"
        return lead["t"].strip(), body[0].no, None, None
    lead = _PUBLISHES_LEAD.search(body[0].text) if body and "现将《" in body[0].text else None
    if lead and looks_like_title(lead["t"]):  # "现将《X报告》予以公布。" then the report without its title line
        return lead["t"].strip(), body[0].no, None, None
    by_no = {b.no: b for b in body[: min(first_head, 16)]}
    for line in _label_lines(body, first_head, chrome_lines):
        raw = chrome.lead_stripped(line.text)
        below = by_no.get(line.no + 1) if _EMPTY_TITLE_LABEL.match(raw) else None
        if below is not None and 4 <= len(strip_site(below.text)) <= 80:  # "标题:" / its value on the next line
            return strip_site(below.text), below.no, None, None
        m = chrome.TITLE_LABEL.match(raw)
        if m and 4 <= len(strip_site(m.group(1))) <= 80:  # the page says this is its title
            return strip_site(m.group(1)), line.no, None, None
        m = _META_PREFIXED.match(raw)
        if m and looks_like_title(strip_site(m.group(1))) and not _CATEGORY_VALUE.search(raw):
            return strip_site(m.group(1)), line.no, None, None
    issued = _issued_title(body, first_head)
    if issued:  # a notice without its headline, then the title of the document it issues
        return issued[0], body[issued[1]].no, None, issued[1]
    # a title on another topic (e.g. a 政府信息公开工作年度报告): the first line,
    # if it is shaped like a report's title, so that the reader sees what it is
    # (the page's furniture above it, such as a search box's prompts or a bulleted metadata list, not counted)
    # (nor a 范文 collection's piece, "篇一 关于……的调研报告": the title of one piece, not of the page)
    top_idx = [
        k for k in range(min(first_head, 14, len(body))) if not headline.furniture(body, k) and not _piece(body[k].text)
    ]
    top_idx = top_idx[:3]
    top = [body[k] for k in top_idx]
    bare = None  # a title without its issuer, used when no fuller form follows
    for i, line in enumerate(top):
        k = top_idx[i]
        nxt = body[k + 1].text if k + 1 < len(body) else ""
        if i < 2 and looks_like_other_title(line.text):
            if issuer_from_title(_clean_title(line.text)):
                return _clean_title(line.text), line.no, None, None
            bare = bare or line
        glued = _GLUED_OTHER.match(line.text) if i < 2 and len(line.text) > 60 else None
        if glued and looks_like_other_title(glued["t"]) and issuer_from_title(_clean_title(glued["t"])):
            return _clean_title(glued["t"]), line.no, None, None
        # "X县司法局" / "2024年……年度报告", the two set together (a site's banner above a breadcrumb is no issuer)
        joined = k + 1 < len(body) and not any(line.no < n < body[k + 1].no for n in chrome_nos)
        if joined and _org_line(line.text) and looks_like_other_title(nxt):
            return _clean_title(line.text + nxt), line.no, None, None
    if bare is not None:
        return _clean_title(bare.text), bare.no, None, None
    # any other document (a news item, a notice): its headline, a short line with
    # the page's date stamp right below it, so that the reader sees what the text is
    stamps = [c.no for c in chrome_lines if header_date(chrome.lead_stripped(c.text))]
    cands = _headline_candidates(body, first_head)
    for i in cands:
        line = body[i]
        if len(line.text) > 80:
            break
        if line.text.startswith("|"):
            continue  # a row of a metadata table, its date cell the stamp below it
        text = _no_fulltext_mark(headline.headline_form(strip_site(line.text)))
        # the next line of the page (the column tag or metadata bullets under a headline aside)
        nxt = next((b for b in body[i + 1 : i + 6] if not headline.not_headline(b.text)), None)
        after = nxt.no if nxt is not None else line.no + 4
        if (
            6 <= len(text) <= 50
            and not _NOT_HEADLINE.search(line.text)
            and header_date(text) is None
            and not _org_line(text)  # the issuer's name above its date, not a headline
            and not _DOC_NO.search(text)  # a metadata list's values: the document number, the index number
            and not _glued_field(text)  # a metadata row, label glued to value
            and not re.fullmatch(r"[\d\W_]+", text)
            and any(line.no < n <= min(line.no + 3, after) for n in stamps)
        ):
            return headline.complete(body, i, text), line.no, None, i
    # (a law database's metadata rows in 【】 or a site footer's rows above the headline are not counted)
    lead = 0
    crumbed = False  # the first line was a site's crumb ending in the headline below it
    # (and a spam site's keyword banner above the copied page)
    while lead < min(first_head, 10, len(body)):
        t = body[lead].text
        if t.startswith(("【", "主办", "投稿")) and headline.not_headline(t):
            lead += 1
        elif _glued_field(t):
            lead += 1  # a law database's metadata row, its label glued to the value ("发文机关中共某厅党组")
        elif _spaced_field(t):
            lead += 1  # a portal's metadata row, label and value apart ("来源 石泉县应急管理局")
        elif (t.count(",") + t.count("|")) >= 5 and headline.keyword_banner(t):
            lead += 1
        elif lead == 0 and t.count(",") == 4 and _KEYWORD_BANNER_5.match(t):
            lead += 1  # a spam banner of five phrases above the copy (keyword_banner needs six)
        elif _CONTACT_ROW.match(t) or (
            lead == 0 and len(t) <= 30 and lead + 1 < len(body) and _CONTACT_ROW.match(body[lead + 1].text)
        ):
            lead += 1  # a site's masthead: its name and contact rows above the page
        elif lead == 0 and headline.SITE_BRAND.match(t):
            lead += 1  # a site's name and its Latin name ("快好知 kuaihz") above the copied article
        elif lead == 0 and "网" in t and headline.SITE_NAME.match(t.strip()):
            lead += 1  # a site's name and its description ("法搜网--中国法律信息搜索网") above the copied file
        elif t.endswith("/>") and _TAG_TAIL.search(t):
            lead += 1  # the tail of an HTML attribute the copy opens with ("--以……为视角\"/>")
        elif t.startswith("-") and _DOC_SITE_STAT.match(t):
            lead += 1  # a document site's counts above the copy ("- 约1.38万字" / "- 约 26页" / "- 举报")
        elif lead == 0 and _crumb_over_headline(t, body[1].text if len(body) > 1 else ""):
            lead += 1  # a site's name and column before the headline, the headline printed again below
            crumbed = True
        else:
            break
    # a Word page-number field the copy spelled out ("PAGE" / "1-") is not counted either
    fields = sum(1 for b in body[lead : lead + 6] if _FIELD_CODE.match(b.text))
    # and a short breadcrumb ("行业建设>协会章程") with its column's name repeated under it ("协会章程")
    for k in range(lead, min(lead + 4, len(body) - 1)):
        crumb = body[k].text.strip()
        if headline.short_crumb(crumb):
            fields += 1 + (body[k + 1].text.strip() == re.split(r"[>›»]", crumb)[-1])
            break
    top = body[: min(first_head, 4 + lead + fields)]
    # else the first line that reads as a headline: not a column name or an app banner (short),
    # not a newspaper's issue line or a stamp (it holds a date), not a red-header "X人民政府文件"
    for i, line in enumerate(top[: 3 + lead + fields]):
        if i < lead:
            continue
        if "本文主要内容" in line.text:  # a paper site's blurb after the title ("……探讨,本文主要内容关键词为:……")
            cut = _PAPER_BLURB.sub("", line.text)
            line = Line(line.no, cut) if cut != line.text else line
        if i == lead and line.text.endswith("。") and line.text.count("。") <= 2:
            below = _under_blurb(body, i)
            if below is not None:  # a site's blurb of a sentence or two above the title
                return headline.complete(body, below, body[below].text.strip()), body[below].no, None, below
        if len(line.text) > 80:
            break
        if _piece(line.text):
            continue  # a collection's piece: its own title follows ("第一篇:X(精选)" / "X")
        if line.text.startswith("|"):
            continue  # a row of a metadata table ("| 公开形式 | 责任部门 | ||") is no headline
        if _SECTION_LABEL.match(line.text):
            break  # an article's first section ("引言:……"): the text begins, its headline is not on the page
        text = headline.headline_form(_headline(line.text))
        if text[:1].isdigit() and _NUMBER_TAIL.match(text):
            continue  # "17号 十三五安全生产规划": a listing's name with the tail of the document number before it
        if i == lead and headline.media_banner(text):
            break  # a publisher's masthead and its slogans: a headline would sit right above the date stamp
        block = headline.block_below(body, i) if _org_line(text) else None
        if block:  # a red-header notice's headline: issuer / 关于…… / …的通报
            return block, line.no, None, None
        if _org_line(text):
            if all(_head_furniture(b.text) for b in body[lead:i]) and _portal_stamp_under(line, chrome_lines):
                return text, line.no, None, i  # a portal's column titles each unit's report with the unit's name
            continue  # an office's name alone (a court's report opens so) is no headline
        # (a date in brackets after the headline is its stamp: "……专题述法会 (2024-01-15)")
        dated = find_dates(_TITLE_DATE_SUFFIX.sub("", _TITLE_DATE_DOC_NO_SUFFIX.sub("", line.text)))
        # (a 文书's name on the page's first line is a headline of five to seven characters: "行政复议决定书",
        # "检察建议书"; set under a court's name, "行 政 判 决 书" is the judgment's own heading, not the page's)
        # (nor is a short title too short when the line under it tells where it was delivered, "述职报告" /
        # "——2005年7月27日在……会议上", or when it is the first line under a document site's counts, "- 约 6页" /
        # "宪法意识调查")
        short = (
            len(text) < 8
            and not (i == lead and len(text) >= 5 and text.endswith(_WRIT_ENDS))
            and not (len(text) >= 4 and i + 1 < len(body) and headline.DELIVERY.match(body[i + 1].text.strip()))
            and not (crumbed and i == lead and len(text) >= 4)  # printed twice: in the crumb and as the headline
            and not (
                i == lead > 0
                and len(text) >= 4
                and _DOC_SITE_STAT.match(body[i - 1].text)
                and not _BARE_GENRE.match(text)  # the site's category ("研究报告"), the document's name below it
            )
        )
        if short or dated or text.endswith("文件") or headline.not_headline(line.text):
            continue
        if _DOC_NO.search(text):
            continue  # the document's number (四政函〔2020〕103号) under a red header
        if (
            len(text) <= 50
            and not _NOT_SENTENCE_HEAD.search(line.text)
            and ("," not in text or _comma_headline(body, i, text))
            and not re.fullmatch(r"[\d\W_]+", text)
        ):
            below = _under_kicker(body, i, chrome_lines) if len(text) <= 30 else None
            if below is not None:  # a newspaper's kicker (引题) above the headline: the headline is the line below
                return headline.complete(body, below, _headline(body[below].text)), body[below].no, None, below
            kind = _kind_below(body, i) if text.endswith("的") else ""
            if kind:  # "关于印发……规划的" / "通    知"
                return text + kind, line.no, None, i
            return headline.complete(body, i, text), line.no, None, i
        break  # a sentence: the running text begins
    notice = _notice_above_addressees(body, first_head)
    if notice is not None:
        text = body[notice].text.strip()
        if text.endswith("的"):  # its 文种 on the next line: "通    知"
            text += _kind_below(body, notice)
        return text, body[notice].no, None, notice
    # a copy that opens with the document's name glued to its first heading (not a 文档简介 block's text,
    # which a document site sets under its own headline: the set labels those pages with no title)
    m = _GLUED_AT_HEADING.match(body[0].text) if body else None
    if m:
        return m["t"], body[0].no, None, 0
    # a test paper's or an exercise sheet's name glued to its first part ("……能力测试试卷(四)一、单项选择题(……)")
    head = body[0].text[:60] if body else ""
    m = _GLUED_PAPER.match(body[0].text) if "试" in head or "题" in head else None
    if m:
        return m["t"], body[0].no, None, 0
    return None, None, None, None


# a document's name glued to its first heading or first piece on a document or 范文 site:
# "学校法治建设方面的方案模板范文一、学校……", "2023年依法治镇工作一、认真贯彻……", "乡镇……工作方案【5篇】第一篇:……"
_GLUED_AT_HEADING = rx.compile(
    r"^(?P<t>[^\s。,;:、!?“”()]{4,40}?(?:工作|方案|总结|报告|汇报|计划|要点|意见|范文|模板|【\d{1,2}篇】))"
    r"(?:一、|第一篇\s*:)"
)


# a test paper's name (its number in brackets after it) glued to its first part: "安徽省公务员“学法用法”能力测试试卷(四)
# 一、单项选择题", "……法律知识竞赛试题第一部分"
_GLUED_PAPER = rx.compile(
    r"^(?P<t>[^\s。,;:!?]{4,50}?(?:试卷|试题|测试题|考试题|习题|练习题|竞赛题)"
    r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）])?(?:及答案|(?:和|与)答案|答案)?)"
    r"(?:一、|第一部分|第一题)"
)
# a metadata row whose report-like value is a category's ("组配分类: | 法治政府建设年度工作报告 |"): a column, no title
_CATEGORY_VALUE = rx.compile(r"分类\s*:\s*\|\s*[^|\s]{0,30}(?:报告|总结)\s*\|\s*$")
# a site's masthead: its name, then its contact rows ("地址 ……", "电话 ……", "传真", "邮编", "邮箱")
_CONTACT_ROW = rx.compile(r"^(?:地\s*址|电\s*话|传\s*真|邮\s*编|邮\s*箱|E-?mail)\s*[::]?\s*\S")
# a spam site's keyword banner of five short phrases between commas, the first line of the page
_KEYWORD_BANNER_5 = rx.compile(r"^(?:[^,|。;:!?“”《》]{2,18},){4}[^,|。;:!?“”《》]{2,18}$")
# the end of an HTML tag's attribute left at the top of a copied page ('……为视角"/>')
_TAG_TAIL = rx.compile(r"[\"']\s*/>$")
# an article's section label opening a line ("引言:司法局在社会治理中的核心作用"): a section, not the headline
_SECTION_LABEL = rx.compile(r"^(?:引言|前言|导言|导语|结语|结论|结束语|小结)\s*:")
# a document site's counts, one a bullet, above the copied document ("- 0", "- 约1.38万字", "- 约 26页",
# "- 2026-03-05 发布于山东", "- 举报")
_DOC_SITE_STAT = rx.compile(
    r"^-\s*(?:\d{1,6}|约\s*[\d.]+\s*(?:万字|千字|字|页)|\d{4}-\d{1,2}-\d{1,2}\s*(?:发布于\S{0,8})?|举报|收藏|分享|下载)$"
)


def _crumb_over_headline(text: str, nxt: str) -> bool:
    """A 范文 or document site's top line, its name and column then the headline, words between spaces
    ("美章网 资料文库 县政府报告范文"), with the headline printed again on the next line ("县政府报告范文")."""
    parts = text.split()
    n = nxt.strip()
    return 3 <= len(parts) <= 5 and len(n) >= 4 and parts[-1] == n and ("网" in parts[0] or "站" in parts[0])


# a genre's name alone ("研究报告", "工作总结"): a document site's category, not a document's name
_BARE_GENRE = rx.compile(
    r"^(?:研究|调研|调查|工作|述职|专题|分析|情况|学术|毕业)?(?:报告|总结|论文|方案|计划|材料|范文)$"
)
# a Word field a converted document spelled out: "PAGE", "1-", "- 2 -", "NUMPAGES"
_FIELD_CODE = rx.compile(r"^(?:PAGE|NUMPAGES|MERGEFORMAT|\*?\s*MERGEFORMAT|-?\s*\d{1,3}\s*-)$")


# a 公文's headline: "(issuers) 关于……的通知" (印发 a plan, 转发 a notice), however long
_NOTICE_HEADLINE = rx.compile(r"^[^。;!?:,]{0,40}关于[^。;!?:]{4,90}的(?:通知|通报|决定|意见|批复|函|公告|通告)$")
# the addressees under it: "各县(区)委、县(区)人民政府,……,各人民团体:"; a department's notice to its own
# offices opens with its 机关 ("局机关各股室,应急救援技术中心、安全生产监察大队:")
_ADDRESSEES = rx.compile(r"^(?:[局厅委办部院]机关)?各[^。;!?]{2,200}:$")


_NOTICE_KINDS = frozenset(("通知", "通报", "决定", "意见", "批复", "公告", "通告"))


def _kind_below(body: list[Line], i: int) -> str:
    """The 文种 a 公文 sets spaced on a line of its own right under its headline ("关于印发……规划的" /
    "通    知"), or ""."""
    if i + 1 < len(body) and body[i + 1].no - body[i].no <= 2:
        kind = "".join(body[i + 1].text.split())
        if kind in _NOTICE_KINDS:
            return kind
    return ""


def _notice_above_addressees(body: list[Line], first_head: int) -> int | None:
    """The index of a 公文 notice's headline among the first lines, set right above the
    notice's addressees (a metadata box above it on a government site: the headline is
    longer than a news headline and has no date stamp under it)."""
    for i in range(min(first_head, 14, len(body) - 1)):
        text = body[i].text.strip()
        kind = _kind_below(body, i) if text.endswith("的") and "关于" in text and i + 2 < len(body) else ""
        if kind and _NOTICE_HEADLINE.match(text + kind) and not headline.not_headline(text):
            nxt = body[i + 2]
            if nxt.no - body[i + 1].no <= 10 and _ADDRESSEES.match(nxt.text.strip()):
                return i
        if "关于" in text and _NOTICE_HEADLINE.match(text) and not headline.not_headline(text):
            nxt = body[i + 1]
            # (blank lines and the page's stamp row between: "朝交发 [2022] 97号关于印发《…》的通知" / 时间:… / … / 各县…:)
            if nxt.no - body[i].no <= 10 and _ADDRESSEES.match(nxt.text.strip()):
                return i
    return None


# the report a cover letter's title names: "关于报送《浦东新区财政局2023年度法治政府建设情况报告》的报告"
_COVER_NAMES = rx.compile(r"《(?P<t>[^《》]{6,80})》")


def _named_in_cover(body: list[Line], letter: str, stop: int) -> tuple[str, int, int | None] | None:
    """(title, line no, index) of the report a cover letter's title names in 《》, where the
    report's own title stands below the letter (on one line or over two: "……法治政府建设" /
    "情况报告"); else the named title, at the letter's line, when the page stops before it."""
    m = _COVER_NAMES.search(letter)
    if not m or not looks_like_title(m["t"]):
        return None
    want = re.sub(r"\s+", "", m["t"])
    for i in range(1, min(stop, len(body))):
        one = re.sub(r"\s+", "", body[i].text)
        two = one + re.sub(r"\s+", "", body[i + 1].text) if i + 1 < len(body) else one
        if one == want or (two == want and len(one) < len(want)):
            return m["t"], body[i].no, i
    return m["t"], body[0].no, None


# a cover letter's text: it sends the report and asks to read it ("现呈送我委2023年度……报告,请审阅")
_SENDS = rx.compile(
    r"(?:呈送|报送|呈报|上报|报上|送上|印送).{0,60}(?:请审阅|请审议|请审示|请审定|请阅示|请予审阅|请查阅|请审核)"
)


def _report_under_letter(
    body: list[Line], idx: int, first_head: int, chrome_nos: frozenset[int]
) -> tuple[str, int, int] | None:
    """(title, line no, index) of the report a cover letter sends, when the title at
    body[idx] heads a letter ("……关于2023年度法治政府建设情况的报告" / "省委、省政府:" /
    "……现呈送……报告,请审阅。" / signature) and the report's own title follows it."""
    stop = min(first_head, idx + 12, len(body))
    for j in range(idx + 1, stop):
        if "请" in body[j].text and _SENDS.search(body[j].text):  # (every match holds 请: most lines need no search)
            title, no, k = _title_in(body, j + 1, min(stop, j + 6), chrome_nos)
            if title and no is not None and k is not None:
                return title, no, k
            return None
    return None


def _label_lines(body: list[Line], first_head: int, chrome_lines: list[Line]) -> list[Line]:
    """The chrome, then the header's body lines: a "名称: ……" line of a 政府信息公开
    metadata table is kept in the body (its label is not a site's), but names the page."""
    return chrome_lines + [line for line in body[: min(first_head, 12)] if chrome.TITLE_LABEL.match(line.text)]


def _headline_candidates(body: list[Line], first_head: int, limit: int = 3, scan: int = 12) -> list[int]:
    """Indices of the lines that may be a look-alike's headline: the first four lines
    above the first heading, and the first `limit` ones not counting a site menu set
    one item a line (short items) or the page's furniture (column tag, banner,
    metadata bullets)."""
    out: list[int] = []
    for i, line in enumerate(body[: min(first_head, scan)]):
        if len(out) >= limit:
            break
        if len(line.text) < 6 or headline.furniture(body, i):
            continue
        out.append(i)
    first = [i for i in range(min(first_head, 4, len(body))) if not headline.furniture(body, i)]
    return sorted(set(out) | set(first))


# a portal article's stamp row: its time and its source ("时间:2021-03-22 17:13 来源:杭州市人民政府门户网站 浏览次数:",
# "发布日期:2021年03月22日  信息来源:杭州市市场监管局")
_PORTAL_STAMP = rx.compile(
    r"^(?:发布)?(?:时间|日期)\s*:\s*(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?:信息)?来源\s*:"
)


def _portal_stamp_under(line: Line, chrome_lines: list[Line]) -> bool:
    """A portal's time-and-source row sits right under `line`: `line` is the article's headline as the portal
    shows it, even when it is a unit's name alone."""
    return any(c.no == line.no + 1 and _PORTAL_STAMP.match(c.text.strip()) for c in chrome_lines[:8])


def _under_blurb(body: list[Line], i: int) -> int | None:
    """The index of a title set under a site's one-sentence blurb ("县区八五普法工作扎实推进,……持续增强。" /
    "县区“八五”普法工作总结" / the text): short, ending as a title ends, a paragraph right under it."""
    j = i + 1
    if j + 1 >= len(body) or body[j].no - body[i].no > 2 or len(body[i].text) > 100:
        return None
    t = body[j].text.strip()
    if not 6 <= len(t) <= 40 or _NOT_SENTENCE_HEAD.search(t) or "," in t or not headline.ends_title(t):
        return None
    if headline.not_headline(t) or find_dates(t):
        return None
    para = body[j + 1].text
    return j if body[j + 1].no - body[j].no <= 2 and len(para) >= 60 and "。" in para else None


def _under_kicker(body: list[Line], i: int, chrome_lines: list[Line]) -> int | None:
    """The index of a newspaper headline set under a kicker (引题): body[i] is a short line, a blank line,
    then the headline, and right under the headline the paper's dateline ("仙游今报 2023年09月06日 唐伟")
    ("推动公民法治素养提升" / "" / "市“八五”普法评估组来我县" / the dateline)."""
    j = i + 1
    if j >= len(body) or body[j].no - body[i].no != 2:
        return None
    t = body[j].text.strip()
    if not 6 <= len(t) <= 50 or _NOT_SENTENCE_HEAD.search(t) or "," in t or headline.not_headline(t):
        return None
    want = body[j].no + 1
    under = next((c.text for c in chrome_lines[:40] if c.no == want), None)
    if under is None and j + 1 < len(body) and body[j + 1].no == want:
        under = body[j + 1].text
    if under is None or any(c.no == body[i].no + 1 for c in chrome_lines[:40]):
        return None
    under = under.strip()
    return j if len(under) <= 60 and not find_dates(t) and find_dates(under) else None


def _comma_headline(body: list[Line], i: int, text: str) -> bool:
    """A news headline with a comma ("给行政执法“挑”错, 司法部首次点名通报") as the page's first line: short,
    no sentence's end, not a report's opening, and a paragraph (longer, with 。) right below it, or below the
    page's widgets under the headline ("• 打印" / "• 收藏" / "收藏成功")."""
    if i != 0 or len(text) > 40 or i + 1 >= len(body) or _OPENING.search(text) or _LABELLED.match(text):
        return False
    below = next(
        (b.text for b in body[i + 1 : i + 6] if len(b.text.strip()) > 6 and not headline.not_headline(b.text)), ""
    )
    return "。" in below and len(below) >= max(60, 2 * len(text)) and text.count(",") <= 2


# a labelled line of an article's front matter ("作者简介:严冬峰,……"), never a headline
_LABELLED = rx.compile(r"^(?:作者|作者简介|编者按|编者的话|摘\s?要|内容提要|提要|来源|简介|导语)\s*[:：]")
# a paper site's keyword blurb glued after the title ("……的行政侵权责任探讨,本文主要内容关键词为:几种论文,……")
_PAPER_BLURB = rx.compile(r"\s*,\s*本文主要内容关键词为\s*:.*$")
_NOT_SENTENCE_HEAD = rx.compile(r"[。;:,]$|[。;]|^[(（]?[一二三四五六七八九十]+[、)）]|^[-—]")
_DOC_NO = rx.compile(r"[〔\[(]\s*\d{4}\s*[〕\])]\s*\d+\s*号$")
_SYMBOLS_END = rx.compile(r"[^\w)）》”\"]+$")


def _headline(text: str) -> str:
    """A headline without the site's name after it and without trailing emoji."""
    t = strip_site(text)
    for sep in ("-", "_", "|", "丨"):
        if sep in t:
            # a site's name after a hyphen; not the dash of a subtitle ("--", the page's ——) or a span (2015-2020)
            parts = _SITE_HYPHEN.split(t) if sep == "-" else t.split(sep)
            t = max((p.strip() for p in parts), key=len)
    t = _FOOTNOTE.sub("", t)
    return _no_fulltext_mark(_SYMBOLS_END.sub("", t).strip())


def _no_fulltext_mark(t: str) -> str:
    """The editor's "(全文)" after a headline, left once a table row's empty cells are gone
    ("最高人民检察院工作报告(全文) | |||")."""
    if t.endswith("|"):
        t = t.rstrip(" |")
    return _FULLTEXT_SUFFIX.sub("", t) if t.endswith(")") else t


_SITE_HYPHEN = rx.compile(r"(?<![-\d])-(?![-\d])")
_FOOTNOTE = rx.compile(r"\*+(?=--|$)")  # an article's footnote mark after its title ("三重根基*——")


# a salutation ("市委、市政府:"), a sentence, a column of figures: not a headline
_NOT_HEADLINE = rx.compile(r"[。;:,]$|[。;]|^\d|^[(（]?[一二三四五六七八九十]+[、)）]|^[-—]")


# a title label whose value is set on the line below ("標題:" / "大同市文物局2024年度行政執法數據表")
_EMPTY_TITLE_LABEL = rx.compile(r"^(?:信息名称|标\s?题|名称)\s*[:|]?\s*$")
# "信息分类:法治政府 某县2023年法治政府建设年度报告": a meta label, its value, then the title
_META_PREFIXED = rx.compile(r"^(?:信息分类|信息来源|索引号|发文机关|主题分类|发布机构|分类)\s*:\s*\S+\s+(.+)$")


_OTHER_TITLE = rx.compile(r"((19|20)\d{2}年|关于).*(报告|汇报|总结)$")
# such a title glued to its first sentence after a space ("某县卫生健康局 2022年度政府信息公开工作的报告 根据《…》")
_GLUED_OTHER = rx.compile(
    r"^(?P<t>[^\s。,;:]{2,30}\s?(?:19|20)\d{2}\s*年度?[^\s。,;:]{2,40}?(?:报告|年报))\s+(?=根据|按照|依据|本报告|为)"
)


def looks_like_other_title(text: str) -> bool:
    t = _clean_title(text)
    return 8 <= len(t) <= 80 and not re.search(r"[。；;，,：:]", t) and bool(_OTHER_TITLE.search(t))


def issuer_from_title(title: str) -> str | None:
    """The unit a report's title names before its year or 关于, as written
    ("静海区", "广州市公安局增城区分局", "中共海南省委 海南省人民政府"); None when
    the words there do not end as a unit's name does (a news headline, a book)."""
    title = re.sub(r"^【[^】]{0,20}】", "", title)  # a genre tag kept in the title ("【政策解读】")
    m = _ISSUER_AFTER_YEAR.match(title)
    before = None if m else _ISSUER_BEFORE.match(re.sub(r"^关于\s*", "", title))
    # "某某市司法局法治政府建设年度报告(2023年度)": the year after the title, the unit before its topic
    topic = (
        _ISSUER_BEFORE_TOPIC.match(title)
        if not m
        and "关于" not in title
        and _REPORT_END.search(title)
        and not (before and not _TOPIC.search(before["who"]))
        else None
    )
    if m:
        who = m.group("who").strip()
    elif topic:
        who = topic.group("who").strip()
    else:
        # "关于福州市2021年……的报告": the issuer follows the opening 关于 (survey: 福州 2021)
        m = _ISSUER_BEFORE.match(re.sub(r"^关于\s*", "", title))
        if not m:
            return None
        who = re.sub(r"\s*关于$", "", m.group("who")).strip(" :")  # "关于2023年度……" names no one ("X局:2023年…")
        # "湖南省人民政府公布2017年度法治政府建设情况" (an encyclopedia copy, rn44): the unit publishes its own report
        if who.endswith("公布"):  # (the only place the pattern can match: no regex on the other names)
            who = re.sub(r"(?<=[府委局厅部署办区县市州旗盟镇乡])公布$", "", who)
        who = who.lstrip("《")  # "《X关于……的报告》解读": the quoted document's issuer
    if "转发" in who:  # "X办公室转发Y办公室关于……的通知": the office that forwards is the one that issues
        head = who.split("转发", 1)[0].strip()
        who = head if len(head) >= 2 and _ISSUER_END.search(head) else who
    return who if len(who) >= 2 and _ISSUER_END.search(who) else None  # a lone "市" is a blanked name


# how the name of a government, a department, a zone or a place ends
_ISSUER_END = rx.compile(
    r"(?:政府|委员会|委|会|党组|局|厅|办|室|处|署|部|院|所|中心|队|关|校|学|省|市|区|县|旗|盟|州|镇|乡|街道|(?<!大)街|村|社区|(?<=[\u4e00-\u9fff]{2})新城"
    r"|(?<=[一二三四五六七八九十〇零百\d兵])团)[)）]?$"
)
# (a 兵团's regiment is named by its number: "五团", "一〇三团"; the 兵团 itself: "新疆生产建设兵团")


_NUMBERED = rx.compile(r"^(?:[(（]|[一二三四五六七八九十]{1,3}[、.是]|\d{1,2}[、.])")  # "二是……": an item


def issuer_from_signature(body: list[Line]) -> str | None:
    """The signing body in the last lines, e.g. "中共X县委、X县人民政府"."""
    for line in reversed(body[-6:]):
        text = line.text
        if len(text) > 60 or line_date(text) or _NUMBERED.match(text):  # a heading ("(一)…决策部署") signs nothing
            continue
        parts = [p for p in re.split(r"[、\s]+", text) if p]
        # a name before the unit word: a lone "街道" or "人民政府" (the last word of a cut page) names no one
        if parts and all((m := _ORG_END.search(p)) and m.start() > 0 for p in parts):
            gov = [p for p in parts if not p.startswith("中共")]
            return (gov or parts)[-1]
    return None


# The lead sentence of a page cut before its title names the unit after the year (or "一年来", a purpose clause
# "为……,") and an optional "在……领导下," clause: "2024年,鹤龙街坚持以……", "2023年度,泉溪镇政府在县委、县政府的正确
# 领导下……", "2024年,在市委、市政府的坚强领导下,滨海湾新区(以下简称“新区”)始终坚持……". The name stops where
# the verb of the sentence begins.
# (a 根据 clause alone may open it too: "根据2024年度法治政府建设工作安排,沈丘县科学技术局高度重视……")
# (the year may run straight into the subject: "2023年锦州市卫健委在市委市政府的坚强领导下,……")
_LEAD_TIME = (
    r"(?:(?:19|20)\d{2}\s*年(?:度|以来)?\s*[,，]?|(?:一年来|今年以来|为[^,，。;:]{2,40}?(?:[,，][^,，。;:]{2,30}?)?)"
    r"\s*[,，])\s*"
)
_LEAD_OPEN = rx.compile(
    r"^(?:根据[^。;:]{2,160}?[,，]\s*" + _LEAD_TIME + r"|根据[^。;:]{2,160}?[,，]\s*(?!根据)|" + _LEAD_TIME + r")"
)
# "2024年是……之年,也是西兴街道……之年。西兴街道始终坚持……": the subject of the next sentence
_LEAD_YEAR_IS = rx.compile(r"^(?:19|20)\d{2}\s*年是[^。]{4,160}。")
# the sentence that announces the report names the unit: "现将2023年度枣庄市教育局法治政府建设工作情况报告如下"
_LEAD_REPORTS = rx.compile(
    r"现将(?:(?:19|20)\d{2}\s*年度?)?(?P<who>[^\s,，。;:《》“”()（）]{2,30}?)(?:(?:19|20)\d{2}\s*年度?)?"
    r"(?:法治政府建设|依法行政|法治建设)"
)
# (or a clause of the time: "在全面建设社会主义现代化国家新征程上,人民街街道办事处坚持……")
_LEAD_UNDER = rx.compile(
    r"^在[^,，。;:]{2,60}?(?:(?:领导|引领|指导|支持|监督|关心|帮助)[^,，。;:]{0,8}?下|(?:征程|新起点|道路)上|进程中|之际)"
    r"\s*[,，]\s*"
)
_LEAD_UNDER_MORE = rx.compile(
    r"^在?[^,，。;:]{2,40}?(?:领导|引领|指导|支持|监督|关心|帮助)[^,，。;:]{0,8}?下\s*[,，]\s*"
)
_LEAD_WHO = rx.compile(
    r"^(?P<who>[^\s,，。;:：《》“”\"()（）]{2,30}?)(?=坚持|始终|认真|深入|全面|严格|紧紧|紧密|紧扣|以(?!下简称)|在|积极"
    r"|扎实|聚焦|立足|按照|围绕|着力|持续|不断|大力|进一步|笃学|牢牢|全力|切实|贯彻|锚定|高度|充分|继续|主动|努力|坚决"
    r"|践行|[(（]以下简称|[,，](?:以|坚持|始终|认真|深入|全面|在|按照|围绕|紧紧))"
)
# "都里镇法治建设工作坚持……": the unit before the subject's topic words (工作 may be left out: "城东街道法治政府建设
# 在区委、区政府的正确领导下,……", rn54)
_WHO_TOPIC = rx.compile(r"^(?P<who>.{2,20}?)(?:法治政府建设|法治建设|依法行政)(?:工作)?$")
# "中都街道领导班子始终以……": the unit whose leadership team is the subject (rn49)
_WHO_TEAM = rx.compile(r"^(?P<who>.{2,20}?)(?:党政)?领导班子$")
# "成都市人民政府和全市各级行政机关深入学习……": the unit named with the bodies under it (rn51)
_WHO_AND_ALL = rx.compile(r"^(?P<who>.{2,20}?)(?:和|及)(?:全(?:省|市|县|区|州)|各级|所属|下属)[\u4e00-\u9fff]{0,12}$")
# a department named only by its level ("市应急管理局", "区政府", "省交通运输厅") or a zone only by its kind
# ("高新区"): the page does not say whose; a place that begins with such a character ("镇江市", "乡宁县",
# "市中区") is a name
_BARE_LEVEL = rx.compile(
    r"^(?:[省市区县州盟旗](?!中区)|[乡镇](?![\u4e00-\u9fff]{1,2}[市县区])|(?:高新|经开|开发|新|园|综保|保税|自贸)区)"
)
# a level-named bureau's branch named by its district ("市交通运输局龙岗管理局", "市生态环境局某某分局"): the
# branch's place says whose (rn49)
_PLACED_BRANCH = rx.compile(r"^[省市][^,，。、\s]{1,12}?[局委厅][\u4e00-\u9fff]{2,3}(?:管理局|分局|监管局|支队|大队)$")
# what makes a name someone's: a place in it (not the 市 of 市场, the 区 of 社区/区域), a province named without
# 省 ("黑龙江海事局"), a ministry (……部, ……署); "教育局", "城市管理局" alone name no one
_PLACE_IN = rx.compile(
    r"市(?!场|政(?!府))|(?<!社)区(?!域)|[省县州盟旗镇乡]|街|(?:部|署|新城)$|^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林"
    r"|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)"
)


# the place's party committee and its government together ("双合镇党委、政府"): the place names the unit
# (or a ministry's party group: "民政部党组")
_PARTY_AND_GOV = rx.compile(
    r"^(?P<who>.{2,24}?)(?:党委|党工委)[、和](?:政府|人民政府|管委会|办事处)$|^(?P<org>.{2,24}?[部署局厅委])党(?:组|委)$"
)
# the place's party committee and its government named together as the subject ("2025年,中共姚安县委、姚安县人民政府
# 坚持……"): the two, as written (as a title names them: "中共海南省委 海南省人民政府")
_JOINT_LEAD = rx.compile(r"^中共[^、]{2,16}?(?:委员会|委)、[^、]{2,20}?人民政府$")
_NOT_LEAD_NAME = rx.compile(r"^(?:根据|按照|依据|关于|对照|经过)|(?:干部|全部|内部|局部)$")


def _lead_name(name: str) -> str | None:
    topic = _WHO_TOPIC.match(name) or _WHO_TEAM.match(name)
    if not topic and ("和" in name or "及" in name):
        topic = _WHO_AND_ALL.match(name)
    party = _PARTY_AND_GOV.match(name)
    if topic or party:
        name = topic["who"] if topic else party["who"] or party["org"]
    bare = _BARE_LEVEL.match(name) and not _PLACED_BRANCH.match(name)
    if name[0] in "我本全各该其" or bare or name.startswith("城市") or _NOT_LEAD_NAME.search(name):
        return None
    end = _ISSUER_END.search(name)
    if "、" in name and not _JOINT_LEAD.match(name) or not end or end.start() < 1 or not _PLACE_IN.search(name):
        return None
    return name


def issuer_from_lead(body: list[Line], first_head: int) -> str | None:
    """The unit the first sentence of a page without a title names as its subject
    ("2024年,天津市卫生健康委以……" -> "天津市卫生健康委"); None for "我局", "全县",
    a bare "区财政局" or "省发展改革委" (whose, the page does not say). When the page opens
    with the announcing sentence alone ("现将市人社局2019年度……报告如下:"), the first
    paragraph of part 一 is its lead."""
    for i, line in enumerate(body[: min(first_head, 6)]):
        text = line.text.strip()
        if len(text) <= 30:
            continue
        name = _subject(text)
        if name is None and i + 1 == first_head and _ANNOUNCES.search(text):
            after = next((b.text.strip() for b in body[first_head + 1 : first_head + 3] if len(b.text) > 30), "")
            name = _subject(after) if _LEAD_OPEN.match(after) else None
        elif name is None and i + 1 < first_head and _ANNOUNCES.search(text):
            # the announcing paragraph names no one ("……区教育局认真对照考核标准,现对我局2019年度……总结如下:"), the
            # paragraph under it, before part 一, opens the report and names the unit ("2019年度,武清区教育局深入……")
            after = body[i + 1].text.strip()
            name = _subject(after) if len(after) > 30 and _LEAD_OPEN.match(after) else None
        return name
    return None


# a line that only announces the report ("现将……报告如下:"), shorter than a lead paragraph
_ANNOUNCES = rx.compile(r"^[^。]{0,160}现(?:将|对|就)[^。]{2,60}(?:报告|汇报|总结)如下\s*[:：。]?$")


def _subject(text: str) -> str | None:
    if text[:1] == "?":  # "? ? ? 2024年,在县委……": blanks a page lost as question marks before its lead
        text = text.lstrip("? ")
    reports = _LEAD_REPORTS.search(text) if "现将" in text else None
    year_is = _LEAD_YEAR_IS.match(text) if "年是" in text[:8] else None
    if year_is:
        text = text[year_is.end() :]
    m = _LEAD_OPEN.match(text)
    rest = text[m.end() :] if m else text
    for k in range(2):  # "在市委…领导下,在省住建厅有力指导下,"; the second 在 may be left out
        under = (_LEAD_UNDER if k == 0 else _LEAD_UNDER_MORE).match(rest)
        if not under:
            break
        rest = rest[under.end() :]
    who = _LEAD_WHO.match(rest)
    name = _lead_name(who["who"]) if who else None
    return name or (_lead_name(reports["who"]) if reports else None)


def issuer_near_title(body: list[Line], idx: int | None, title: str) -> str | None:
    """The unit a title without its name is signed by, on the lines next to it: the unit's
    line under the title ("2024年法治政府建设情况报告" / "新晃县退役军人事务局" / "(2025年2月20日)"),
    or a cover letter's signature above it (unit, then date: "湖州市交通运输局" / "2025年1月15日")."""
    if idx is None or not (0 <= idx < len(body)):
        return None
    flat = re.sub(r"\s+", "", title)
    for j in range(idx + 1, min(idx + 4, len(body))):
        t = body[j].text.strip()
        if body[j].no - body[j - 1].no > 2 or len(t) > 40:
            break
        if re.sub(r"\s+", "", t) in flat or looks_like_title(t):
            continue  # the title's second line, or the title repeated
        if _unit_line(t):
            return t
        break
    for j in range(idx - 1, max(idx - 4, 0), -1):
        if line_date(body[j].text) and _unit_line(body[j - 1].text):
            return body[j - 1].text.strip()
    return None


# a report's title that names no one ("关于2023年度法治政府建设情况的报告"): the page's metadata list may
_NAMELESS_TITLE = rx.compile(r"^关于\s*(?:19|20)\d{2}\s*年度?[^。]{0,12}(?:法治政府建设|依法行政)[^。]{0,12}报告$")
# the list's own row naming the publishing body ("- 发布机构: 湖南省生态环境厅"), alone on its line
_PUBLISHER_ROW = rx.compile(r"^[-•·\s]*发布机构\s*[:：]\s*(?P<who>[^\s|:：]{4,30})\s*$")


def issuer_from_publisher(chrome_lines: list[Line], body: list[Line]) -> str | None:
    """The 发布机构 of a metadata list above a title that names no one, when it is a unit with a place in
    its name ("湖南省生态环境厅"), not a portal ("某县人民政府门户网站")."""
    for line in chrome_lines[:40] + body[:12]:
        if "发布机构" not in line.text:
            continue
        m = _PUBLISHER_ROW.match(line.text.strip())
        who = m["who"] if m else None
        if who and _unit_line(who) and _PLACE_IN.search(who) and not who.endswith(("网站", "网")):
            return who
    return None


def _unit_line(text: str) -> bool:
    """One unit's name alone on a line ("新晃县退役军人事务局"), not a salutation or a sentence."""
    t = text.strip()
    return 4 <= len(t) <= 30 and " " not in t and _org_line(t) and not re.search(r"[、,。:;]", t)


_SPAN_BEFORE = rx.compile(r"[(（]\s*(?:19|20)\d{2}\s*年?\s*(?:-{1,2}|—{1,2}|~)\s*$")


def count_years(body: list[Line], whole: str | None = None) -> Counter:
    r"""The years (20xx, 19xx) written before 年 in the body: what the regex
    (?<!\d)(20\d{2}|19\d{2})[^\S\n]*年 finds over the lines joined by "\n",
    found from each 年 instead (str.find of one character is a memchr; a regex
    starting with a class tries every position, ~2x slower on a report). A
    match ends at a 年, so each 年 ends at most one: the four characters
    before the spaces (not line breaks) in front of it. whole: the lines
    joined, when the caller has them."""
    text = "\n".join([line.text for line in body]) if whole is None else whole
    years: Counter = Counter()
    find = text.find
    at = find("年")
    while at >= 0:
        q = at
        while q and text[q - 1] != "\n" and text[q - 1].isspace():  # re's \s is str.isspace()
            q -= 1
        s = q - 4
        # (20|19)\d{2} (re's \d is str.isdecimal()), not right after a digit (what (?<!\d) tested)
        if (
            s >= 0
            and text[s : s + 2] in ("20", "19")
            and text[s + 2].isdecimal()
            and text[s + 3].isdecimal()
            and not (s and text[s - 1].isdecimal())
        ):
            # the end of a span of years in brackets ("纲要(2015-2020年)", "规划(2021—2025年)"): a plan's span,
            # not a year the text reports on (family: pages without a title or an opening year that cite an outline)
            if not (s >= 7 and _SPAN_BEFORE.search(text, s - 9 if s >= 9 else 0, s)):
                years[int(text[s:q])] += 1
        at = find("年", at + 1)
    return years


_PLAN_HEADING = rx.compile(r"(?<!\d)(20\d{2})\s*年度?[^,。]{0,12}(安排|打算|计划|思路|展望|目标|重点)")


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


_ANNOUNCED_YEAR = rx.compile(r"现将[^。;:《》]{0,20}?((?:19|20)\d{2})\s*年度?[^。;:《》]{0,30}?(?:报告|汇报|总结)如下")


def find_year(
    title: str | None, body: list[Line], heads: list[Heading], years: Counter, published: dt.date | None
) -> tuple[int | None, str | None]:
    if title:
        m = _YEAR.search(title)
        if m:
            return int(m.group(1)), "title"
    # the opening paragraph: "2023年，…" / "2021年以来，…"
    for line in body[:8]:
        # "2023年,……" opens the report however short the sentence (family: pages without a title)
        m = re.match(r"^(20\d{2})\s*年(?:度)?\s*[,，]", line.text)
        if m:
            return int(m.group(1)), "body"
        if len(line.text) > 60:
            m = re.match(r"^(20\d{2})\s*年", line.text)
            if m:
                return int(m.group(1)), "body"
            break
    # no opening year: the sentence announcing the report names it ("现将我局2023年度法治政府建设工作报告如下"),
    # before the years counted in the body (a plan's target year "(2035年)" ties with it on a short page)
    for line in body[:8]:
        if "现将" in line.text:
            m = _ANNOUNCED_YEAR.search(line.text)
            if m:
                return int(m.group(1)), "body"
    limit = published.year if published else None
    years = _plan_years_shifted(years, heads)
    ranked = [(n, y) for y, n in years.items() if n > 0 and (limit is None or y <= limit)]
    if ranked:
        return max(ranked)[1], "body"
    if published:
        return published.year - 1, "published"
    return None, None


_WEEKDAY_END = rx.compile(r"\s*(?:星期|周)[一二三四五六日天]\s*$")


def find_published(
    chrome_lines: list[Line], hint: str | None, title_lines: list[Line] = (), head: list[Line] = ()
) -> tuple[dt.date | None, int | None, str | None, str | None]:
    """(date, line no, source, label) of the date the page says it was published.

    Best first: a publication label (发布时间/发表时间/信息时间…), a bare 日期/时间
    label, an unlabelled stamp in the page header (a date under the title, beside
    the office's name, in a bullet, after the title in brackets), 更新时间, then
    成文/印发日期. The page's clock, meeting and approval dates are never taken.
    Last, from the page's first lines (head): a stamp glued to what follows it, right under the title or,
    without a title, at the page's start ("2024-12-02 14:00:00 2023年6月21日,……"), and an English label
    with its date on the next line ("Published" / "2025-03-27")."""
    best: tuple[int, int, dt.date, int | None, str] | None = None
    for order, line in enumerate(chrome_lines):
        stamp = header_date(chrome.lead_stripped(line.text))
        if stamp:
            rank = LABEL_RANK[stamp[1]]
            # two bare dates in one header (a metadata list whose labels were lost: 成文日期 then
            # 发布日期), or two dates labelled as written ("成文日期: 2022-04-02" then "发文日期: 2022-04-24", rn51):
            # a page is published on or after the day it was written, so the later one
            later = (
                best is not None
                and rank == best[0]
                and rank in (LABEL_RANK["unlabelled"], LABEL_RANK["written"])
                and stamp[0] > best[2]
            )
            if best is None or rank < best[0] or later:
                best = (rank, order, stamp[0], line.no, stamp[1])
    if best is None and title_lines:
        # a stamp with its weekday right under the title ("2024-03-28 星期四"): the page's date, not its clock
        # (a clock stands in the banner above the title: "今天是 2019年10月31日 星期三")
        below = [c for c in chrome_lines if 0 < c.no - title_lines[0].no <= 2] + list(title_lines[1:3])
        for line in sorted(below, key=lambda b: b.no):
            if 0 < line.no - title_lines[0].no <= 2:
                stamp = header_date(_WEEKDAY_END.sub("", chrome.lead_stripped(line.text)))
                if stamp and stamp[1] == "unlabelled":
                    best = (LABEL_RANK["unlabelled"], -1, stamp[0], line.no, "unlabelled")
                    break
    for k, tl in enumerate(title_lines):  # the title, or its repetition, with the date after it: "X报告 (2024-02-26)"
        end = tl.text.rstrip()[-1:]  # what each suffix ends in: ")", a digit, 日 (else its regex tries every position)
        m = (_TITLE_DATE_SUFFIX.search(tl.text) if end == ")" else None) or (
            _TITLE_STAMP_SUFFIX.search(tl.text) if end.isdigit() or end == "日" else None
        )
        # (the headline line itself, of any kind of page; a line below it only if it repeats a report's title)
        stamp = header_date(m.group(0)) if m and (k == 0 or looks_like_title(tl.text)) else None
        if stamp and (best is None or LABEL_RANK["unlabelled"] < best[0]):
            best = (LABEL_RANK["unlabelled"], -1, stamp[0], tl.no, "unlabelled")
            break
    if best and best[0] <= LABEL_RANK["plain"]:
        return best[2], best[3], "header", best[4]
    if hint:  # the page's own metadata (HTML <meta> PubDate…) before unlabelled stamps and 更新时间
        try:
            return dt.date.fromisoformat(hint), None, "hint", None
        except ValueError:
            pass
    if best:
        return best[2], best[3], "header", best[4]
    glued = _glued_stamp(head, title_lines[0].no if title_lines else None)
    if glued:
        return glued[0], glued[1], "header", "unlabelled"
    return None, None, None, None


def _glued_stamp(head: list[Line], title_no: int | None) -> tuple[dt.date, int] | None:
    for k, line in enumerate(head):
        near = 0 < line.no - title_no <= 2 if title_no is not None else k < 2
        d = lead_stamp(line.text) if near else None
        if d is None and k + 1 < len(head) and head[k + 1].no - line.no <= 2:
            d = english_label_date(line.text, head[k + 1].text)
            line = head[k + 1] if d else line
        if d:
            return d, line.no
    return None


def _signature_date(lines: list[Line]) -> tuple[dt.date | None, int | None]:
    for line in reversed(lines):
        d = line_date(line.text)
        if d:
            return d, line.no
    return None, None


def find_signed(body: list[Line], cover_end: int | None = None) -> tuple[dt.date | None, int | None, str | None]:
    """(date, line no, where): the signed date at the end of the body
    ("closing"), else the one under a cover letter's signature ("cover")."""
    d, no = _signature_date(body[-6:])
    if d:
        return d, no, "closing"
    if cover_end:
        d, no = _signature_date(body[max(0, cover_end - 4) : cover_end])
        if d:
            return d, no, "cover"
    return None, None, None


def find_outline(
    body: list[Line], year: int | None, outlines: list | None = None, whole: str | None = None
) -> tuple[str | None, int | None, str | None]:
    """The national outline the report cites: (id, line no, quoted text).

    What counts as citing an outline is rulebook data (an outline's `cite`
    patterns). A document of the same name issued by a province, city or
    county (《某区法治政府建设实施纲要(……年)》, 某省……实施方案) is not the
    national outline: a place name right before the match rules it out."""
    if outlines is None:
        outlines = _known_outlines()
    # each citing pattern runs only on the lines holding every literal that each match of it contains: the
    # lines holding its longest one are found by searching the joined text (once per literal), the others
    # are looked for on those lines only
    if whole is None:  # (the body's lines joined, when the caller has them)
        whole = "\n".join([line.text for line in body])
    starts: list[int] | None = None
    rows_of: dict[str, list[int]] = {}  # literal -> the positions of the lines holding it
    texts: list[str] | None = None
    per_line: dict[int, list] = {}  # line position -> the (outline, pattern) pairs that may match there, in order
    for ol, pat, lits in _cite_plan(outlines):
        if not lits:  # no literal to look for: every line
            rows: Iterable[int] = range(len(body))
        else:
            first = lits[0]
            rows = rows_of.get(first)
            if rows is None:
                if starts is None:
                    starts = list(accumulate([len(line.text) + 1 for line in body[:-1]], initial=0))
                rows = rows_of[first] = _rows_holding(whole, starts, first)
            for lit in lits[1:]:  # one literal at a time over the lines left (no generator per line)
                if not rows:
                    break
                if texts is None:
                    texts = [line.text for line in body]
                rows = [i for i in rows if lit in texts[i]]
        for i in rows:
            per_line.setdefault(i, []).append((ol, pat))
    cited: list[tuple[str, int, str]] = []
    for i in sorted(per_line):
        line = body[i]
        text = line.text
        for ol, pat in per_line[i]:
            for m in pat.finditer(text):
                if ol.not_after and ol.not_after.search(text[max(0, m.start() - 8) : m.start()]):
                    continue  # 《某区法治政府建设实施纲要》: a local document of the same name
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


_OUTLINES: dict[tuple, list] = {}


def _known_outlines() -> list:
    """rulebook.outlines(), remembered for as long as the rulebook folder keeps
    its entries (its own mtime changes when a file is added, removed or renamed
    into place) and each of its *.yaml files its modification time — what
    rulebook.national() is cached by — checked with a few stat calls instead
    of a glob."""
    from .. import rulebook as rb

    root = str(rb.rulebook_dir())
    folder, books = rb.folder_state(root)  # read once per check (rb.held)
    if folder is None or any(t is None for _, t in books):
        return rb.outlines()
    stamp = (root, folder, books)
    hit = _OUTLINES.get(stamp)
    if hit is None:
        if len(_OUTLINES) > 16:
            _OUTLINES.clear()
        hit = _OUTLINES[stamp] = rb.outlines()
    return hit


def _rows_holding(whole: str, starts: list[int], lit: str) -> list[int]:
    """The positions (in the body) of the lines holding `lit` (no newline in
    it), `whole` being the lines joined by newlines, which start at `starts`."""
    rows: list[int] = []
    at = whole.find(lit)
    while at >= 0:
        i = bisect_right(starts, at) - 1
        rows.append(i)
        if i + 1 >= len(starts):
            break
        at = whole.find(lit, starts[i + 1])
    return rows


_ALL_LITERALS: dict[re.Pattern, tuple[str, ...]] = {}
# id(list of outlines) -> (that list, its (outline, citing pattern, _required_literals) triples in order): looked up
# by the list's id, not by hashing each compiled pattern (a Pattern's hash reads its whole program) on every report
_CITE_PLANS: dict[int, tuple] = {}


def _cite_plan(outlines: list) -> list:
    hit = _CITE_PLANS.get(id(outlines))
    if hit is not None and hit[0] is outlines:
        return hit[1]
    plan = [(ol, pat, _required_literals(pat)) for ol in outlines for pat in ol.cite]
    if len(_CITE_PLANS) > 64:
        _CITE_PLANS.clear()
    _CITE_PLANS[id(outlines)] = (outlines, plan)  # holds the list: its id is not reused meanwhile
    return plan


def _required_literals(pat: re.Pattern) -> tuple[str, ...]:
    """Plain strings every match of the pattern contains, longest first: the
    runs of literal characters at its top level, where a group of plain
    alternatives ((?:中共中央|党中央|中央)) adds what its alternatives share at
    their ends; () when there is none, when case is ignored or when one holds a
    newline (then every line is read)."""
    try:
        return _ALL_LITERALS[pat]
    except KeyError:
        pass
    try:
        from re import _constants as C  # Python 3.11+
        from re import _parser as P
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as C  # type: ignore[no-redef]
        import sre_parse as P  # type: ignore[no-redef]

    def alternatives(op, av) -> list[str] | None:
        """The plain strings a group or an alternation matches, else None."""
        if op is C.SUBPATTERN:
            _group, add, dele, sub = av
            if add or dele:
                return None
            items = list(sub)
            if len(items) == 1 and items[0][0] is C.BRANCH:
                return alternatives(*items[0])
            if items and all(o is C.LITERAL for o, _ in items):
                return ["".join(chr(a) for _, a in items)]
            return None
        if op is C.BRANCH:
            out = []
            for sub in av[1]:
                items = list(sub)
                if not items or not all(o is C.LITERAL for o, _ in items):
                    return None
                out.append("".join(chr(a) for _, a in items))
            return out
        return None

    runs: list[str] = []
    run = ""
    try:
        tree = P.parse(pat.pattern, pat.flags)
        icase = (tree.state.flags if hasattr(tree, "state") else tree.pattern.flags) & re.IGNORECASE
        for op, av in [] if icase else list(tree):
            if op is C.LITERAL:
                run += chr(av)
                continue
            alts = alternatives(op, av)
            if alts is None:
                if run:
                    runs.append(run)
                run = ""
                continue
            prefix = os.path.commonprefix(alts)
            if len(set(alts)) == 1:
                run += prefix
                continue
            if run + prefix:
                runs.append(run + prefix)
            run = os.path.commonprefix([a[::-1] for a in alts])[::-1]
        if run:
            runs.append(run)
    except Exception:  # the parser's internals differ between versions: no filter
        runs = []
    got = tuple(sorted(dict.fromkeys(runs), key=len, reverse=True))  # (the longest first, else in order)
    if any("\n" in r for r in got):
        got = ()
    _ALL_LITERALS[pat] = got
    return got


def extract(
    body: list[Line], heads: list[Heading], chrome_lines: list[Line], hints: dict, outlines: list | None = None
) -> Metadata:
    meta = Metadata()
    meta.title, meta.title_line, cover, title_idx = find_title_ex(body, heads, chrome_lines, hints.get("title"))
    if meta.title and meta.title[:1] in _LIST_BULLETS:  # "• X局关于2023年……的报告": a bullet of the metadata list
        meta.title = meta.title.lstrip(_LIST_BULLETS + " ") or None
    if meta.title and " " in meta.title:  # the headline written twice on its line ("X镇2024年……报告 X镇2024年……报告 |")
        half = meta.title.rstrip(" |").split()
        if len(half) == 2 and half[0] == half[1]:
            meta.title = half[0]
    meta.title_context = cover
    nameless = bool(meta.title) and _NAMELESS_TITLE.match(meta.title) is not None
    meta.issuer = (
        (issuer_from_title(meta.title) if meta.title else None)
        or (issuer_near_title(body, title_idx, meta.title) if meta.title else None)
        or issuer_from_signature(body)
        or (issuer_from_lead(body, heads[0].index if heads else len(body)) if not meta.title else None)
        or (issuer_from_publisher(chrome_lines, body) if nameless else None)
        # a title that names no one ("关于2022年度法治政府建设工作情况的报告") is no title for the unit: the lead's
        # subject names it, as on a page without a title ("2022年,在市委、市政府的坚强领导下,开福区坚持……"; rn50)
        or (issuer_from_lead(body, heads[0].index if heads else len(body)) if nameless else None)
    )
    title_lines = body[title_idx : title_idx + 3] if title_idx is not None else []
    pub, pub_line, pub_src, _label = find_published(chrome_lines, hints.get("published"), title_lines, body[:12])
    meta.signed, meta.signed_line, signed_where = find_signed(body, title_idx if cover else None)
    if pub is None and meta.signed:
        pub, pub_line, pub_src = meta.signed, meta.signed_line, signed_where
        meta.published_note = (
            "页面未标注发布日期，按"
            + ("文末落款" if signed_where == "closing" else "报送函落款")
            + f"日期 {meta.signed.isoformat()} 计"
        )
    elif pub is not None and meta.signed and meta.signed != pub:
        # publication = when the public could see it: the page's date, not the signature's
        meta.published_note = (
            f"发布日期取页面标注的 {pub.isoformat()}（公众能看到报告的日期），"
            f"落款日期 {meta.signed.isoformat()} 只是成文日期"
        )
    meta.published, meta.published_line, meta.published_source = pub, pub_line, pub_src
    whole = "\n".join([line.text for line in body])
    years = count_years(body, whole)
    meta.body_years = dict(years)
    meta.year, meta.year_source = find_year(meta.title, body, heads, years, meta.published)
    meta.outline_cited, meta.outline_line, meta.outline_text = find_outline(body, meta.year, outlines, whole)
    _show_page_form(meta, hints.get("shown"))
    return meta


def _show_page_form(meta: Metadata, shown: dict | None) -> None:
    """The title as the page writes it (its own dashes, Chinese-numeral years); the
    normalized form, which rules match, stays in title_norm."""
    meta.title_norm = meta.title
    if shown and meta.title:
        from ..normalize.shown import restore

        pairs = list(shown.values())
        if meta.title_line is not None:  # only the lines the title was read from: a dash between two years in the
            # body (an outline's name) must not go into a title that writes its years with a hyphen; a title runs over
            # three lines at most
            pairs = [pair for no, pair in shown.items() if 0 <= no - meta.title_line <= 2]
        meta.title = restore(meta.title, pairs)
        if meta.title_context:
            meta.title_context = restore(meta.title_context, pairs)
