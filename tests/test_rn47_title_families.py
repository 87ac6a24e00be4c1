"""Title families of the rn47 blind round (helper acc41), each a family of real page tops (whole pages in
tests/realpages, rn47_*): a news agency's dateline on its own line above the headline, the line telling where a
report was delivered under its title, a short title under that line or under a document site's counts, a hall
(大厅) that ends a headline and is no office."""

from __future__ import annotations

import pytest

from checker.pipeline import check_path
from checker.structure import headline


def _title(tmp_path, text, name="p.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return check_path(str(p)).meta.title


BODY = (
    "各位代表:\n现在,我代表最高人民检察院向大会报告工作,请予审议,并请全国政协各位委员提出意见。\n"
    "一、立足职能、服务大局\n围绕发展主要目标任务,进一步完善落实服务大局的措施,依法批准逮捕各类犯罪嫌疑人40604人。\n"
)


def test_dateline_line_is_not_part_of_the_headline(tmp_path):
    text = "新华社北京3月19日电\n最高人民检察院工作报告\n--2012年3月11日在第十一届全国人民代表大会第五次会议上\n" + BODY
    assert _title(tmp_path, text) == "最高人民检察院工作报告"


def test_delivery_line_is_no_subtitle(tmp_path):
    # (a true subtitle, "——以某省为例", still joins its headline)
    assert headline.subtitle("--以浙江省为例")
    assert not headline.subtitle("--2005年7月27日在湖北省第十届人民代表大会常务委员会第16次会议上")
    assert not headline.subtitle("--在全市法治政府建设工作会议上的讲话")


def test_short_title_above_its_delivery_line(tmp_path):
    text = (
        "述职报告\n--2005年7月27日在某省第十届人民代表大会常务委员会第16次会议上\n省司法厅厅长张坚\n省人大常委会:\n"
        "我于2003年1月被省人大常委会任命为省司法厅厅长。现将任职以来依法履行职责的情况报告如下,请予评议。\n"
        "一、认真学法用法,严格执法执纪\n司法厅的各项职能具有很强的法律属性。\n"
    )
    assert _title(tmp_path, text) == "述职报告"


@pytest.mark.parametrize(
    "first, want",
    [
        ("宪法意识调查", "宪法意识调查"),  # the document's name, first under the site's counts
        ("研究报告", "2026年某市优化营商环境条例实施情况报告(通用)"),  # the site's category: the name is below it
    ],
)
def test_short_title_under_a_document_sites_counts(tmp_path, first, want):
    text = (
        f"- 6\n- 0\n- 约3.75千字\n- 约 6页\n- 2021-03-12 发布于河北\n- 举报\n{first}\n"
        + ("PAGE\n1-\n2026年某市优化营商环境条例实施情况报告(通用)\n" if first == "研究报告" else "学 号: 027110060\n")
        + "一、基本情况统计分析\n读过宪法的人为59%,完整读过的人为12%,没读过宪法的人占24%,加上没有表态的人。\n"
    )
    assert _title(tmp_path, text) == want


def test_a_hall_is_no_office(tmp_path):
    text = (
        "民意调查问卷首次走进开化“两会”报到大厅\n2011年3月26日 20:50\n"
        "“您对本地领导干部的遵纪守法、依法办事情况满意吗?”3月26日下午,记者在某县大酒店两会报到大厅里看到,"
        "参加会议的委员都增加了一项新的任务,那就是填写一份民意调查问卷。\n据了解,这是问卷首次走进报到大厅。\n"
    )
    assert _title(tmp_path, text) == "民意调查问卷首次走进开化“两会”报到大厅"
    # (a department's name still ends in 厅)
    text2 = "某省司法厅\n2023年法治政府建设情况报告\n2023年,省司法厅深入推进法治政府建设。现将有关情况报告如下:\n一、主要举措和成效\n"
    assert _title(tmp_path, text2, "q.txt") == "某省司法厅2023年法治政府建设情况报告"


def test_site_crumb_over_the_headline_printed_again(tmp_path):
    text = (
        "某章网 资料文库 县政府报告范文\n县政府报告范文\n"
        "本站小编为你精心准备了县政府报告参考范文,愿这些范文能点燃您思维的火花,激发您的写作灵感。欢迎深入阅读并收藏。\n"
        "县政府报告\n各位代表:\n现在,我代表县人民政府,向大会作政府工作报告,请予审议,并请各位县政协委员提出意见。\n"
    )
    assert _title(tmp_path, text) == "县政府报告范文"
    # (a line of words that is no site's crumb, or whose last word is not repeated below, is not skipped)
    from checker.structure.metadata import _crumb_over_headline

    assert not _crumb_over_headline("法治研究 宪政 行政 廉政", "廉政")  # a menu, no site's name first
    assert not _crumb_over_headline("某章网 资料文库 县政府报告范文", "县政府报告")


def test_comma_headline_above_the_pages_widgets(tmp_path):
    text = (
        "公正司法,维护公平正义\n• 打印\n• 收藏\n收藏成功\n"
        "3月8日,十三届全国人大五次会议在北京人民大会堂举行第二次全体会议,听取和审议全国人大常委会工作报告和最高人民法院工作报告、"
        "最高人民检察院工作报告。检察长在报告中对2021年工作进行了回顾。\n"
    )
    assert _title(tmp_path, text) == "公正司法,维护公平正义"


def test_portal_row_with_its_address_is_a_stamp_and_fulltext_mark_is_dropped(tmp_path):
    import datetime as dt

    from checker.pipeline import check_path as _check
    from checker.structure.dates import header_date

    assert header_date("http://www.sina.com.cn 2006年03月19日13:43 新华网 | |||||")[0] == dt.date(2006, 3, 19)
    # (an address before a sentence does not make the sentence a stamp)
    assert header_date("http://www.example.com/a 2021年3月1日,某县召开法治政府建设工作会议") is None
    text = (
        "最高人民检察院工作报告(全文) | |||||||||\n---|---|---|\n"
        "http://www.sina.com.cn 2006年03月19日13:43 新华网 | |||||||||\n"
        "新华网北京3月19日电 最高人民检察院工作报告 ━━2006年3月11日在第十届全国人民代表大会第四次会议上 "
        "最高人民检察院检察长某某 各位代表: 现在,我代表最高人民检察院向大会报告工作,请予审议。 2005年,检察工作取得了新的进展。\n"
    )
    p = tmp_path / "s.txt"
    p.write_text(text, encoding="utf-8")
    m = _check(str(p)).meta
    assert (m.title, m.published) == ("最高人民检察院工作报告", dt.date(2006, 3, 19))
