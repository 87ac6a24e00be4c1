"""section_substance: reads the part an element rule found (from the match
context), blanks stock phrases, counts substance cues; absolute or per
1000 characters; a missing part is not judged."""

from __future__ import annotations

from quality_helpers import check_text, found, rulebook

RULE = """
- id: thin
  kind: section_substance
  name: 写实（测试）
  source: 测试
  weight: 0
  severity: info
  fix: 写实
  needs: [problems]
  params:
    element: problems
    boilerplate: ['仍存在一些不足']
    cues: ['一是', '\\d']
    min_hits: 1
    message: 共 {chars} 字，{count} 处
  examples:
    - {text: "一、主要工作\\n开展培训。\\n二、存在的问题\\n仍存在一些不足。", expect: fires}
    - {text: "一、主要工作\\n开展培训。\\n二、存在的问题\\n一是人员不足。", expect: quiet}
- id: dense
  kind: section_substance
  name: 密度（测试）
  source: 测试
  weight: 0
  severity: info
  fix: 写数据
  needs: [measures]
  params: {element: measures, cues: ['\\d+件'], min_hits: 2, per_chars: 100, min_chars: 50, message: '{count}/{chars}'}
  examples:
    - {text: "一、主要举措\\n办理案件3件。加强领导加强领导加强领导加强领导加强领导加强领导加强领导加强领导加强领导加强领导加强领导加强领导。\\n二、存在的问题\\n不足。", expect: fires}
    - {text: "一、主要举措\\n办理案件3件。审查文件4件。加强领导加强领导加强领导加强领导加强领导加强领导加强领导加强领导。\\n二、存在的问题\\n不足。", expect: quiet}
"""
HEAD = "XX县2023年法治政府建设年度报告\n一、主要举措\n办理案件3件。\n"


def test_section_with_only_boilerplate_fires_and_the_heading_does_not_count(tmp_path):
    r = check_text(tmp_path, HEAD + "二、存在的问题1\n仍存在一些不足。", rulebook(tmp_path, RULE))
    hits = found(r, "thin")
    assert len(hits) == 1 and hits[0].line == 4 and hits[0].message == "共 1 字，0 处"


def test_mentioned_part_is_judged_on_its_sentences(tmp_path):
    r = check_text(tmp_path, HEAD + "全年开展培训，但仍存在一些问题和不足。", rulebook(tmp_path, RULE))
    assert [f.rule for f in r.findings if f.rule == "thin"] == ["thin"]
    r = check_text(tmp_path, HEAD + "全年开展培训，但仍存在一些问题和不足，一是人员不足。", rulebook(tmp_path, RULE))
    assert found(r, "thin") == []


def test_missing_part_not_judged(tmp_path):
    r = check_text(tmp_path, HEAD + "二、下一步安排\n继续培训。", rulebook(tmp_path, RULE))
    assert found(r, "thin") == []


def test_density_and_short_parts(tmp_path):
    filler = "加强领导" * 30
    thin = check_text(
        tmp_path, f"一、主要举措\n办理案件3件。{filler}\n二、存在的问题\n不足。", rulebook(tmp_path, RULE)
    )
    rich = check_text(
        tmp_path,
        f"一、主要举措\n办理案件3件，审查4件，复议5件。{filler}\n二、存在的问题\n不足。",
        rulebook(tmp_path, RULE),
    )
    short = check_text(tmp_path, "一、主要举措\n办理案件3件。\n二、存在的问题\n不足。", rulebook(tmp_path, RULE))
    assert len(found(thin, "dense")) == 1 and found(thin, "dense")[0].message.startswith("1/")
    assert found(rich, "dense") == [] and found(short, "dense") == []
