"""not_annual_report: the government's annual rule-of-law report as given to the 人大常委会 is a report (rn50).

The national rules make the government report its rule-of-law work to the 党委, the 人大常委会 and the government
above; the copy read at the 人大常委会 opens with the meeting line and "主任、副主任、秘书长、各位委员:" and often has
no headline. The audience alone (meeting line 3 + salutation 3) reaches special_report's bar (6), so such a page is a
report only when its own purpose counts: "现将有关情况报告如下". That purpose was dropped when the lead paragraph
mentioned 考核 anywhere ("在2023年度法治浙江建设考核中名列第一。"); the 考核 exception now holds only in the 现将
sentence. The 人大's own documents and the government's reports on other subjects stay special reports."""

from __future__ import annotations

import copy

from conftest import ROOT

from checker import rulebook as rb
from checker.match.context import make_context
from checker.match.kinds import doc_type
from checker.model import SourceText
from checker.normalize import normalize
from checker.structure import build

BOOK = rb.load(str(ROOT / "rulebooks" / "annual-report.yaml"))
RULE = BOOK.get("not_annual_report")
PAGES = ROOT / "tests" / "realpages" / "pages"


def _verdict(text: str, rule=RULE):
    doc = build(normalize(SourceText(path="t.txt", format="txt", lines=text.split("\n"))))
    return doc_type.classify(make_context(doc, BOOK), rule)


NPC_REPORT = (
    "(2024年4月29日在某市第十四届人民代表大会常务委员会第十七次会议上)\n某市人民政府\n"
    "主任、副主任、秘书长、各位委员:\n"
    "2023年,某市深入践行习近平法治思想,加快推进法治政府建设。某市在2023年度法治某省建设考核中名列第一。"
    "现将有关情况报告如下。\n一、主要举措和成效\n(一)统筹推进法治政府建设。"
)


def _old_rule():
    """The rule as it was: 考核 anywhere on the lead line dropped the report's purpose."""
    r = copy.deepcopy(RULE)
    sig = next(s for s in r.params["kinds"]["report"]["signals"] if s["family"].startswith("首段的目的"))
    sig["unless"] = ["考核|考评|评议结果" if "考核" in u else u for u in sig["unless"]]
    return r


def test_a_report_to_the_npc_whose_lead_tells_of_a_ranking_is_a_report():
    v = _verdict(NPC_REPORT)
    assert v.kind is None, (v.kind, v.scores)
    assert v.scores["report"] > v.scores["special_report"]
    assert any(h.family.startswith("首段的目的") for h in v.evidence)


def test_the_old_line_wide_exception_made_it_a_special_report():
    # the mechanism is what changed: with the line-wide 考核 exception the same text is named a special report
    assert _verdict(NPC_REPORT, _old_rule()).kind == "special_report"


def test_kaohe_in_the_xianjiang_sentence_still_drops_the_purpose():
    # the same sentence without 考核 earns the purpose's weight (3); with 考核 in it, it does not
    for with_kaohe, without in (
        (
            "根据市考核办的通知要求,现将我局2023年度工作情况报告如下。",
            "根据市里的通知要求,现将我局2023年度工作情况报告如下。",
        ),
        ("现将我市2023年度法治建设考核结果向市委报告如下。", "现将我市2023年度法治建设有关情况向市委报告如下。"),
    ):
        tail = "\n一、工作情况\n开展培训3次。"
        lost = _verdict(without + tail).scores["report"] - _verdict(with_kaohe + tail).scores["report"]
        assert lost >= 3, (with_kaohe, lost)


def test_real_page_report_to_the_npc_without_headline():
    text = (PAGES / "rn50_rep_hangzhou_npc_notitle_2023.txt").read_text(encoding="utf-8")
    assert _verdict(text).kind is None


def test_real_npc_look_alikes_stay_special_reports():
    for name in ("rn50_special_wenmi_daibiao_jianyi_2010", "rn50_special_zzrd_qicao_shuoming_2009"):
        text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
        assert _verdict(text).kind == "special_report", name
