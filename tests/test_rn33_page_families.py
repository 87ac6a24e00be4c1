"""Families found on rounds rn33/rn34's unseen report pages (tests/realpages/pages/rn33_*, rn34_*): a 广东
portal header that labels the publication date 信息提供日期, and a title-less lead whose year runs straight
into the unit's name without a comma ("2023年锦州市卫健委在……领导下,"). Each test runs the whole pipeline on a
text of that shape written as a real file."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.model import Line
from checker.pipeline import check_path
from checker.structure.metadata import issuer_from_lead

LEAD_REST = (
    "在市委市政府的坚强领导下,以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设。"
    "现将2023年法治政府建设工作情况报告如下:"
)
PARTS = "\n一、2023年推进法治政府建设的主要举措和成效\n(一)积极推进依法行政\n全年开展培训5次。\n"


def test_published_from_xinxi_tigong_riqi(tmp_path):
    text = (
        "某某区某某中心2024年法治政府建设年度报告\n"
        "信息提供日期 : 2025-02-25 14:28来源 : 某某区某某中心 信息索引号 : /2025-12041805\n"
        "2024年,某某区某某中心以习近平新时代中国特色社会主义思想为指导,稳步推进法治政府建设。"
        "现将中心2024年法治政府建设情况汇报如下:" + PARTS.replace("2023", "2024")
    )
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    assert check_path(str(p)).meta.published == dt.date(2025, 2, 25)


@pytest.mark.parametrize(
    "lead, want",
    [
        ("2023年锦州市卫健委" + LEAD_REST, "锦州市卫健委"),  # the year runs into the name (rn34 锦州)
        ("2023年,锦州市卫健委" + LEAD_REST, "锦州市卫健委"),  # the usual comma
        ("2023年我局" + LEAD_REST, None),  # "我局" names no one
        ("2023年1月至12月,梅州市司法局" + LEAD_REST, None),  # a span of months is no lead opening
    ],
)
def test_issuer_after_a_year_without_comma(lead, want):
    assert issuer_from_lead([Line(no=1, text=lead)], 1) == want


def test_issuer_after_a_year_without_comma_whole_page(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text("2023年锦州市卫健委" + LEAD_REST + PARTS, encoding="utf-8")
    assert check_path(str(p)).meta.issuer == "锦州市卫健委"
