"""A look-alike page's headline as a reader sees it (notices, articles, lists,
bulletins): what is not a headline although it sits where one would (a column
tag, a site banner, a metadata bullet), and how a headline is set (over two
lines, with a subtitle line "——以……为例", in a file-name form with the 文号 in
front, with the author glued after it).

Families, each seen on real pages (tests/realpages):
  "专栏省内政策法规" (the word 专栏 glued to the column's name) under a notice's headline;
  "某某办公室政府信息公开" (the banner of a 政府信息公开 platform) above it;
  "• 内容分类:“十二五”规划" (a metadata list set as bullets) above it;
  "盘锦市党政主要负责人履行推进法治建设" / "第一责任人职责清单" (a headline over two lines);
  "乡镇……体系化构建" / "——以浙江省为例" (a subtitle line);
  "京政办发〔2016〕26号《北京市……关于印发〈……〉的通知》" (a file name: 文号 then the quoted title);
  "行政还是司法?——从……说起/秦旭东" (an author glued after a slash).
"""

from __future__ import annotations

import re

from .. import rx

# "专栏省内政策法规", "栏目:工作动态": the column a page is filed under
_COLUMN_TAG = rx.compile(r"^(?:专栏|栏目|所属栏目|所属专栏|当前栏目)\s*:?\s*\S{2,14}$")
# "• 内容分类:…", "· 发布单位:…": one item of a metadata list set as bullets
_META_BULLET = rx.compile(r"^[•·▪■◆●]\s*[^\s:]{1,10}\s*:")
# any line set as a bullet ("• 索引号" with its value on the next line, "• 部门信息公开工作年度报告" as the
# list's caption, "• 2025-02-10 15:59"): a page's metadata list, never its headline
_BULLET = rx.compile(r"^[•▪■◆●]\s*\S")
# "• 索引号", "• 发布机构": a bulleted label whose value is set on the line below
_BULLET_LABEL = rx.compile(r"^[•▪■◆●]\s*[^\s:：]{1,8}$")
# the banner of a portal or of its 政府信息公开 platform ("某某区人民政府办公室政府信息公开"): offices'
# names, then the platform's ("XX区启用新版政府门户网站" is a news headline, not a banner)
_BANNER = rx.compile(
    r"^(?:[^、\s]*(?:人民政府|办公室|办公厅|管委会|管理委员会|委员会|局|厅)[、\s]*)+"
    r"(?:政府信息公开|信息公开平台|信息公开专栏|门户网站|网站)$"
)
# a column's or a channel's name ("依法治区专题 工作动态"), never a headline's first line
_COLUMN_NAME = rx.compile(r"专栏|专题|栏目|频道|(?:动态|要闻|新闻|资讯|导航|公开目录|信息公开)$")


# a navigation bar's first items ("首页English", "首页 | 登录 注册")
_NAV = rx.compile(
    r"^(?:首页|主页|网站首页|返回首页)(?:\s*\|?\s*(?:English|ENGLISH|登录|注册|无障碍|繁体|简体))*$|^首页English"
    r"|^登录\s*\|?\s*注册$"
)
# a page's widgets: a read-aloud button ("点击收听年报语音朗读"), a search box's prompts ("选择搜索类型",
# "请输入搜索", "选择特殊符号"), a share box ("复制链接", "请复制以下链接发送给好友"), an app's prompt
# ("打开网易新闻 查看精彩图片"), an e-paper's page marker ("第01版:封面 PDF版阅读"), a site's banner
# spelled as its domain ("SUCAI198.COM —— 专注……范文")
_WIDGET = rx.compile(
    r"^(?:点击收听|点击播放|语音朗读|语音播报)|(?:语音朗读|语音播报)$"
    r"|^(?:选择(?:特殊符号|搜索类型|搜索范围)|请输入(?:搜索|关键[词字])\S{0,4}|搜索)$"
    r"|^(?:复制链接|请复制以下链接发送给好友|分享到\S{0,2})$"
    # a mobile share box's prompts ("点击右上角微信好友" / "朋友圈" / "请使用浏览器分享功能进行分享", rn49)
    r"|^(?:点击右上角\S{0,8}|朋友圈|微信好友|请使用浏览器的?分享功能(?:进行)?分享)$|^打开\S{1,8}(?:新闻|APP|App|客户端)\s*查看精彩图片$"
    r"|^第\d{1,3}版\s*[:：]|^(?:WWW\.)?[A-Z0-9-]{3,}\.(?:COM|NET|CN|ORG)\b|^(?:字词|词条)\s"
    r"|^[(（]?(?:资料)?(?:图片|图|照片)(?:仅供参考|来源[^()（）]{0,16}|为[^()（）]{0,30})[)）]?$|部分内容阅读$"
    # a site's greeting ("您好,欢迎访问公文包", "欢迎访问某某网")
    r"|^(?:您好|你好)\s*[,!]?\s*欢迎|^欢迎(?:访问|光临|来到)"
    # a document site's disclaimer ("本文档由用户提供并上传,收益归属内容提供方")
    r"|^本(?:文档|文|资料)由\S{0,12}(?:上传|提供|整理)"
    # a photo's caption with its credit ("记者会现场(中评社 海涵摄)", "会议现场 (张三 摄)")
    r"|^[^。,;]{2,30}[(（][^()（）]{0,20}摄[)）]\s*\|?$"
)
# what _WIDGET's alternatives that are not anchored at the line's start end the line with (a stripped line:
# no newline before the end): _WIDGET.search(t) is then t.endswith(WIDGET_ENDS) or _WIDGET.match(t)
# (tests/test_structure_fast.py reads the pattern and checks that these are all)
WIDGET_ENDS = ("语音朗读", "语音播报", "部分内容阅读")
# a speaker's line above a speech or a report made in person ("汕头市潮阳区审计局局长 郑创平")
_SPEAKER = rx.compile(
    r"^\S{2,30}(?:局长|主任|书记|县长|市长|区长|厅长|院长|检察长|镇长|乡长|部长|主席)\s+[\u4e00-\u9fff]{2,3}$"
)


# one item of a metadata list without a bullet ("发布单位:应急管理部", "发 文 号:公告 2024年 第1号")
_META_ITEM = rx.compile(
    r"^(?:发布单位|发文单位|发文机关|发布机关|发\s?文\s?号|发文字号|内容分类|主题分类|所属分类|来源单位|有\s?效\s?性)\s*:"
    # a site footer's rows ("主办单位: 麻城市融媒体中心", "投稿邮箱: mczfw@163.com")
    r"|^(?:主办单位|承办单位|协办单位|投稿邮箱|联系邮箱|电子邮箱|联系电话|网站标识码|备案号)\s*:"
    # a law database's metadata rows in 【】 ("【发布单位】国务院办公厅", "【发布文号】国办函〔2018〕12号")
    r"|^【(?:发布单位|发布文号|发布日期|生效日期|失效日期|所属类别|文件来源|实施日期|颁布日期|时效性|效力级别)】"
)
# a newspaper's byline ("□记者 陈颖婷 通讯员 龚宇一", "本报记者 张三")
# ("法治日报全媒体记者 万静": the paper's name and its desk before the word 记者)
_BYLINE_LINE = rx.compile(
    r"^[□■◇◆]?\s*(?:本报|本刊|本网|[^\s。,;:]{2,12}?(?:日报|晚报|时报|报|网|台|社)(?:全媒体|融媒体|新媒体)?)?"
    r"(?:记者|通讯员|特约记者|撰稿|摄影)\s"
)
# a publisher's or a news outlet's name in a page's banner ("中国水利水电出版传媒集团 中国水利水电出版社")
_MEDIA = rx.compile(r"(?:出版社|出版集团|传媒集团|报社|杂志社|电视台|广播电视台|融媒体中心|新闻网|网站)$")
_ORG_OR_MEDIA = rx.compile(
    r"(?:人民政府|政府|委员会|管委会|办事处|办公室|办公厅|局|厅|委|院|中心|集团|出版社|报社|杂志社|电视台|网站|网)$"
)


# an author's affiliation and postcode in brackets under the name ("(中国人民公安大学 北京 100038)"),
# or the authors' names with their unit in brackets ("彭志芳 唐晔旎(浙江省杭州市司法局)")
_AFFILIATION = rx.compile(
    r"^[(（][^()（）]{2,60}\d{6}\s*[)）]$"
    r"|^[\u4e00-\u9fff·]{2,4}(?:[\s、,]+[\u4e00-\u9fff·]{2,4}){0,4}\s*[(（][^()（）]{2,30}"
    r"(?:局|厅|院|大学|学院|研究所|中心|委员会|办公室|所)[)）]$"
)
# a court case's number on a line of its own ("(2020)鄂0102行初123号", "(2019)最高法行申1234号")
_CASE_NO = rx.compile(r"^[(（]\s*\d{4}\s*[)）]\s*[\u4e00-\u9fff]{1,4}\d{0,6}[\u4e00-\u9fff]{1,6}\d+\s*号$")
# a breadcrumb ("Work report > situation report", "首页 > 信息公开 > 年报"): never a headline
# (three items or more, or an English site's two, or one that opens at the home page)
_CRUMB = rx.compile(
    r"^(?:[^>›»]{1,20}\s[>›»]\s){2,}[^>›»]{1,30}$|^[A-Za-z][A-Za-z ,'-]{1,30}\s>\s[A-Za-z][A-Za-z ,'-]{1,40}$"
    r"|^(?:首页|主页|Home|当前位置|您的位置|您现在的位置|Position)[^>›»]{0,6}\s?[>›»]"
)


def crumb_items(lines: list) -> frozenset:
    """(line no, item) for each item of each breadcrumb among `lines` (the page's chrome): a short line
    right above a breadcrumb that names it is that column's name ("中国法治政府发展报告" / "当前位置: 首页 ->
    中国法治政府发展报告 -> 正文", rn54), not a headline."""
    out = set()
    for line in lines:
        t = line.text.strip()
        if (">" in t or "›" in t or "»" in t) and _CRUMB.match(t):
            out.update((line.no, part.strip(" -")) for part in re.split(r"[>›»]", t))
    return frozenset(out)


# a two-item breadcrumb without spaces ("行业建设>协会章程"): a column's path, no headline
_SHORT_CRUMB = rx.compile(r"^[^>›»\s,。]{2,8}[>›»][^>›»\s,。]{2,12}$")


def short_crumb(text: str) -> bool:
    return (">" in text or "›" in text or "»" in text) and bool(_SHORT_CRUMB.match(text.strip()))


# a 公文's document number and signer ("办发〔2024〕8号    签发人:刘志强"), on a line of their own: never the
# headline (metadata's title search also counts them as a 公文's furniture above its title)
DOC_NUMBER_LINE = rx.compile(
    r"^(?=\S)(?:[^\s,。;:]{0,16}[〔\[(]\s*\d{4}\s*[〕\])]\s*\d+\s*[号號])?\s*(?:签\s*发\s*人\s*:\s*[\u4e00-\u9fff·]{2,4})?$"
)


# a line that is nothing but a web address ("https://www.gov.cn/" under the portal's "EN" switch, rn48)
_URL_LINE = rx.compile(r"^(?:https?://|www\.)[\w.-]+(?:[/?#]\S*)?$", re.I)


def not_headline(text: str) -> bool:
    """A line that sits where a headline would but is the page's furniture."""
    t = text.strip()
    return bool(
        (t[:1] in "hHwW" and bool(_URL_LINE.match(t)))
        or DOC_NUMBER_LINE.match(t)
        or _COLUMN_TAG.match(t)
        or _META_BULLET.match(t)
        or _META_ITEM.match(t)
        or _BANNER.match(t)
        or _NAV.match(t)
        or _BYLINE_LINE.match(t)
        or _BULLET.match(t)
        or t.endswith(WIDGET_ENDS)  # = _WIDGET.search(t), without trying every position of a long line
        or _WIDGET.match(t)
        or _AFFILIATION.match(t)
        or _SPEAKER.match(t)
        or (t.endswith("号") and bool(_CASE_NO.match(t)))
        or (t.endswith("电") and bool(_DATELINE_ALONE.match(t)))
        or (("›" in t or ">" in t or "»" in t) and bool(_CRUMB.match(t) or _SHORT_CRUMB.match(t)))
    )


# a spam site's keyword banner: short phrases between commas or bars ("亚洲免费av电影一区二区三区,日韩爱爱视频,…")
_KEYWORD_LIST = rx.compile(r"^(?:[^,|。;:]{2,18}[,|]){5,}[^,|。;:]{2,18}$")


def keyword_banner(text: str) -> bool:
    """A line of five or more short phrases between commas or bars, without a sentence's marks:
    a spam site's banner above the copied page, never its headline."""
    t = text.strip()
    return t.count(",") + t.count("|") >= 5 and bool(_KEYWORD_LIST.match(t))


def media_banner(text: str) -> bool:
    """A banner naming a publisher or a news outlet (and the group it belongs to): the
    lines it heads (its slogans, the source "水利部网站") are the page's masthead, not
    a headline."""
    parts = [p for p in re.split(r"[、\s]+", text.strip()) if p]
    return (
        bool(parts)
        and len(text.strip()) <= 40
        and all(_ORG_OR_MEDIA.search(p) for p in parts)
        and any(_MEDIA.search(p) for p in parts)
    )


def furniture(body: list, i: int) -> bool:
    """body[i] is the page's furniture: a line not_headline names, or the value set
    under a bulleted label ("• 发布机构" / "河口县卫生健康局")."""
    if not_headline(body[i].text):
        return True
    return i > 0 and body[i].no - body[i - 1].no == 1 and bool(_BULLET_LABEL.match(body[i - 1].text.strip()))


# "京政办发〔2016〕26号《……》" or a line that is nothing but "《……》": a file name
_FILED = rx.compile(r"^(?:\S{1,16}?[〔\[(]\s*\d{4}\s*[〕\])]\s*\d+\s*号\s*)?《(?P<t>[^《》]{6,120})》$")
# "……说起/秦旭东", "…… 作者:张三": an author's name glued after the headline
_BYLINE = rx.compile(r"(?:\s*/\s*|\s*作者\s*:\s*)[\u4e00-\u9fff·]{2,4}(?:[、,\s]+[\u4e00-\u9fff·]{2,4}){0,3}$")


# a news agency's dateline on a line of its own above the headline ("新华社北京3月19日电"): never part of the headline
_DATELINE_ALONE = rx.compile(r"^[^\s,。;:]{1,12}?(?:社|网|报|台)[^\s,。;:]{0,8}?\d{1,2}月\d{1,2}日电$")


# a news agency's dateline glued before the headline it sends ("新华社北京12月26日电 题:促发展……——……"):
# the headline is what follows 题:
_DATELINE_TI = rx.compile(r"^[^\s,。;:]{1,12}?(?:社|网|报|台)[^\s,。;:]{0,8}?\d{1,2}月\d{1,2}日电\s*题\s*:\s*(?=\S)")


def headline_form(text: str) -> str:
    """The headline without a file-name wrapper, a glued byline or a news agency's
    "……电 题:" dateline; a title quoted inside the wrapper keeps its own quotes
    (〈〉 inside 《》 become 《》)."""
    t = text.strip()
    if "电" in t[:30] and "题" in t[:34]:
        t = _DATELINE_TI.sub("", t, count=1)
    m = _FILED.match(t)
    if m:
        t = m["t"].replace("〈", "《").replace("〉", "》")
    b = _BYLINE.search(t)
    if b and len(t) - len(b.group(0)) >= 6:
        t = t[: b.start()]
    return t


# how a headline ends: the kind of document (公文 文种, lists, bulletins, studies) or a closing mark
_ENDS = rx.compile(
    r"(?:报告|通知|通报|意见|决定|方案|办法|规定|规则|细则|要点|规划|纲要|计划|清单|公报|公告|通告|批复|函|"
    r"总结|汇报|讲话|体系|标准|指引|目录|条例|制度|研究|综述|说明|解读|纪要|决议|命令|指南|汇编|[》”)?!]|"
    # a meeting a news headline reports ("……第三方评估工作部署会", "……座谈会", "……推进会议")
    r"(?:部署|座谈|推进|培训|调度|动员|表彰|研讨|交流|观摩|述职|评审|论证|听证|协调|联席|发布|总结)会议?)$"
)
_SENTENCE = rx.compile(r"[。;:,]")
_SEPARATOR = rx.compile(r"[>›»→|_/]")  # a breadcrumb or a site's name, not a headline's first line
_ISSUER = rx.compile(r"(?:人民政府|政府|委员会|管委会|办事处|办公室|办公厅|局|厅|委|院|中心)$")
_ORG = rx.compile(r"(?:人民政府|政府|委员会|管委会|办事处|办公室|办公厅|局|厅|委|院|中心|网|首页)$")  # or a site's name


def ends_title(text: str) -> bool:
    return bool(_ENDS.search(text.strip()))


def first_line_above(prev: str, line: str) -> bool:
    """Whether `prev`, set right above `line`, is the first line of a headline
    set over two lines: long enough to have been broken, not a title of its own,
    not an issuer's or a site's name, not a sentence."""
    p = prev.strip()
    return (
        10 <= len(p) <= 40
        and len(p) + len(line) <= 80
        and not ends_title(p)
        and not _ORG.search(p)
        and not _SENTENCE.search(p)
        and not _SEPARATOR.search(p)
        and not _COLUMN_NAME.search(p)
        and not not_headline(p)
        and not re.search(r"\d{4}\s*[-/.年]\s*\d{1,2}", p)
        and not _DOC_NO.search(p)
        and not WORD_MENU.match(p)
        and not SITE_BRAND.match(p)
        and not ("网" in p and SITE_NAME.match(p))
        and not p.endswith(line.strip())  # a site's crumb ending in the headline printed again below it
    )


# a site's name beside its Latin name or domain ("快好知 kuaihz", "某某网 xxx.com"): a masthead, no headline's first line
SITE_BRAND = rx.compile(r"^[\u4e00-\u9fff]{2,8}\s+(?:www\.)?[a-z][a-z0-9]{2,20}(?:\.(?:com|cn|net|org))*$")
# a site's name and its description, both ending in 网/网站, joined by dashes ("法搜网--中国法律信息搜索网",
# "某某网-某某门户网站"): the page's masthead above the copied file, never its title (callers gate on "网" in the line)
SITE_NAME = rx.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{1,12}网(?:站)?\s*(?:-{1,2}|—{1,2}|_)\s*[\u4e00-\u9fffA-Za-z0-9]{2,24}(?:网|网站)$"
)


# a site's menu bar saved as words between spaces ("法治研究 宪政 行政 廉政 司法 法院 检察 监察 公安 理论"):
# never the first line of a headline (or a title) set over two lines
WORD_MENU = rx.compile(r"^\s*(?:[\u4e00-\u9fff]{1,4}[ \u3000\t]+){5,}[\u4e00-\u9fff]{1,4}\s*$")

# a document number ("西政办〔2020〕20号"): never part of a headline
_DOC_NO = rx.compile(r"[〔\[(]\s*\d{4}\s*[〕\])]\s*\d+\s*号")


def block_below(body: list, i: int) -> str | None:
    """A 公文 headline set over two or three lines below a red header: the issuer,
    then "关于……" broken anywhere, ending in the kind of document
    ("四平市人民政府" / "关于2019年度全市法治政府" / "建设(依法行政)考核结果的通报")."""
    found = _block(body, i)
    return found[0] if found else None


def _block(body: list, i: int) -> tuple[str, int] | None:
    """(headline, index of its last line) of the block block_below reads."""
    first = body[i].text.strip()
    about = "关于" in first  # "关于……" or "某某办公室关于" / "印发……的通知"
    if not (_ISSUER.search(first) or about) or ends_title(first) or len(first) > 40 or _SENTENCE.search(first):
        return None
    parts = [first]
    for j in range(i + 1, min(i + 3, len(body))):
        t = body[j].text.strip()
        if body[j].no - body[j - 1].no != 1 or len(t) > 40 or _SENTENCE.search(t) or _DOC_NO.search(t):
            return None
        if len(parts) == 1 and not about and not t.startswith("关于"):
            return None  # an issuer's line is followed by 关于……
        parts.append(t)
        if ends_title(t):
            return "".join(parts), j
    return None


def about_above(prev: str) -> bool:
    """An issuer's name and its 关于 on the line above the rest of a headline ("郑州市教育局关于" /
    "2022年……的报告"): a drafting office breaks a long title after 关于."""
    p = prev.strip()
    return p.endswith("关于") and _issuer_line(p[:-2].rstrip())


def subtitle(text: str) -> bool:
    """A subtitle line under a headline: "——以浙江省为例" (—— is "--" after normalize);
    not the line telling where and when a report or speech was delivered."""
    t = text.strip()
    return t.startswith("--") and 4 <= len(t) <= 40 and not t.endswith(("。", ";", ":")) and not DELIVERY.match(t)


# the line under a report's or a speech's title telling where it was delivered
# ("——2005年7月27日在湖北省第十届人民代表大会常务委员会第16次会议上"; "——" is "--" after normalize)
DELIVERY = rx.compile(
    r"^--\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*)?在[^。]{2,60}(?:会议|大会|会)上"
    r"(?:的(?:讲话|报告|发言|工作报告))?$"
)


def _issuers_line(text: str) -> bool:
    """Two or three issuers' names set on one line, between spaces (a joint 印发 of two offices)."""
    parts = text.split()
    return 2 <= len(parts) <= 3 and len(text.strip()) <= 40 and all(_issuer_line(p) for p in parts)


def _issuer_line(text: str) -> bool:
    t = text.strip()
    return len(t) <= 30 and bool(_ISSUER.search(t)) and not _SENTENCE.search(t) and not _DOC_NO.search(t)


def complete(body: list, i: int, text: str) -> str:
    """The headline found on body[i], with the lines it is set over: the line right
    above when the two are one headline broken in two, the lines below of a 公文
    headline "关于……" / "……的通知", the issuer's line above a headline that opens with
    关于, and a subtitle line under it."""
    start, end = i, i
    block = _block(body, i)
    if block:
        text, end = block
    elif (
        i > 0
        and body[i].no - body[i - 1].no == 1
        and body[i - 1].text.strip() != text.strip()  # a headline printed twice is one headline
        and (
            # (a shorter line right above is a kicker, not a headline's first half broken at the line's width:
            # "推动公民法治素养提升" above "市“八五”普法评估组来我县" in a web page)
            (first_line_above(body[i - 1].text, text) and len(body[i - 1].text.strip()) >= len(text.strip()))
            or about_above(body[i - 1].text)
        )
    ):
        text = body[i - 1].text.strip() + text
        start = i - 1
    if text.startswith(("关于", "印发", "转发")) and start > 0 and body[start].no - body[start - 1].no == 1:
        # "西平县人民政府办公室" / "关于印发……"; the issuers' line above a 印发 headline
        # ("中共福建省委办公厅 福建省人民政府办公厅" / "印发《关于……的实施意见》")
        if _issuer_line(body[start - 1].text) or _issuers_line(body[start - 1].text):
            text = body[start - 1].text.strip() + text
    if end + 1 < len(body) and body[end + 1].no - body[end].no == 1 and _EDITION.match(body[end + 1].text.strip()):
        text += body[end + 1].text.strip()  # a white paper's edition under its headline: "……白皮书" / "(2024)"
    elif end + 1 < len(body) and body[end + 1].no - body[end].no <= 2 and subtitle(body[end + 1].text):
        text += body[end + 1].text.strip()
    elif (
        end == i
        and end + 1 < len(body)
        and body[end + 1].no - body[end].no == 1
        and _second_line(text, body[end + 1].text)
    ):
        text += body[end + 1].text.strip()  # "……司法行政系统 2025" / "年度政治工作会议上的讲话"
        end += 1
        if (
            text.endswith("》")
            and end + 1 < len(body)
            and body[end + 1].no - body[end].no == 1
            and _second_line(text, body[end + 1].text)
        ):  # a third line after a law's name: "……执法检查组" / "关于检查《X法》" / "实施情况的报告"
            text += body[end + 1].text.strip()
    return text


# the year of an edition in brackets on a line of its own ("(2024)")
_EDITION = rx.compile(r"^\((?:19|20)\d{2}\)$")

# the rest of a headline broken right after the law or plan it names: it cannot open a headline of its own
_AFTER_BOOK = rx.compile(
    r"^(?:的|实施|贯彻|执行|落实|施行|修订|修改|(?:\(|（)?草案|情况|工作情况|有关情况)[^\s]{0,24}$"
)


def _second_line(first: str, nxt: str) -> bool:
    """`nxt` ends a headline that `first` begins: `first` is broken off (it could be a
    headline's first line and stops short of the kind of document), `nxt` is short
    and ends as a headline ends (讲话, 报告, 通知…), and no sentence."""
    n, f = nxt.strip(), first.strip()
    if f.endswith("》") and len(f) + len(n) <= 80 and _AFTER_BOOK.match(n) and not _SENTENCE.search(n):
        return ends_title(n)  # a headline broken after the law it names: "关于检查《X法》" / "实施情况的报告"
    if len(n) <= 2 and not _SENTENCE.search(n) and not ends_title(f) and ends_title(f + n):
        return True  # a PDF line broke the last word: "……公平竞争审查工作总" / "结"
    return first_line_above(first, n) and len(n) <= 30 and ends_title(n) and not _SENTENCE.search(n)
