"""title: the report's title should be in a recognised form
(…法治政府建设年度报告 / 情况报告 …).

fires (info)            no title line found
fires (rule severity)   a title that matches none of `accept`
"""

from __future__ import annotations

from ...model import Finding
from ...rulebook.model import Rule
from ...yeartext import fill_years
from .. import patterns as P
from ..context import Context
from ..params import Param

KIND = "title"
SUMMARY = "报告标题应采用规范名称。"
CATEGORY = "finding"
PARAMS = {
    "accept": Param("patterns", required=True, doc="可接受的标题写法"),
    "standard": Param("str", default="", doc="推荐的标准标题写法（用于提示）"),
}


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    meta = ctx.doc.meta
    std = fill_years(rule.params.get("standard") or "", meta.year)
    if not meta.title:
        return [Finding(rule.id, "info", "未找到报告标题" + (f"，建议使用“{std}”" if std else ""), None)]
    if P.any_match(meta.title_norm or meta.title, ctx.compile(rule.params["accept"])):
        return []
    return [
        Finding(
            rule.id,
            rule.severity,
            f"标题“{meta.title}”不是规范的报告名称" + (f"，建议使用“{std}”" if std else ""),
            meta.title_line,
        )
    ]
