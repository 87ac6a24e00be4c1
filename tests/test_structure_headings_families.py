"""Structure stage: headings a page hides (helper acc11).

Two families seen on real published reports:
* a page that lost every line break, so its numbered headings run together inside one line
  ("…汇报如下: 一、主要措施和成效 (一)强化组织引领…"): split only on a consistent sequence;
* unnumbered headings set over two lines ("全面贯彻落实党的二十大精神" / "统筹推进法治政府建设高质量
  发展"), alone on the page or with the first line glued to the paragraph before it.
"""

from __future__ import annotations

import pytest

from checker.model import Line
from checker.pipeline import check_path
from checker.structure.headings import build_tree
from checker.structure.runtogether import split_lines

BODY = (
    "切实把法治政府建设的重任扛在肩上,构建起以党政主要负责人为第一责任人,分管领导具体主抓,各部门紧密配合的"
    "工作机制。坚持常态化开展法治政府建设专题研究,加大督查工作力度,对各项法治建设任务进行全程跟踪、严格督办,"
    "确保责任落实到位。全年领导班子会议学法8次,组织执法人员培训3期,办理行政复议案件12件。"
)
OPENING = (
    "2024年,在市委市政府的坚强领导下,我镇扎实开展法治政府建设,深入贯彻习近平法治思想,将法治理念融入政府工作"
    "的每一个环节,全力推进法治政府建设。现将2024年度法治政府建设工作情况汇报如下:"
)


def _lines(*texts: str) -> list[Line]:
    return [Line(no=i + 1, text=t) for i, t in enumerate(texts)]


def _texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


# --- run-together headings ----------------------------------------------------------------


def test_glued_page_is_split_before_each_heading_of_the_sequence():
    glued = f"{OPENING} 一、主要措施和成效 (一)强化组织引领,夯实法治根基。{BODY} (二)规范行政决策。{BODY}"
    out = split_lines(_lines(glued))
    assert _texts(out) == [
        OPENING,
        "一、主要措施和成效",
        f"(一)强化组织引领,夯实法治根基。{BODY}",
        f"(二)规范行政决策。{BODY}",
    ]
    assert {line.no for line in out} == {1}  # evidence still points at the file's line
    heads = build_tree(out)
    assert [(h.level, h.title) for h in heads] == [
        (1, "主要措施和成效"),
        (2, "强化组织引领,夯实法治根基"),
        (2, "规范行政决策"),
    ]


def test_second_part_continues_the_sequence_after_a_colon():
    glued = f"{OPENING} 一、主要措施和成效 {BODY}二、存在的问题: {BODY} 三、下一步工作安排 {BODY}"
    heads = build_tree(split_lines(_lines(glued)))
    assert [h.title for h in heads if h.level == 1] == ["主要措施和成效", "存在的问题", "下一步工作安排"]


def test_prose_that_mentions_one_number_is_not_split():
    once = f"{OPENING} 一、主要措施和成效 {BODY}"  # a single 一、: no sequence
    assert split_lines(_lines(once)) == _lines(once)


def test_out_of_order_numbers_are_not_split():
    # 三、 after 一、 and an inline list (一)(二) with no first-level number: prose, kept whole
    skipped = f"{OPENING} 一、主要措施和成效 {BODY} 三、下一步 {BODY}"
    inline = f"{BODY}主要包括: (一)规范性文件审查 (二)合同审查,{BODY}"
    assert _texts(split_lines(_lines(skipped))) == [skipped]
    assert _texts(split_lines(_lines(inline))) == [inline]


def test_a_number_followed_by_a_paragraph_is_no_heading():
    # the text after "二、" runs past 60 characters without a sentence end: not a heading title
    long_title = "二、" + "法治" * 40
    line = f"{OPENING} 一、主要措施和成效 {BODY} {long_title}。{BODY}"
    assert "二、" not in "".join(h.number for h in build_tree(split_lines(_lines(line))))


def test_short_lines_are_left_alone():
    short = "如下: 一、主要措施 (一)强化组织"
    assert split_lines(_lines(short)) == _lines(short)


def test_glued_real_file_gets_its_measures_part(tmp_path):
    page = tmp_path / "glued.txt"
    text = (
        f"中共某某镇委员会某某镇人民政府关于报送2024年度法治政府建设的报告 中共某某市委、某某市人民政府: "
        f"{OPENING} 一、主要措施和成效 (一)强化组织引领,夯实法治根基。{BODY}"
    )
    page.write_bytes(text.encode("gbk"))  # one line, GBK bytes, as a page saved from the site
    rep = check_path(str(page))
    measures = next(e for e in rep.elements if e.id == "measures")
    assert measures.status == "present"
    assert any("主要措施和成效" in ev.text for ev in measures.evidence)


def test_whole_glued_report_gets_all_its_parts(tmp_path):
    """A whole report in one line (a site that dropped every break): the three statutory parts are found;
    before the split the checker saw measures and problems only as mentions and no next-year plan."""
    work = "全年开展执法培训5次,办理行政复议案件12件,聘请法律顾问3名,审查合同45份。"
    text = (
        "某某镇人民政府关于2024年度法治政府建设情况的报告 某某县委、县人民政府: 2024年,我镇坚持以习近平法治思想为"
        "指导,扎实推进法治政府建设。现将有关情况报告如下: 一、主要举措和成效 (一)强化组织领导。"
        + work * 3
        + " (二)规范行政决策。"
        + work * 2
        + " 二、存在的不足和原因 一是执法力量不足,二是法治宣传覆盖面不广。究其原因,主要是基层执法人员少,培训不够。"
        + " 三、2025年工作安排 一是加强执法队伍建设;二是深化普法宣传。 某某镇人民政府 2025年2月20日"
    )
    page = tmp_path / "glued_whole.txt"
    page.write_bytes(text.encode("gbk"))
    status = {e.id: e.status for e in check_path(str(page)).elements}
    assert (status["measures"], status["problems"], status["next_year_plan"]) == ("present", "present", "present")


# --- unnumbered headings over two lines ---------------------------------------------------


def test_heading_glued_to_the_opening_paragraph_is_found_alone():
    opening = OPENING.rstrip(":") + "。各项工作取得重要进展和成效。全面贯彻落实党的二十大精神"
    heads = build_tree(_lines(opening, "统筹推进法治政府建设高质量发展", BODY))
    assert [(h.level, h.number, h.title, h.index) for h in heads] == [
        (1, "", "全面贯彻落实党的二十大精神统筹推进法治政府建设高质量发展", 1)
    ]


def test_heading_over_two_short_lines_is_found_alone():
    heads = build_tree(_lines(OPENING + "。", "全面贯彻落实党的二十大精神", "统筹推进法治政府建设高质量发展", BODY))
    assert [(h.title, h.index) for h in heads] == [("全面贯彻落实党的二十大精神统筹推进法治政府建设高质量发展", 1)]


def test_one_short_line_alone_is_still_no_heading():
    # without the two-line shape a single short line stays body text (weak evidence)
    assert build_tree(_lines(OPENING + "。", "统筹推进法治政府建设高质量发展", BODY)) == []


def test_captions_and_site_labels_are_no_two_line_heading():
    assert build_tree(_lines(BODY, "(苏祠街道金龙社区)", "(尚义镇龚村)", BODY)) == []
    assert build_tree(_lines(BODY, "第1篇:法治政府建设调查报告", "中国法治政府评估报告(2013)", BODY)) == []
    # a paragraph that ends in a sentence end has no glued tail
    assert build_tree(_lines(BODY, "统筹推进法治政府建设高质量发展", BODY)) == []


def test_numbered_documents_keep_their_numbered_parts_only():
    heads = build_tree(_lines("一、主要举措和成效", BODY + "全面贯彻落实党的二十大精神", "统筹推进法治政府建设", BODY))
    assert [h.title for h in heads] == ["主要举措和成效"]


def test_unnumbered_two_line_heading_real_file(tmp_path):
    page = tmp_path / "ministry.txt"
    opening = "2022年,某部坚持以习近平新时代中国特色社会主义思想为指导," + BODY + "全面贯彻落实党的二十大精神"
    page.write_text("\n".join([opening, "统筹推进法治政府建设高质量发展", BODY]), encoding="utf-8")
    rep = check_path(str(page))
    measures = next(e for e in rep.elements if e.id == "measures")
    assert measures.status == "present"


def test_first_subheading_glued_to_its_part_title_is_split():
    # a PDF's text layer drops the space between "主要措施和成效" and "(一)": (一) right after its part's title
    glued = f"{OPENING} 一、主要措施和成效(一)强化组织引领,夯实法治根基。{BODY} (二)规范行政决策。{BODY}"
    heads = build_tree(split_lines(_lines(glued)))
    assert [(h.level, h.title) for h in heads] == [
        (1, "主要措施和成效"),
        (2, "强化组织引领,夯实法治根基"),
        (2, "规范行政决策"),
    ]


def test_other_glued_numbers_are_not_split():
    # (一)/(二) glued to a sentence rather than to a part's title are prose ("第十条(一)项"): the line stays whole
    line = f"{OPENING} 一、主要措施和成效 依照《条例》第十条(一)项和第十一条(二)项办理。{BODY}"
    assert split_lines(_lines(line)) == _lines(line)
    # (二) glued right after a part's title is no first sub-heading either
    line2 = f"{OPENING} 一、主要措施和成效(二)强化组织引领。{BODY}"
    assert split_lines(_lines(line2)) == _lines(line2)


# --- numbered headings broken before their end ("二、推进法治政府建设存在的" / "不足和原因") -----------------


def test_a_heading_cut_on_de_takes_its_next_line():
    heads = build_tree(_lines("一、主要举措和成效", BODY, "二、推进法治政府建设存在的", "不足和原因", BODY))
    assert [h.title for h in heads] == ["主要举措和成效", "推进法治政府建设存在的不足和原因"]
    assert heads[1].index == 2  # the heading stays on its numbered line


def test_a_complete_heading_does_not_swallow_a_short_line():
    # the title does not end on 的/和/与/及…, or the next line is a sentence, or another heading
    assert [h.title for h in build_tree(_lines("一、主要举措和成效", "全面加强组织领导", BODY))] == ["主要举措和成效"]
    assert [h.title for h in build_tree(_lines("二、推进法治政府建设存在的", "问题较多,原因如下。", BODY))] == [
        "推进法治政府建设存在的"
    ]
    heads = build_tree(_lines("一、推进法治政府建设的", "(一)主要举措", BODY))
    assert [h.title for h in heads] == ["推进法治政府建设的", "主要举措"]


@pytest.mark.parametrize(
    "part, element",
    [
        ("二、推进法治政府建设存在的\n不足和原因", "problems"),
        ("二、2024年推进法治政府建设的\n主要安排", "next_year_plan"),
    ],
)
def test_broken_part_headings_real_file(tmp_path, part, element):
    text = "\n".join(["某某县2023年度法治政府建设情况报告", OPENING, "一、主要举措和成效", BODY, part, BODY])
    page = tmp_path / "broken.txt"
    page.write_text(text, encoding="utf-8")
    status = {e.id: e.status for e in check_path(str(page)).elements}
    assert status[element] == "present"


# --- a first-level number followed by a comma or a space instead of 、 ("二，存在的问题", "三 2024年工作安排") ---


@pytest.mark.parametrize("sep", [",", " ", "  "])  # (a full-width ， is "," after normalize)
def test_first_level_number_with_a_comma_or_a_space(sep):
    heads = build_tree(_lines(f"一{sep}主要举措和成效", BODY, f"二{sep}存在的问题和原因", BODY))
    assert [(h.level, h.title) for h in heads] == [(1, "主要举措和成效"), (1, "存在的问题和原因")]


def test_loose_numbers_only_in_sequence_and_on_short_plain_lines():
    # out of sequence, a sentence, a long line, or punctuation inside: body text
    assert build_tree(_lines(OPENING, "三,存在的问题", BODY)) == []
    assert build_tree(_lines("一,全年开展培训5次。", BODY)) == []
    assert build_tree(_lines("一 " + "法治" * 20, BODY)) == []
    assert build_tree(_lines("一,主要举措,成效显著", BODY)) == []


def test_loose_numbers_real_file(tmp_path):
    text = "\n".join(
        [
            "某某县2023年度法治政府建设情况报告",
            OPENING,
            "一，主要举措和成效",
            BODY,
            "二，存在的不足和原因",
            BODY,
            "三，2024年工作安排",
            BODY,
        ]
    )
    page = tmp_path / "comma.txt"
    page.write_bytes(text.encode("gbk"))
    status = {e.id: e.status for e in check_path(str(page)).elements}
    assert [status[k] for k in ("measures", "problems", "next_year_plan")] == ["present"] * 3
