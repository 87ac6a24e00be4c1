"""Titles of look-alike pages (round rn41, helper acc34): a law-search site's name line above the copied file, and a
notice copied without its headline followed by the title of the document it issues. Each test runs the whole
pipeline on a real page's opening (saved as a .txt file, GBK where the family came so)."""

from __future__ import annotations

import pytest

from checker.normalize import t2s
from checker.pipeline import check_path


def _simplified(title):
    return t2s.convert(title) if title else title


def _report(tmp_path, text: str, encoding: str = "utf-8"):
    p = tmp_path / "page.txt"
    p.write_bytes(text.encode(encoding))
    return check_path(str(p))


ZHUZHOU = (
    "{site}\n株洲市人民政府办公室转发株洲市依法行政领导小组办公室关于株洲市依法行政考核方案的通知\n\n"
    "  1.各被考核单位总结汇报年度依法行政工作情况,并向市人民政府提交年度依法行政报告;\n"
    "  2.考核小组查看依法行政有关文件、台帐和其他材料;\n  3.考核小组视情随机提问。\n"
)


@pytest.mark.parametrize("site", ["法搜网--中国法律信息搜索网", "某某网-中国法规检索网站", "法律网——法规查询网"])
def test_site_name_line_above_the_file_is_no_title(tmp_path, site):
    """rn41_plan_kleyou_zhuzhou_kaohe_fangan: "X网--Y网" is the site's masthead; the file's name below is the title,
    and an assessment scheme forwarded by a notice is a plan."""
    rep = _report(tmp_path, ZHUZHOU.format(site=site), "gbk")
    assert rep.meta.title == "株洲市人民政府办公室转发株洲市依法行政领导小组办公室关于株洲市依法行政考核方案的通知"
    kinds = [f.detail["kind"] for f in rep.findings if f.rule == "not_annual_report"]
    assert kinds == ["plan"]
    assert rep.meta.issuer == "株洲市人民政府办公室"  # the office that forwards, not "…转发…领导小组办公室"


def test_a_headline_with_a_site_name_in_it_stays(tmp_path):
    """A headline that only mentions a site ("中国政府网-……") does not end in 网 and stays the title."""
    text = "人民网--2023年法治政府建设情况报告发布\n2024年3月1日\n\n日前,某市发布2023年法治政府建设情况报告。\n"
    assert _report(tmp_path, text).meta.title == "人民网--2023年法治政府建设情况报告发布"


NOTICE = (
    "各市市場監督管理局,省局各處室、直屬單位:\n"
    "《山東省法治市場監管建設規劃(2021—2025年)》已經省局局務會議研究通過,現印發給你們,請認真貫徹執行。\n"
    "山東省市場監督管理局\n2021年12月31日\n(此件主動公開)\n{title}"
    "為深入學習貫徹習近平法治思想,認真落實省委、省政府和市場監管總局法治建設工作部署,制定本規劃。\n"
    "一、以習近平法治思想為指導,全面推進法治市場監管建設\n法治市場監管建設,是法治政府建設的重要組成部分。\n"
)


@pytest.mark.parametrize(
    "title", ["山東省法治市場監管建設規劃\n(2021—2025年)\n", "山東省法治市場監管建設規劃(2021—2025年)\n"]
)
def test_headless_notice_then_the_issued_documents_title(tmp_path, title):
    """rn41_plan_cctv1204_shandong_shichang_jianguan_trad_2021: the notice's salutation, its sentence naming the
    plan in 《》, signature and date, then the plan's own title (over two lines or one), in the page's characters."""
    rep = _report(tmp_path, NOTICE.format(title=title))
    assert _simplified(rep.meta.title) == "山东省法治市场监管建设规划(2021—2025年)"


def test_headless_notice_under_its_document_number(tmp_path):
    """The notice's document number on a line of its own above the salutation is a 公文's furniture."""
    text = "鲁市监法字〔2021〕128号\n" + NOTICE.format(title="山東省法治市場監管建設規劃\n(2021—2025年)\n")
    assert _simplified(_report(tmp_path, text).meta.title) == "山东省法治市场监管建设规划(2021—2025年)"


def test_headless_notice_without_the_issued_title_gets_none_from_it(tmp_path):
    """The title in 《》 is taken only when the page shows it on a line of its own."""
    rep = _report(tmp_path, NOTICE.format(title=""))
    assert rep.meta.title is None or "建設規劃" not in rep.meta.title
