"""A portal's metadata table whose cells lost their separators ("发布机构 兖州区卫生健康局 组配分类 法治政府建设年报")
is site chrome, not the report's title (real page: tests/realpages/pages/rn18_part_yanzhou_wjj_2025.txt)."""

from pathlib import Path

from checker.pipeline import check_path
from checker.structure.chrome import is_spaced_meta_row

PAGE = Path(__file__).parent / "realpages" / "pages" / "rn18_part_yanzhou_wjj_2025.txt"


def test_spaced_label_value_pairs_are_chrome():
    assert is_spaced_meta_row("发布机构 兖州区卫生健康局 组配分类 法治政府建设年报")
    assert is_spaced_meta_row("索  引  号 113708123128401000/2026-00490 公开方式 主动公开")


def test_titles_and_sentences_are_not():
    assert not is_spaced_meta_row("济宁市兖州区卫生健康局2025年度法治政府建设情况的报告")
    assert not is_spaced_meta_row("一、2025年度法治政府建设情况")
    # one label only: not a table row
    assert not is_spaced_meta_row("发布机构 兖州区卫生健康局")
    # the second label must open a cell (after a space) and be followed by a value
    assert not is_spaced_meta_row("成文日期 2026-02-06 废止日期")
    # a label that does not open the line
    assert not is_spaced_meta_row("本局的信息来源 主要是 公开方式 主动公开的材料")


def test_real_page_title_skips_the_table_row():
    rep = check_path(str(PAGE))
    assert rep.meta.title == "济宁市兖州区卫生健康局2025年度法治政府建设情况的报告"
    assert rep.meta.issuer == "济宁市兖州区卫生健康局"
