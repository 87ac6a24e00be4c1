"""Families found on round rn36's unseen pages (tests/realpages/pages/rn36_*): a 兵团 regiment's report
("2021年五团法治政府建设工作报告"), a county report whose lead names the party committee and the government
together ("2025年,中共姚安县委、姚安县人民政府坚持……"), a yearbook's entries and a book's blurb (not reports),
a spam site's stamp glued to its source cell ("来源:网络转载日期:2021-04-06阅读:"), a flipbook page's title
("Page 2 - ……年度报告") and a law database's metadata rows with their labels glued to the values
("发文机关中共某厅党组"); and from rn37: a letter to the citizens (倡议书, 公开信) and a title that names no one
above a metadata list that does ("- 发布机构: 湖南省生态环境厅"). Each test runs the pipeline on a text of that shape written as a real file (or a
real .docx), and the shapes that must stay as they were beside it."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document

from checker.model import Line
from checker.pipeline import check_path
from checker.structure.dates import header_date
from checker.structure.metadata import issuer_from_lead, issuer_from_title

PARTS = "\n一、加强领导,健全制度\n(一)明确责任分工,形成工作合力。\n二、突出重点,深化法治宣传\n(一)开展法治创建活动。\n"


def _check(tmp_path, text: str, name: str = "page.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def _is_report(rep) -> bool:
    return not any(f.rule == "not_annual_report" for f in rep.findings)


@pytest.mark.parametrize(
    "title, want",
    [
        ("2021年五团法治政府建设工作报告", "五团"),  # a regiment named by its number
        ("2022年一〇三团法治政府建设工作报告", "一〇三团"),
        ("新疆生产建设兵团2023年法治政府建设情况报告", "新疆生产建设兵团"),
        ("2021年某集团法治建设工作报告", None),  # a company group is no unit of government
        ("2021年共青团法治宣传工作总结", None),
    ],
)
def test_regiment_names_end_an_issuer(title, want):
    assert issuer_from_title(title) == want


def test_regiment_report_whole_page(tmp_path):
    rep = _check(
        tmp_path,
        "2021年五团法治政府建设工作报告\n2021年,五团依法治团工作,在师市司法局和团镇党委的正确领导下,"
        "坚持以习近平新时代中国特色社会主义思想为指导,积极推进全面依法治团进程。现将工作情况总结如下:" + PARTS,
    )
    assert rep.meta.issuer == "五团" and rep.meta.year == 2021 and _is_report(rep)


LEAD_REST = "坚持以习近平新时代中国特色社会主义思想为指导,深入推进法治政府建设,现将工作开展情况报告如下:"


@pytest.mark.parametrize(
    "lead, want",
    [
        ("2025年,中共姚安县委、姚安县人民政府" + LEAD_REST, "中共姚安县委、姚安县人民政府"),
        ("2024年,中共某某镇委员会、某某镇人民政府" + LEAD_REST, "中共某某镇委员会、某某镇人民政府"),
        ("2025年,姚安县人民政府" + LEAD_REST, "姚安县人民政府"),
        ("2025年,县委、县政府" + LEAD_REST, None),  # whose, the lead does not say
        ("2025年,姚安县司法局、姚安县公安局" + LEAD_REST, None),  # two departments are no joint issuer
    ],
)
def test_joint_party_and_government_in_the_lead(lead, want):
    assert issuer_from_lead([Line(no=1, text=lead)], 1) == want


def test_joint_party_and_government_whole_docx(tmp_path):
    doc = Document()
    doc.add_paragraph("2025年,中共姚安县委、姚安县人民政府" + LEAD_REST)
    for line in PARTS.strip().split("\n"):
        doc.add_paragraph(line)
    p = tmp_path / "lead.docx"
    doc.save(str(p))
    rep = check_path(str(p))
    assert rep.meta.issuer == "中共姚安县委、姚安县人民政府" and _is_report(rep)


YEARBOOK = (
    "2022卷\n【加强党对法治政府建设的全面领导】 自治区党委将法治政府建设摆在全局工作重要位置,纳入党委常委会年度工作"
    "要点,召开党委全面依法治区委员会会议,对法治政府建设重点工作做出部署。\n"
    "【服务型政府建设】 推进法治化营商环境建设,出台优化法治化营商环境12项措施。\n"
)
BLURB = (
    "内容简介 本书梳理了某省2020年贯彻落实中央全面依法治国的各项部署,深入推进全面依法治省的总体情况,"
    "详尽分析了依法执政、科学立法、法治政府等方面的进展与不足。本卷蓝皮书还推出了系列专题调研报告。"
)


@pytest.mark.parametrize("text", [YEARBOOK, BLURB])
def test_yearbook_entries_and_book_blurbs_are_no_report(tmp_path, text):
    assert not _is_report(_check(tmp_path, text))


def test_a_report_with_a_bracketed_font_bar_stays_a_report(tmp_path):
    rep = _check(
        tmp_path,
        "某县2024年法治政府建设年度报告\n【字体:大 中 小】\n2024年,某县坚持以习近平法治思想为指导,扎实推进法治政府建设。"
        "现将有关情况报告如下:" + PARTS,
    )
    assert _is_report(rep)


@pytest.mark.parametrize(
    "line, want",
    [
        ("来源:网络转载日期:2021-04-06阅读:", (dt.date(2021, 4, 6), "plain")),
        ("来源:本站日期:2021-04-06", (dt.date(2021, 4, 6), "plain")),
        ("来源:本站成文日期:2021-04-06", (dt.date(2021, 4, 6), "written")),  # still the written date
        ("来源:司法局 更新时间:2021/03/29 11:30:01", (dt.date(2021, 3, 29), "updated")),
    ],
)
def test_stamp_glued_to_the_source_cell(line, want):
    assert header_date(line) == want


def test_stamp_glued_to_the_source_cell_whole_page(tmp_path):
    rep = _check(
        tmp_path,
        "当前位置:主页 > 公益 > 某报告发布\n\n某报告发布\n\n来源:网络转载日期:2021-04-06阅读:\n\n"
        "本网讯 近日在北京发布了某评估报告。报告指出法治政府建设的整体水平持续进步。\n",
    )
    assert rep.meta.published == dt.date(2021, 4, 6)


def test_flipbook_page_title(tmp_path):
    rep = _check(
        tmp_path,
        "Page 2 - 省交通运输厅2019年度政府信息公开工作年度报告\nP. 2\n目录\n一、总体情况....... 1\n"
        "二、主动公开政府信息情况 ....... 10\n三、收到和处理政府信息公开申请情况 ....... 11\n",
    )
    assert rep.meta.title == "省交通运输厅2019年度政府信息公开工作年度报告"


def test_glued_metadata_rows_are_no_headline(tmp_path):
    rep = _check(
        tmp_path,
        "发文机关中共某省交通运输厅党组\n发文日期2021年12月21日\n时效性现行有效\n发文字号某交发〔2021〕63号\n"
        "厅直各单位,厅机关各处室:\n经厅党组会议审议同意,现将《关于进一步深化法治政府部门建设的实施意见》印发给你们,"
        "请结合工作实际,认真抓好落实。\n中共某省交通运输厅党组\n2021年12月21日\n",
    )
    assert rep.meta.title is None or not rep.meta.title.startswith("发文机关")


# rn37 (gathered after the rn36 fixes): a letter to the citizens, a title that names no one above a metadata list

LETTER_BODY = (
    "\n市民朋友们:法治兴则国兴。当前,我市争创全国法治政府建设示范市已进入关键阶段,我们诚挚地发出倡议:"
    "让我们携起手来,共建共创全国法治政府建设示范市!\n某市法治政府建设领导小组办公室\n2023年12月4日\n"
)


@pytest.mark.parametrize("title", ["创建全国法治政府建设示范市倡议书", "致全市人民的一封公开信", "致全县群众的一封信"])
def test_letters_to_the_citizens_are_no_report(tmp_path, title):
    assert not _is_report(_check(tmp_path, title + LETTER_BODY))


META_LIST = "- 索引号:430S00/2024-016955\n- 发布机构: {who}\n- 发文日期: 2024-02-29 20:13\n- 名称: {title}\n"
LEAD_2023 = (
    "2023年,省生态环境厅坚持以习近平法治思想为指导,切实推进法治政府建设,取得较好工作成效。\n"
    "一、工作开展情况\n(一)加强习近平法治思想学习宣传贯彻\n每月集中学法讲法。\n"
)


@pytest.mark.parametrize(
    "title, who, want",
    [
        ("关于2023年度法治政府建设情况的报告", "湖南省生态环境厅", "湖南省生态环境厅"),
        ("关于2023年度法治政府建设情况的报告", "某县人民政府门户网站", None),  # a portal publishes, it reports nothing
        ("关于2023年度法治政府建设情况的报告", "生态环境厅", None),  # no place: whose, the page does not say
        ("某市司法局2023年度法治政府建设情况报告", "某市人民政府办公室", "某市司法局"),  # the title's own name first
    ],
)
def test_issuer_from_the_metadata_list_when_the_title_names_no_one(tmp_path, title, who, want):
    rep = _check(tmp_path, title + "\n" + META_LIST.format(who=who, title=title) + LEAD_2023)
    assert rep.meta.issuer == want and rep.meta.published == dt.date(2024, 2, 29)
