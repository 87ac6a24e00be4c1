"""measures rule: a report that splits its measures over thematic first-level
parts has the measures even when only the first such part is shown (web pages
are often cut after the first part); parts claimed by another required
element (problems, leader duty, next-year plan) never count."""

from __future__ import annotations

import pytest

from checker.pipeline import check_path

HEAD = "某某县2023年度法治政府建设情况报告\n2023年,我县扎实推进法治政府建设。现将有关情况报告如下:\n"


def _statuses(path):
    return {e.id: e.status for e in check_path(str(path)).elements}


@pytest.mark.parametrize(
    "first_part",
    [
        "一、坚持党的领导,统筹推进法治政府建设\n(一)深入学习贯彻习近平法治思想\n组织专题学法4次。\n",
        "一、依法全面履行政府职能\n(一)深化行政审批制度改革\n取消县级行政审批事项5项。\n",
        "一、强化组织领导,夯实法治建设根基\n成立法治政府建设工作领导小组,召开专题会议4次。\n",
    ],
)
def test_one_thematic_first_part_is_the_measures(tmp_path, first_part):
    p = tmp_path / "m.txt"
    p.write_text(HEAD + first_part, encoding="utf-8")
    assert _statuses(p)["measures"] == "present"


@pytest.mark.parametrize(
    "parts",
    [
        "一、区政府主要负责同志履行推进法治建设第一责任人职责情况\n区长主持常务会议学法4次。\n",
        "一、存在的问题\n执法力量薄弱。\n二、下一步工作打算\n继续加强培训。\n",
    ],
)
def test_claimed_parts_are_not_the_measures(tmp_path, parts):
    p = tmp_path / "m.txt"
    p.write_text(HEAD + parts, encoding="utf-8")
    assert _statuses(p)["measures"] == "missing"


def test_same_result_in_docx(tmp_path):
    lines = (HEAD + "一、坚持党的领导,统筹推进法治政府建设\n(一)深入学习贯彻习近平法治思想\n组织专题学法4次。").split(
        "\n"
    )
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    p = tmp_path / "m.docx"
    d.save(str(p))
    assert _statuses(p)["measures"] == "present"
