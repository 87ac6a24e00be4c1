"""name_variants: the issuer's own name written different ways in one
report ("荆州苗族侗族自治县" / "荆州苗侗族自治县" / "荆州苗佤族自治县").

ID
    name_variants
Options
    organs        words after the place name that name the organ, not the
                  place (人民政府, 管委会 …): cut from the issuer first
    suffixes      the place's level words (自治县, 县, 高新区 …), longest first wins
    head_chars    how many leading characters every form shares (default 2)
    min_overlap   share of the issuer's middle part (between head and suffix)
                  that another form must contain to count as the same name
                  (default 0.5)
Defaults
    the issuer comes from the title or the signature (structure stage); with
    no issuer, or an issuer without a middle part ("随州高新区"), nothing fires.
    A short form of head + level word ("荆州县") is an accepted abbreviation
    and never counts as another spelling.
fires
    two or more different spellings of the issuer's name: one finding listing
    each form, its count and its first line
Examples
    "荆州苗族侗族自治县人民政府 … 荆州苗侗族自治县 … 荆州苗佤族自治县" fires;
    "靖州苗族侗族自治县 … 靖州县" is quiet.
"""

from __future__ import annotations

import re

from ...model import Finding
from ...rulebook.model import Rule
from ..context import Context
from ..params import Param

KIND = "name_variants"
SUMMARY = "同一份报告中本单位的名称应写法一致（不能时而“苗族侗族自治县”，时而“苗侗族自治县”）。"
CATEGORY = "finding"
PARAMS = {
    "organs": Param(
        "patterns",
        default=["(人民)?政府$", "管委会$", "管理委员会$", "(党)?工委$", "委员会$"],
        doc="名称末尾表示机关的词（先去掉再比较地名）",
    ),
    "suffixes": Param("patterns", required=True, doc="地名的层级词，如 自治县、县、高新区（正则，最长者优先）"),
    "head_chars": Param("int", default=2, doc="各种写法共有的开头字数"),
    "min_overlap": Param("float", default=0.5, doc="中间部分至少有多少比例的字与发布单位名称相同"),
}
_MIDDLE = r"[\u4e00-\u9fff、·]{0,10}?"
_BOUNDARY_CHARS = set("县市区州旗乡镇")


def place_name(issuer: str, organs) -> str:
    changed = True
    while changed and issuer:
        changed = False
        for pat in organs:
            cut = pat.sub("", issuer)
            if cut != issuer and cut:
                issuer, changed = cut, True
    return issuer


def _at_end(ctx: Context, rule: Rule) -> tuple[re.Pattern, ...]:
    """Each suffix pattern anchored at the end of the name (compiled once per process)."""
    return tuple(re.compile(f"(?:{pat.pattern})$") for pat in ctx.compile(rule.params["suffixes"]))


def _split(name: str, head_n: int, at_end) -> tuple[str, str, str] | None:
    """at_end: the suffix patterns anchored at the end (_at_end)."""
    best = None
    for pat in at_end:
        m = pat.search(name)
        if m and m.start() >= head_n and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None
    return name[:head_n], name[head_n : best.start()], best.group(0)


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    issuer = ctx.doc.meta.issuer
    if not issuer:
        return []
    p = rule.params
    name = place_name(issuer, ctx.compile(p.get("organs")))
    head_n = max(1, p.get("head_chars") or 2)
    parts = _split(name, head_n, ctx.prepare(rule, _at_end))
    if parts is None or not parts[1]:
        return []
    head, middle, suffix = parts
    want = set(middle) - set("、·")
    finder = re.compile(re.escape(head) + f"({_MIDDLE})" + re.escape(suffix))
    forms: dict[str, list[int]] = {}
    # one search over the whole text: no match holds a line break (head and suffix come from one line)
    for m in finder.finditer(ctx.full_text):
        mid = m.group(1)
        if not mid or set(mid) & _BOUNDARY_CHARS:
            continue  # "荆州县" (an abbreviation) or a span across two names
        if len(set(mid) & want) < p.get("min_overlap", 0.5) * len(want):
            continue  # another place that shares the head
        forms.setdefault(m.group(0), []).append(ctx.line_at(m.start()).no)
    if len(forms) < 2:
        return []
    ordered = sorted(forms.items(), key=lambda kv: kv[1][0])
    listing = "、".join(
        f"“{form}”（第{lines[0]}行" + (f"等 {len(lines)} 处）" if len(lines) > 1 else "）") for form, lines in ordered
    )
    line = min(lines[0] for _, lines in ordered[1:])
    return [
        Finding(rule.id, rule.severity, f"本单位名称有 {len(forms)} 种写法：{listing}；请核对正式名称并全文统一", line)
    ]
