"""Page metadata families of the real-page set's last disagreements (helper acc28): a stamp glued to what
follows it, an English date label, a table-form header that glues the label 标题 to the title. Each test names
the page of tests/realpages it was seen on and runs the whole pipeline on a real-shaped opening (.txt file)."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.pipeline import check_path
from checker.structure.dates import english_label_date, lead_stamp

STORY = (
    "2024年,胡玉春多了一项工作,登录行政执法监督平台。这成了他每天上班后要做的第一件事。\n"
    "司法局工作人员与热线联席联动,可以在线查看群众反映的问题。\n"
)


def _meta(tmp_path, text: str):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p)).meta


@pytest.mark.parametrize(
    "line, want",
    [
        # rn10_news_hot166_zhifa_jiandu_2024: the stamp with its time of day glued to the first sentence
        (
            "2024-12-02 14:00:00 2023年6月21日,浙江湖州西山漾湿地公园,执法人员在进行无人机技能竞赛。",
            dt.date(2024, 12, 2),
        ),
        # rn12_news_stheadline_zhengxie_2026: a crawler's English label
        (" date 2026-03-04 全国政协十四届四次会议今日下午3时率先登场。", dt.date(2026, 3, 4)),
        # rn10_acad_96sk_shulian_2025: the poster's handle ends in digits; the year is the four before "-MM-DD"
        ("admin102025-03-14 18:05:53", dt.date(2025, 3, 14)),
        # fx361-style article pages: the stamp glued to the author's name
        ("2016-03-09 02:36葛伟", dt.date(2016, 3, 9)),
    ],
)
def test_lead_stamp_reads_a_glued_stamp(line, want):
    assert lead_stamp(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "2024-12-02 全市开展执法检查。",  # a bare date opening a sentence: no time, no label
        "2023年6月21日,执法人员在进行无人机技能竞赛。",  # the story's own date
        "12345热线 2024-12-02",  # the date is not at the line's start
        "data 2024-13-40 09:00",  # no valid date
    ],
)
def test_lead_stamp_leaves_what_is_no_stamp(line):
    assert lead_stamp(line) is None


def test_english_label_with_its_date_on_the_next_line():
    """rn7_catalog_reconnect_henan_en_2024: "Published" / "2025-03-27"."""
    assert english_label_date("Published", "2025-03-27") == dt.date(2025, 3, 27)
    assert english_label_date("Type", "2025-03-27") is None
    assert english_label_date("Published", "Law, regulation or policy") is None


def test_stamp_glued_to_the_story_under_the_headline(tmp_path):
    """rn10_news_hot166_zhifa_jiandu_2024."""
    text = (
        "给行政执法“挑”错, 司法部首次点名通报\n"
        "2024-12-02 14:00:00 2023年6月21日,浙江湖州西山漾湿地公园,执法人员在进行无人机技能竞赛。" + STORY
    )
    assert _meta(tmp_path, text).published == dt.date(2024, 12, 2)


def test_crawler_date_prefix_on_a_page_without_headline(tmp_path):
    """rn12_news_stheadline_zhengxie_2026: no headline, the first line opens with " date 2026-03-04"."""
    text = " date 2026-03-04 全国政协十四届四次会议今日下午3时率先登场,总结一年来的工作。\n\n" + STORY
    assert _meta(tmp_path, text).published == dt.date(2026, 3, 4)


def test_a_story_opening_with_a_bare_date_has_no_publication_date(tmp_path):
    """The mechanism needs a time of day or a label: a sentence opening with a date is the story's."""
    text = "某某县召开执法监督工作会\n2024-12-02 全县召开行政执法监督工作会议,部署明年工作。\n" + STORY
    assert _meta(tmp_path, text).published is None


def test_english_label_in_a_catalogue_record(tmp_path):
    """rn7_catalog_reconnect_henan_en_2024: English metadata under the Chinese title."""
    text = (
        "河南省人民政府关于2024年度法治政府建设情况的报告\n\nEnglish title (machine-translated)\n"
        "Henan Provincial People's Government Report on the 2024 Government Governance by Rule of Law.\n"
        "Published\n2025-03-27\nType\nLaw, regulation or policy\n\nSummary\n\n" + STORY
    )
    assert _meta(tmp_path, text).published == dt.date(2025, 3, 27)


def test_title_label_glued_to_the_title_in_a_table_form_header(tmp_path):
    """rn35_rep_qinxian_lyj_2024: "标题沁县林业局关于……的报告" (the cells' separators lost): the label never stays
    in the title or the issuer."""
    text = (
        "当前位置:首页>政府信息公开>依法行政\n\n索引号000014349/2025-04796\n发文字号 著录时间2025-02-26\n"
        "发文机关沁县林业局 主题词\n标题沁县林业局关于2024年法治政府建设情况的报告\n主题分类其它 发布日期2025-02-26\n\n"
        "沁县林业局关于2024年法治政府建设情况的报告\n\n"
        "2024年,沁县林业局坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。\n"
        "一、主要举措\n全年开展培训5次。\n"
    )
    meta = _meta(tmp_path, text)
    assert meta.title == "沁县林业局关于2024年法治政府建设情况的报告"
    assert meta.issuer == "沁县林业局"


def test_year_with_blanked_digits_makes_a_masked_report_a_template(tmp_path):
    """rn26_tpl_cailiaogo_xxshi_2019: a real city's report on a writing-material site with its names and years
    blanked ("xx市", "x01x年度", "自x013年"): the year placeholder joins the unit placeholders (a 范文)."""
    lead = (
        "2019年,xx市人民政府坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的十九大和十九届二中、三中、"
        "四中全会精神,贯彻落实习近平总书记对xx省重要讲话和重要指示批示精神,严格落实党中央、国务院和中央全面依法治国"
        "委员会第一次、第二次会议关于建设法治政府的各项决策部署,积极开展法治政府建设示范创建,深入推进依法行政,"
        "法治xx建设考评全省排名逐年提升。在{y}年度法治xx建设考评中,xx市法治政府建设排名全省第x,取得自{z}年开展"
        "省依法行政考评以来最好成绩,实现“三年三级跳”。具体情况如下:\n"
    )

    def kind(y, z):
        p = tmp_path / "t.txt"
        p.write_text("法治政府建设情况年度报告\n" + lead.format(y=y, z=z), encoding="utf-8")
        found = [f for f in check_path(str(p)).findings if f.rule == "not_annual_report"]
        return found[0].detail["kind"] if found else "report"

    assert kind("x01x", "x013") == "template"
    assert kind("2018", "2013") == "report"  # the unit placeholders alone stay below the bar
