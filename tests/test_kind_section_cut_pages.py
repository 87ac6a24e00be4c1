"""section kind, `fallback_sub_parts` (rule `measures`): a report page without any first-level heading — cut in the
middle of the report (rn38 开州区卫健委 2022 starts at "(三)健全依法行政制度体系") or a mirror whose first part lost its
"一、" (rn40 娄底 2016) — has its measures in its thematic sub-parts; a plan's or 分工方案's tasks naming their
责任单位/牵头单位 are no work done; a page with first-level parts is judged by them as before."""

from __future__ import annotations

import pytest

from checker.pipeline import check_path

CUT = (
    "(三)健全依法行政制度体系。\n1. 完善规范性文件制定和审查制度。\n"
    "我委印发了《关于进一步加强规范性文件管理的通知》,严格规范性文件制定程序。\n"
    "2. 推进法律顾问制度建设。\n进一步推进法律顾问制度,推动法律顾问参与重大决策。\n"
    "(四)健全行政执法工作体系。\n1. 执法监督有力度。\n"
    "2022年,全区被监督单位3299户,监督检查3482户次。全年下达行政处罚决定310件,罚没118.49万元。\n"
)


def _measures(tmp_path, text, encoding="utf-8"):
    p = tmp_path / "page.txt"
    p.write_bytes(text.encode(encoding))
    return next(e for e in check_path(str(p)).elements if e.id == "measures")


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_middle_cut_page_sub_parts_are_the_measures(tmp_path, encoding):
    got = _measures(tmp_path, CUT, encoding)
    assert got.status == "present"
    assert "健全依法行政制度体系" in got.evidence[0].text


def test_cut_first_part_before_the_later_parts(tmp_path):
    """Cut in the middle of part 一, the page goes on with "二、存在的问题" and "三、下一步工作安排": the sub-parts above
    the first first-level heading are the rest of the measures part."""
    text = CUT + "二、存在的问题\n执法力量仍然薄弱。\n三、2023年工作安排\n继续加强培训。\n"
    assert _measures(tmp_path, text).status == "present"


def test_lost_part_number_sub_parts_are_the_measures(tmp_path):
    text = (
        "娄底市人民政府2016年度法治政府建设工作报告\n省人民政府:\n"
        "2016年,我市深入贯彻落实党的十八大精神,现将有关情况报告如下。\n"
        "以强化组织领导为抓手,着力营造法治政府建设浓厚氛围\n"
        "(一)优化组织体系,加强法治政府建设组织领导。成立领导小组,召开会议3次。\n"
        "(二)优化计划体系,保障法治政府建设有序推进。印发年度工作要点。\n"
    )
    assert _measures(tmp_path, text).status == "present"


def test_plan_tasks_with_their_units_are_not_measures(tmp_path):
    text = (
        "(一)健全依法行政制度体系\n1.完善规范性文件制定和审查制度。责任单位:区司法局\n"
        "(二)健全行政执法工作体系\n2.严格规范公正文明执法。牵头单位:区市场监管局;配合单位:各乡镇\n"
    )
    assert _measures(tmp_path, text).status != "present"


def test_one_sub_part_alone_is_not_enough(tmp_path):
    text = "(三)健全依法行政制度体系。\n我委完善规范性文件制定和审查制度。\n"
    assert _measures(tmp_path, text).status != "present"


def test_first_level_parts_decide_when_present(tmp_path):
    """A page with first-level parts: its sub-parts under 二、存在的问题 are not counted as measures."""
    text = (
        "某县2023年度法治政府建设情况报告\n一、存在的问题\n(一)执法力量薄弱\n执法人员不足。\n"
        "(二)制度建设滞后\n制度不健全。\n二、下一步工作打算\n继续加强培训。\n"
    )
    assert _measures(tmp_path, text).status != "present"
