"""doc_type: is the text an annual rule-of-law report at all?

Another kind of document (政府信息公开年度报告, 工作要点, 政策解读, a news
item…) is named plainly instead of being scored as a poor report.

fires  the title (or, without a title, the first lines) matches a label's
       patterns; the message names the kind of document
"""
from __future__ import annotations

from ...model import Finding
from ...rulebook.model import Rule
from ..context import Context
from ..params import Param
from .. import patterns as P

KIND = "doc_type"
SUMMARY = "文本应是法治政府建设年度报告，而不是其他文种。"
CATEGORY = "finding"
PARAMS = {
    "labels": Param("labels", required=True, doc="文种名称 -> 识别它的写法（正则）"),
    "head_lines": Param("int", default=5, doc="无标题时检查正文前几行（只看短行）"),
}
SHORT_LINE = 60  # a title-like line; long lines are body paragraphs


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    doc = ctx.doc
    if doc.meta.title:
        probes = [(doc.meta.title, doc.meta.title_line)]
    else:
        n = rule.params.get("head_lines", 5)
        probes = [(l.text, l.no) for l in doc.lines[:n] + doc.chrome[:n] if len(l.text) <= SHORT_LINE]
    for label, pats in rule.params["labels"].items():
        compiled = ctx.compile(pats)
        for text, line in probes:
            if P.first_match(text, compiled):
                return [Finding(rule.id, rule.severity,
                                f"这份文本看起来是“{label}”，不是法治政府建设年度报告；以下各要素仅按文本实际内容列出",
                                line)]
    return []
