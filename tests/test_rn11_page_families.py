"""Families found on the rn11 round of unseen report openings (helper acc11): each test names
the family and the page it was seen on, and checks the pipeline (or the structure step) on a
text of that shape."""

from __future__ import annotations

import pytest

from checker.model import Line
from checker.pipeline import check_path
from checker.structure.headings import build_tree
from checker.structure.metadata import issuer_from_signature, issuer_from_title

OPENING = (
    "2025年,园区管委会始终坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实习近平法治思想,依据"
    "《法治政府建设实施纲要(2021—2025年)》要求,扎实推进法治政府建设各项工作。现将2025年度工作报告如下。"
)
BODY = "将学习贯彻习近平法治思想作为首要政治任务,组织专题学习4次,覆盖干部职工30余人,开展执法培训2场。"
GD_PART = (
    "一、全面贯彻党的二十大和二十届历次全会精神,深入学习贯彻习近平法治思想和习近平总书记对广东系列重要讲话、"
    "重要指示精神的情况,紧密围绕省委“1310”具体部署和市委“138”具体安排推动法治政府建设的举措和成效"
)


def _check(tmp_path, text):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def _lines(*texts):
    return [Line(no=i + 1, text=t) for i, t in enumerate(texts)]


# --- a part name written out in full (Guangdong's guideline; 东源产业园区管委会 2025) --------------


def test_a_long_part_name_before_its_first_subheading_is_a_heading():
    assert len(GD_PART) > 60
    heads = build_tree(_lines(OPENING, GD_PART, "(一)深化理论武装,筑牢习近平法治思想根基", BODY))
    assert [(h.level, h.number) for h in heads] == [(1, "一、"), (2, "(一)")]
    assert heads[0].title.endswith("推动法治政府建设的举措和成效")
    assert heads[1].parent == 0


def test_a_long_part_name_ending_as_a_part_name_is_a_heading_without_a_subheading():
    # Guangdong's template parts are often followed by their text directly
    heads = build_tree(_lines(OPENING, GD_PART, BODY))
    assert [(h.level, h.number) for h in heads] == [(1, "一、")]


def test_a_long_first_level_line_otherwise_stays_body():
    # not ending as a part name and no (一) below: a run-in paragraph without a sentence end
    line = "一、全面贯彻党的二十大精神,深入学习贯彻习近平法治思想,紧密围绕省委具体部署推动法治政府建设各项工作任务落实落细落地见效全面提升依法行政水平"
    assert len(line) > 60
    assert build_tree(_lines(OPENING, line, BODY)) == []
    # a sentence end inside the line: a paragraph, whatever follows
    para = GD_PART + "。" + BODY
    assert [h.number for h in build_tree(_lines(OPENING, para, "(一)深化理论武装", BODY))] == ["(一)"]
    # out of the sequence (a 三、 after nothing): still body
    assert build_tree(_lines(OPENING, "三、" + GD_PART[2:], BODY)) == []


def test_long_part_name_real_file_has_its_measures_part(tmp_path):
    text = "\n".join(
        [
            "河源某某产业园区管委会2025年法治政府建设年度报告",
            OPENING,
            GD_PART,
            "(一)深化理论武装,筑牢法治思想根基",
            BODY,
        ]
    )
    measures = next(e for e in _check(tmp_path, text).elements if e.id == "measures")
    assert measures.status == "present"


# --- issuer: a title whose year lost its 年 (沅江路街道2024法治政府建设年度报告) ----------------------


@pytest.mark.parametrize(
    "title, issuer",
    [
        ("沅江路街道2024法治政府建设年度报告", "沅江路街道"),
        ("某某县司法局2023依法行政工作报告", "某某县司法局"),
        ("沅江路街道2024年法治政府建设年度报告", "沅江路街道"),
        # digits that are no year before 法治 still name no issuer
        ("第12法治课堂情况报告", None),
    ],
)
def test_issuer_before_a_year_without_nian(title, issuer):
    assert issuer_from_title(title) == issuer


# --- issuer: a cut page ending in a lone unit word (浦沿街道 2024: the page stops at "街道") ------------


def test_a_lone_unit_word_at_the_end_of_a_cut_page_is_no_signature():
    assert issuer_from_signature(_lines(OPENING, BODY, "(三)保障信息公开,强化合法性审查", "街道")) is None
    assert issuer_from_signature(_lines(OPENING, BODY, "人民政府")) is None
    assert issuer_from_signature(_lines(OPENING, BODY, "某某街道办事处", "2025年1月20日")) == "某某街道办事处"


def test_cut_page_real_file_has_no_issuer(tmp_path):
    rep = _check(tmp_path, "\n".join([OPENING, "一、主要举措和成效", BODY, "街道"]))
    assert rep.meta.issuer is None


# --- the national outline with a mistyped start year (北城街街道 2025: "纲要(2022—2025年)") ----------


@pytest.mark.parametrize("years", ["2022—2025年", "2020-2025年", "2024-2025"])
def test_outline_with_a_mistyped_start_year_is_still_cited(tmp_path, years):
    text = f"某某街道2025年法治政府建设年度报告\n2025年,街道紧扣《法治政府建设实施纲要({years})》要求。\n一、主要举措\n{BODY}"
    rep = _check(tmp_path, text)
    assert rep.meta.outline_cited == "2021-2025"
    assert not any(f.rule == "outline_version" for f in rep.findings)
    # the wrong years are still reported as a wrong form of the outline's name
    assert any(f.rule == "term_form" and "纲要" in f.message for f in rep.findings)


def test_a_local_outline_with_those_years_is_still_not_the_national_one(tmp_path):
    text = f"某某街道2025年法治政府建设年度报告\n2025年,落实《某某市法治政府建设实施纲要(2022-2025年)》。\n一、主要举措\n{BODY}"
    assert _check(tmp_path, text).meta.outline_cited is None


# --- rn13: the central outline named without 《》 (梅州退役军人事务局 2020: 中央和省、市法治政府建设(依法行政)实施纲要) --


@pytest.mark.parametrize(
    "phrase",
    ["根据中央和省、市法治政府建设(依法行政)实施纲要的要求", "以深入实施中央、省市法治政府建设实施纲要为主线"],
)
def test_central_outline_without_quotes_is_the_outline_of_the_year(tmp_path, phrase):
    text = f"市委、市政府:\n{phrase},我局不断提升依法行政水平。现将2020年工作情况报告如下:\n一、主要举措\n{BODY}"
    assert _check(tmp_path, text).meta.outline_cited == "2015-2020"


def test_a_quoted_outline_with_its_years_is_not_taken_for_the_other_one(tmp_path):
    # "中共中央国务院印发(法治政府建设实施纲要(2021-2025年)": the years decide, not the bare-name form
    text = (
        "某省2020年法治政府建设工作指引\n根据《中共中央国务院印发(法治政府建设实施纲要(2021-2025年)>的通知》,"
        f"制定本指引。\n一、主要举措\n{BODY}"
    )
    assert _check(tmp_path, text).meta.outline_cited == "2021-2025"


def test_a_provincial_outline_alone_is_still_not_cited(tmp_path):
    text = (
        f"市委、市政府:\n根据省法治政府建设实施纲要,我局推进依法行政。现将2020年工作情况报告如下:\n一、主要举措\n{BODY}"
    )
    assert _check(tmp_path, text).meta.outline_cited is None


# --- rn13: a 范文 whose year is xxxx年 and dates x月xx日 (70edu: xx县司法局 xxxx年工作总结) ----------------------


def test_year_and_date_placeholders_with_a_unit_placeholder_name_a_template(tmp_path):
    text = (
        "xxxx年,xx县司法局在县委、县政府的坚强领导下,全面履行职能,现将xxxx年工作总结如下:\n一、主要工作成效\n"
        f"今年x月xx日,普法讲师团成立仪式在县司法局举行。\n{BODY}"
    )
    rep = _check(tmp_path, text)
    assert any(f.rule == "not_annual_report" and "范文" in f.message for f in rep.findings)


def test_one_unit_placeholder_alone_is_still_a_report(tmp_path):
    # a drafting office blanks its own name (xx县): no year or date placeholder, still checked as a report
    text = f"xx县2024年度法治政府建设情况报告\n2024年,我县推进法治政府建设。现将有关情况报告如下:\n一、主要举措和成效\n{BODY}"
    assert not any(f.rule == "not_annual_report" for f in _check(tmp_path, text).findings)


# --- a ministry's name alone on the line above its title (退役军人事务部 / 2021年……年度报告, as a .docx sets it) ---


def test_a_ministry_line_above_a_year_title_is_the_issuer(tmp_path):
    text = f"某某网站\n退役军人事务部\n2021年法治政府建设年度报告\n{OPENING}\n一、加强党的领导\n{BODY}"
    rep = _check(tmp_path, text)
    assert (rep.meta.title, rep.meta.issuer) == ("退役军人事务部2021年法治政府建设年度报告", "退役军人事务部")


@pytest.mark.parametrize(
    "last", ["(一)加强法治政府建设决策部署", "二、深入学习贯彻党的二十大精神,全面部署", "全面部署"]
)
def test_a_heading_or_a_word_ending_in_bu_shu_signs_nothing(last):
    assert issuer_from_signature(_lines(OPENING, BODY, last)) is None


def test_a_ministry_signature_is_the_issuer():
    assert (
        issuer_from_signature(_lines(OPENING, BODY, "中华人民共和国司法部", "2024年3月29日")) == "中华人民共和国司法部"
    )


def test_guangdong_five_part_report_has_all_statutory_parts(tmp_path):
    # the guideline's five part names, part 一 (100 characters) followed by its text directly
    parts = [
        GD_PART,
        "二、党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的有关情况",
        "三、推进法治政府建设存在的不足和原因",
        "四、上一年度党政主要负责人履行推进法治建设第一责任人职责的情况",
        "五、下一年度推进法治政府建设的主要安排",
    ]
    text = "\n".join(["某某区人民政府2024年法治政府建设年度报告", OPENING] + [x for p in parts for x in (p, BODY)])
    status = {e.id: e.status for e in _check(tmp_path, text).elements}
    assert [status[k] for k in ("measures", "problems", "leader_duty", "next_year_plan")] == ["present"] * 4
