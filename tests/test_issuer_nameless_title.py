"""Issuer of a page whose title names no one ("关于2022年度法治政府建设工作情况的报告", rn50): the unit the lead
sentence names as its subject, as on a page without a title; "我局"/"我区" and a bare "区司法局" name no one,
and a page's 来源 (the drafting office) is not the issuer."""

from __future__ import annotations

from conftest import ROOT

from checker.model import SourceText
from checker.normalize import normalize
from checker.structure import build

PAGES = ROOT / "tests" / "realpages" / "pages"


def _issuer(text: str) -> str | None:
    return build(normalize(SourceText(path="t.txt", format="txt", lines=text.split("\n")))).meta.issuer


TITLE = "关于2022年度法治政府建设工作情况的报告"
BODY = "\n一、主要举措和成效\n(一)加强组织领导。召开常务会议12次,研究部署法治政府建设工作。"


def test_the_lead_names_the_unit_of_a_nameless_title():
    lead = "2022年,在市委、市政府的坚强领导下,开福区坚持以习近平法治思想为指导,推动法治政府建设各项工作向纵深推进。"
    assert (
        _issuer(f"{TITLE}\n发布时间:2023-01-29 来源:某市开福区司法局\n某市委、某市人民政府:\n{lead}{BODY}") == "开福区"
    )


def test_a_lead_that_names_no_one_leaves_the_issuer_unknown():
    for who in ("我局", "我区", "区司法局"):
        lead = f"2025年,在区委的坚强领导下,{who}坚持以习近平法治思想为指导,扎实推进法治政府建设各项工作。现将有关情况报告如下:"
        assert _issuer(f"{TITLE}\n{lead}{BODY}") is None, who


def test_a_title_that_names_its_unit_keeps_it():
    lead = "2022年,在市委、市政府的坚强领导下,开福区坚持以习近平法治思想为指导,推动法治政府建设各项工作向纵深推进。"
    assert (
        _issuer(f"长沙市开福区人民政府关于2022年度法治政府建设工作情况的报告\n{lead}{BODY}") == "长沙市开福区人民政府"
    )


def test_real_page_with_a_nameless_title():
    text = (PAGES / "rn50_rep_kaifu_nameless_title_2022.txt").read_text(encoding="utf-8")
    assert _issuer(text) == "开福区"
