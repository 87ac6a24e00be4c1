"""Titles without site chrome (issue 9 item 3): breadcrumbs, site and column
names, meta prefixes, repeated titles, cover letters, glued mirrors."""

from __future__ import annotations

import pytest

from checker.pipeline import check_path

TITLE = "某某县2023年度法治政府建设情况报告"
BODY = (
    "2023年,我县坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面推进法治政府建设,"
    "各项工作取得新成效。现将有关情况报告如下:\n一、2023年主要举措和成效\n全年开展培训5次。\n"
)


def _title(tmp_path, head: str) -> str | None:
    p = tmp_path / "t.txt"
    p.write_text(head + "\n" + BODY, encoding="utf-8")
    return check_path(str(p)).meta.title


@pytest.mark.parametrize(
    "head",
    [
        # breadcrumbs (family: 首页 > 政务公开 > … on county and city portals)
        f"首页 > 政务公开 > 法治政府建设 > 年度报告\n{TITLE}",
        f"首页 -> 政务公开 -> 其他政府信息 -> 工作报告 -> 部门工作报告\n{TITLE}",
        f"首页 >> 信息公开 >> 总结报告 >> 正文\n{TITLE}",
        f"您所在的位置:政务公开 > 工作报告\n{TITLE}",
        # a column name above the title (family: 工作报告 / 司法信息 column headers)
        f"工作报告\n{TITLE}",
        # site names glued to the title (family: <title> copies, mirror sites)
        f"{TITLE}_某某县人民政府",
        f"某某县人民政府 | 政务公开 | {TITLE}",
        f"{TITLE}-国际云顶yd4008\n{TITLE} (2024-01-20)",
        # repeated title, meta prefixes (family: 信息公开目录 pages)
        f"{TITLE}\n来源:某某县司法局 发布时间:2024-03-28\n{TITLE}",
        f"信息分类:法治政府建设 {TITLE}\n索引号:1234/2024-00012",
        f"标 题 | {TITLE} |\n发布日期 | 2024-03-20 |",
        # a page clock glued above (family: 天津静海 style)
        f"某某县人民政府 2019年12月3日星期二\n{TITLE}",
    ],
)
def test_chrome_removed(tmp_path, head):
    assert _title(tmp_path, head) == TITLE


def test_two_line_title_keeps_its_issuer(tmp_path):
    """Family: 中共X县委 X县人民政府 / 关于2023年……的报告 set on two lines."""
    t = _title(tmp_path, "中共某某县委 某某县人民政府\n关于2023年度法治政府建设情况的报告")
    assert t.replace(" ", "") == "中共某某县委某某县人民政府关于2023年度法治政府建设情况的报告"


def test_cover_letter_title_is_context(tmp_path):
    """Family: 报送函 above the report; the report's own title is the title."""
    p = tmp_path / "c.txt"
    p.write_text(
        "关于报送2023年度法治政府建设情况报告的函\n市委依法治市办:\n"
        f"现将《{TITLE}》报送你们,请审阅。\n某某县司法局\n2024年3月20日\n{TITLE}\n{BODY}",
        encoding="utf-8",
    )
    meta = check_path(str(p)).meta
    assert meta.title == TITLE and meta.title_context == "关于报送2023年度法治政府建设情况报告的函"


def test_title_glued_to_banner_and_opening(tmp_path):
    """Family: doc-sharing mirrors that lose every line break."""
    p = tmp_path / "g.txt"
    p.write_text(
        "秘书之家—全网资源每日更新www.mishuzj.com湖北省人民政府关于2023年度法治政府建设情况的报告"
        "2023年,省政府坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,"
        "坚持依法行政,法治政府建设取得新成效。一、坚持党的领导\n",
        encoding="utf-8",
    )
    assert check_path(str(p)).meta.title == "湖北省人民政府关于2023年度法治政府建设情况的报告"


def test_older_form_of_title(tmp_path):
    """Family: pre-2016 reports titled ……工作情况及下一年工作打算."""
    t = "某某区政府2015年推进依法行政工作情况及2016年工作打算"
    assert _title(tmp_path, f"{t}\n25.02.2016  10:00") == t


def test_no_title_is_none(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text("慈溪市委、市政府:\n" + BODY, encoding="utf-8")
    assert check_path(str(p)).meta.title is None


def test_site_name_above_a_breadcrumb_is_not_part_of_the_title(tmp_path):
    """Family: CMA-style sites: site name, breadcrumb, then the title."""
    t = "某某县气象局2021年度法治政府建设工作情况报告"
    assert (
        _title(tmp_path, f"某某市气象局\n您所在的位置:首页 > 某某县气象局 > 信息公开\n\n{t}\n发布时间:2022-04-15 11:20")
        == t
    )
    assert _title(tmp_path, f"某某市气象局\n首页 > 某某县气象局 > 信息公开\n{t}") == t


def test_year_from_a_short_opening_sentence(tmp_path):
    """Family: pages without a title whose first sentence is short and names a plan's span."""
    p = tmp_path / "y.txt"
    p.write_text(
        "2022年,某某市紧紧围绕《法治政府建设实施纲要(2021—2025年)》,推动法治政府建设。\n"
        "一、加强统筹谋划\n出台《某某市法治政府建设行动方案(2021—2025年)》。\n",
        encoding="utf-8",
    )
    meta = check_path(str(p)).meta
    assert meta.year == 2022 and meta.outline_cited == "2021-2025"


def test_table_rows_of_figures_stay_in_the_body(tmp_path):
    """A report's table scraped with | separators is content, not a menu bar."""
    from checker.model import Line
    from checker.structure.chrome import is_chrome

    assert not is_chrome(Line(1, "行政复议案件 | 23 | 12"))
    assert is_chrome(Line(1, "设为首页 | 收藏本站 | 网站地图"))


@pytest.mark.parametrize(
    "text, title",
    [
        # a breadcrumb set one item a line, then the title (family: 政府信息公开平台 pages)
        (
            "当前位置:首页\n> 政府信息公开\n> 年报\n某镇人民政府2022年度政府信息公开工作年度报告\n本报告依据条例编制。",
            "某镇人民政府2022年度政府信息公开工作年度报告",
        ),
        # a bare title, then the same title under its issuer's line (family: 信息公开年报 pages)
        (
            "2022年政府信息公开工作年度报告\n某县某镇人民政府\n2022年政府信息公开工作年度报告\n一、总体情况\n全年公开信息50条。",
            "某县某镇人民政府2022年政府信息公开工作年度报告",
        ),
        # a news headline with no stamp under it; a newspaper's issue line above it is not the headline
        (
            "第一版:要闻版总第4492期 >2024-01-22编印\n县十六届人大四次会议开幕\n1月21日上午,县第十六届人民代表大会第四次会议开幕。",
            "县十六届人大四次会议开幕",
        ),
        # a template site's name after the headline, an emoji after another
        ("城管局副局长述职报告范文五篇-某某买球平台\n20xx年述职述廉报告。", "城管局副局长述职报告范文五篇"),
        ("某某县2024工作报告📜\n尊敬的各位领导、各位代表,大家好!", "某某县2024工作报告"),
    ],
)
def test_look_alike_headlines(tmp_path, text, title):
    p = tmp_path / "h.txt"
    p.write_text(text + "\n", encoding="utf-8")
    assert check_path(str(p)).meta.title == title


def test_red_header_and_document_number_are_not_headlines(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text(
        "某某市人民政府文件\n某政函〔2020〕103号\n各县(市)区人民政府:\n现将考核结果通报如下。\n", encoding="utf-8"
    )
    assert check_path(str(p)).meta.title is None
