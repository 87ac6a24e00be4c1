"""leader_duty rule: leading cadres' law study and "关键少数" alone are not the
principal leader's 第一责任人 duty (issue 9 item 5)."""

from __future__ import annotations

import pytest

from checker.pipeline import check_path

HEAD = "某某县2023年度法治政府建设情况报告\n一、2023年主要举措和成效\n"


def _status(tmp_path, text):
    p = tmp_path / "l.txt"
    p.write_text(HEAD + text, encoding="utf-8")
    return next(e for e in check_path(str(p)).elements if e.id == "leader_duty")


@pytest.mark.parametrize(
    "text",
    [
        # family: 会前学法 / 领导干部学法 passages (e.g. 县政府常务会议会前学法19次)
        "县政府常务会议会前学法19次,专题学习了《中华人民共和国民法典》。\n",
        "抓住“关键少数”,推动领导干部带头学法用法,全年组织旁听庭审3次。\n",
        "(一)抓住“关键少数”,推进领导干部学法用法\n全年组织领导干部法治培训2期。\n",
        # leading cadres (not the principal leader) leading a law study stay missing
        "由分管领导牵头,组织全体干部集体学法4次。\n",
        # subordinate units' leaders doing 抓落实 are not the principal leader
        "二是压实主体责任。各部门主要负责人抓落实,层层传导压力。\n",
        # the 规定's title alone is no mention
        "二是压实主体责任。严格执行《党政主要负责人履行推进法治建设第一责任人职责规定》,加强组织领导。\n",
    ],
)
def test_law_study_and_key_few_alone_are_missing(tmp_path, text):
    assert _status(tmp_path, text).status == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "紧抓“关键少数”,县政府主要负责同志带头年终述法。\n",
        "县长主持召开专题会议,亲自部署年度法治政府建设重点任务。\n",
        "县委书记切实履行推进法治建设第一责任人职责。\n",
        # family: the principal leader leading the cadres' law study (rn34 凤凰山街道)
        "一是学习贯彻习近平法治思想。由党政主要负责人牵头,以专题学习会议、座谈交流等形式组织全体干部集体学法。\n",
        # family: the 四个亲自 in other words, beside the 规定's title (rn35_rep_bhwxq_binhaiwan_2025)
        "二是压实主体责任。严格执行《党政主要负责人履行推进法治建设第一责任人职责规定》,"
        "新区主要领导牵头抓部署、抓协调、抓落实。\n",
    ],
)
def test_principal_leader_or_the_duty_is_a_mention(tmp_path, text):
    assert _status(tmp_path, text).status == "partial"


def test_heading_with_the_principal_leader_is_present(tmp_path):
    r = _status(tmp_path, "(一)发挥“关键少数”作用,主要负责同志带头履职\n县长主持专题会议研究法治政府建设。\n")
    assert r.status == "present"


# family: a heading that names the duty only by allusion (发挥“关键少数”示范引领作用, 压实主体责任, seen as
# leader-duty headings in real reports) is the leader-duty section when the section's own opening text says
# the principal leader performs the 第一责任人 duty; the body of a sub-heading further down does not count
def test_allusive_heading_confirmed_by_its_opening_is_present(tmp_path):
    r = _status(
        tmp_path,
        "(二)充分发挥“关键少数”的示范引领作用\n市委、市政府主要领导始终把法治政府建设摆在重要位置,"
        "严格履行好第一责任人的职责。\n(三)深化放管服改革\n办理事项1200件。\n",
    )
    assert r.status == "present"
    assert "关键少数" in r.evidence[0].text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the opening speaks of leading cadres' law study, not the duty
        ("(二)压实“关键少数”法治建设责任\n全年组织领导干部旁听庭审3次。\n", "missing"),
        # the opening names subordinate units' leaders' duty (mention_exclude blanks it)
        ("(二)压实主体责任\n推动各乡镇、各部门主要负责人履行第一责任人职责。\n", "missing"),
        # the duty is under a sub-heading of another title: only a mention
        ("(一)认真履行主体责任\n1.加强组织领导\n区政府主要负责同志严格落实法治建设第一责任人职责。\n", "partial"),
    ],
)
def test_allusive_heading_without_its_own_confirmation_is_not_present(tmp_path, text, want):
    assert _status(tmp_path, text).status == want


def test_confirmed_allusive_heading_is_not_a_measures_part(tmp_path):
    p = tmp_path / "k.txt"
    p.write_text(
        "某某县2023年度法治政府建设情况报告\n一、压实法治建设责任\n县长切实履行推进法治建设第一责任人职责,"
        "亲自部署重点任务。\n",
        encoding="utf-8",
    )
    got = {e.id: e.status for e in check_path(str(p)).elements}
    assert got["leader_duty"] == "present"
    assert got["measures"] != "present"


# family (rn23 郑州人社 2019, 金华应急 2020): a sub-part that alludes to the party's leadership of 法治(政府)建设 is the
# leader-duty section when its opening names the principal leader's 第一责任人 duty, also when that opening is a
# run-in item ("一是认真落实……,局长带头……"); a whole first-level part of that name whose opening says so (司法部 2021,
# 应急管理部 2020: the set's convention, README "rn40") is the duty's part and still the measures part
@pytest.mark.parametrize(
    "text",
    [
        "(一)持续强化党对法治政府建设的领导。局党组书记、局长认真履行推进法治建设第一责任人职责,定期研究法治工作。\n",
        "(一)强化法治建设党的领导\n一是认真落实党政主要负责人推进法治建设第一责任人职责,局长带头学习。二是落实学法制度。\n"
        "(二)推进放管服改革\n办理许可47件。\n",
    ],
)
def test_party_leadership_sub_part_confirmed_is_present(tmp_path, text):
    assert _status(tmp_path, text).status == "present"


@pytest.mark.parametrize(
    "body,expect",
    [
        # the part's opening says the principal leader performs the duty: the duty's own part
        ("部党组书记、部长认真履行推进法治建设第一责任人职责,全年主持研究法治工作12次。\n", "present"),
        ("\n2020年,本部坚持党对法治政府建设的领导。部主要负责同志认真履行法治政府建设第一责任人职责。\n", "present"),
        # the duty only in a later sub-part of the whole part: held among other items
        ("(一)深入学习习近平法治思想\n组织学习12次。\n(二)完善制度\n部长认真履行第一责任人职责。\n", "partial"),
    ],
)
def test_party_leadership_first_level_part_stays_measures(tmp_path, body, expect):
    p = tmp_path / "k.txt"
    p.write_text(
        "司法部2021年法治政府建设年度报告\n2021年,司法部坚持以习近平法治思想为指导。\n"
        "一、加强党对法治政府建设的领导,确保法治政府建设正确方向\n" + body,
        encoding="utf-8",
    )
    got = {e.id: e.status for e in check_path(str(p)).elements}
    assert got["measures"] == "present"
    assert got["leader_duty"] == expect


# family (acc22, 香格里拉林草 2025, 北城街 2025, 重庆市场监管 2025, 天津卫健 2024): a sub-part whose heading names the
# duty only by allusion ("压实法治建设责任", "加强党对法治建设的领导") is the duty's part when an item in it names the
# duty in its own heading ("二是压实第一责任人职责"), on a line of its own as when it runs on in the opening paragraph;
# under a sub-part that does not allude to the duty ("(一)加强组织领导") the same item is a mention (gold seed 004:
# "二是切实推进第一责任人职责, inside part 一" = partial), whatever the layout
ITEMS = (
    "一是高位推动法治政府建设。由局主要领导抓法治政府建设工作。{sep}"
    "二是压实第一责任人职责,严格落实党政主要负责人推进法治建设第一责任人职责,局长亲自部署年度重点任务。\n"
    "(二)深化放管服改革\n办理事项1200件。\n"
)


@pytest.mark.parametrize("sep", ["\n", ""])
@pytest.mark.parametrize(
    "head,expect",
    [("(一)强化政治引领,压实法治建设责任\n", "present"), ("(一)加强组织领导,完善工作机制\n", "partial")],
)
def test_duty_item_confirms_an_allusive_sub_part_on_any_layout(tmp_path, sep, head, expect):
    r = _status(tmp_path, head + ITEMS.format(sep=sep))
    assert r.status == expect


def test_duty_item_does_not_make_a_whole_first_part_the_duty(tmp_path):
    p = tmp_path / "l.txt"
    p.write_text(
        "某某局2023年法治政府建设情况报告\n一、落实法治责任,健全法治工作机制\n(一)健全机构\n成立领导小组。\n"
        "(二)完善制度\n1.履行推进法治建设第一责任人职责。局长主持研究法治工作3次。\n2.健全学法制度\n学法6次。\n",
        encoding="utf-8",
    )
    res = check_path(str(p))
    els = {e.id: e.status for e in res.elements}
    assert els["leader_duty"] == "partial"
    assert els["measures"] == "present"


# family (acc22, 14 newly labelled real pages): a sub-part whose own heading names the duty is the duty's part,
# also under a first part "一、党对法治政府建设的领导全面加强" and with the heading run on into its text
@pytest.mark.parametrize(
    "text",
    [
        "(一)深入学习贯彻习近平法治思想。组织学习12次。\n(二)全面落实法治建设第一责任人制度。"
        "厅党组书记、厅长主持研究法治建设4次。\n",
        "(三)履行推进法治建设第一责任人职责制度\n镇党委书记带头年终述法。\n",
    ],
)
def test_sub_part_heading_naming_the_duty_is_present(tmp_path, text):
    r = _status(tmp_path, text)
    assert r.status == "present"
    assert "第一责任人" in r.evidence[0].text


# family (rn10 山东气象 2023, rn23 应急管理部 2020): a whole first part on organising leadership whose text says the
# leader performs the duty is a measures part holding the duty among other items: partial, as the rule's definition says
def test_first_part_on_organising_leadership_is_partial(tmp_path):
    p = tmp_path / "l.txt"
    p.write_text(
        "某某局2023年法治政府建设情况报告\n一、强化法治工作的组织领导。局党组书记、局长认真履行推进法治建设第一责任人职责,"
        "召开党组会研究法治工作3次。\n二、持续加强地方法规体系建设\n出台规章2部。\n",
        encoding="utf-8",
    )
    r = next(e for e in check_path(str(p)).elements if e.id == "leader_duty")
    assert r.status == "partial"


# family (rn38 陕西省政府 2021, run-in 一是 items): the cited 规定's title followed in the same sentence by the principal
# leader's own acts is a mention (partial); the title followed by subordinate units' leaders, or a sentence later by a
# meeting without the principal leader, stays missing
@pytest.mark.parametrize(
    "text,expect",
    [
        (
            "一是切实履行法治政府建设职责。深入贯彻落实《党政主要负责人履行推进法治建设第一责任人职责规定》,"
            "省政府主要负责人及时研究解决法治建设中的重大问题。\n",
            "partial",
        ),
        (
            "二是强化统筹。贯彻《党政主要负责人履行推进法治建设第一责任人职责规定》,县主要领导主持召开专题会议3次。\n",
            "partial",
        ),
        (
            "一是认真贯彻《党政主要负责人履行推进法治建设第一责任人职责规定》,督促各部门主要负责人研究部署法治建设。\n",
            "missing",
        ),
        (
            "一是认真贯彻《党政主要负责人履行推进法治建设第一责任人职责规定》。县政府常务会议研究部署法治建设3次。\n",
            "missing",
        ),
    ],
)
def test_cited_rule_with_principal_leaders_acts_is_a_mention(tmp_path, text, expect):
    r = _status(tmp_path, text)
    assert r.status == expect
    if expect == "partial":
        assert "主要" in r.evidence[0].text


# family (rn38 湖南省政府 2021, rn7 湖南 2024, rn15 罗子山乡 2025): a sub-part whose heading names the leaders'
# responsibility (法治政府建设责任落实更加到位, 压实法治责任) and opens at once with an item "1.……" saying the principal
# leader performs the duty is the duty's own sub-part; the same item under "(一)加强组织领导" stays a mention (gold 004)
@pytest.mark.parametrize(
    "head,expect",
    [
        ("(一)深入学习贯彻习近平法治思想,法治政府建设责任落实更加到位\n", "present"),
        ("(一)压实法治责任,筑牢建设根基\n", "present"),
        ("(一)加强组织领导,完善推进机制\n", "partial"),
    ],
)
def test_responsibility_sub_part_opening_with_a_duty_item(tmp_path, head, expect):
    text = (
        head + "1.坚持党对法治政府建设的领导。省长带头履行推进法治建设第一责任人职责,主持常务会议研究法治工作5次。\n"
        "2.健全学法制度。组织学法6次。\n(二)深化放管服改革\n办理事项1200件。\n"
    )
    assert _status(tmp_path, text).status == expect
