"""Site chrome around a scraped report: navigation, meta lines, share bars,
footers. Such lines are kept apart from the body (words in a site menu are
not the report's), but their publication date is read first.
"""
from __future__ import annotations

import re

from ..model import Line

_LEAD = re.compile(r"^[\s•·▪■◆●○◇\-\*【\[|]+")

# "label: value" meta lines of government portals (line start).
_META_LABELS = (
    "发布日期|发布时间|信息时间|发布于|更新时间|产生日期|成文日期|生成日期|发文日期|印发日期|"
    "信息来源|文章来源|来源|编辑|责任编辑|审核|审校|作者|撰稿|供稿|浏览次数|访问次数|浏览量|"
    "点击数|点击率|阅读次数|阅读|字体|字号|索引号|索 引 号|主题分类|体裁分类|组配分类|服务对象分类|"
    "公开方式|公开范围|公开时限|文件编号|文号|发文字号|发布机构|发文机关|内容概述|主题词|关键词|"
    "有效性|时效|信息名称|标题|分享到|分享|今天是|当前位置|您所在的位置|您当前的位置|所在位置|"
    "详细地址|邮政编码|联系电话|技术支持电话|技术支持|网站标识码|主办单位|承办单位|主管单位|"
    "视力保护色|打印"
)
_META = re.compile(rf"^(?:{_META_LABELS})\s*[:]")
# Words that mark a short line as chrome wherever they stand in it.
_MARKERS = re.compile(
    r"扫一扫|扫码|打印本页|打印此页|我要打印|关闭窗口|关闭本页|ICP备|ICP 备|公网安备|网站标识码|"
    r"主办单位|承办单位|技术支持|联系我们|网站地图|版权所有|无障碍|视力保护色|字体:|字号|"
    r"分享文章|返回顶部|上一篇|下一篇|收藏本页|加入收藏|设为首页|繁体|简体版|站群导航|"
    r"首页\s*[>›»]|[>›»]\s*首页|浏览次数|访问次数|阅读次数|相关链接|相关文章|责任编辑"
)
_SHORT = 80
_ONLY_SYMBOLS = re.compile(r"^[\s|·•\-_=~*#>【】\[\]:]*$")
_SOCIAL = re.compile(r"^(?:微博|微信|关注|分享|打印|收藏|评论|纠错|\s|·|\||/)+$")


def is_chrome(line: Line) -> bool:
    text = _LEAD.sub("", line.text)
    if _ONLY_SYMBOLS.match(text) or _SOCIAL.match(text):
        return True
    if _META.match(text):
        return True
    return len(text) <= _SHORT and bool(_MARKERS.search(text))


def split_chrome(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """(body lines, chrome lines)."""
    body: list[Line] = []
    chrome: list[Line] = []
    for line in lines:
        (chrome if is_chrome(line) else body).append(line)
    return body, chrome


# Labels whose date is the publication date, best first.
PUBLISH_LABELS = [
    re.compile(r"(?:发布日期|发布时间|信息时间|发布于|公开日期)\s*[:]?\s*"),
    re.compile(r"(?:产生日期|成文日期|生成日期|发文日期|印发日期)\s*[:]?\s*"),
    re.compile(r"(?:更新时间|日期|时间)\s*[:]?\s*"),
]
TITLE_LABEL = re.compile(r"^(?:信息名称|标题|名称)\s*[:]\s*(.+)$")
