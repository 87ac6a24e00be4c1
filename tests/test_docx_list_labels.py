"""Word list labels made only of digits or letters ("%1", "%1.%2", upperLetter) are set apart from the text
as Word shows them (its tab or space, w:suff), not joined to it ("11项" for "1<tab>1项"); a label that ends in
its own mark ("1.", "(1)", "一、") is kept as it was. Files built with python-docx; LibreOffice's text export
is the second opinion on what the labels are."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from checker.read import read_path

# (numFmt, lvlText, w:suff or None for Word's default tab)
_LEVELS = [
    ("decimal", "%1", "tab"),
    ("upperLetter", "%2", "space"),
    ("decimal", "%1.%2.%3", None),
    ("chineseCounting", "%4", "tab"),
    ("decimal", "%5.", "tab"),
    ("decimal", "(%6)", "space"),
    ("decimal", "%7", "nothing"),
]
_PARAS = [
    (0, "11项行政规范性文件已备案"),
    (1, "AA级诚信单位"),
    (1, "B类事项"),
    (2, "2023年完成清理"),
    (3, "三项制度"),
    (4, "五项"),
    (5, "六项"),
    (6, "7天内办结"),
]
_EXPECTED = [
    "1 11项行政规范性文件已备案",
    "A AA级诚信单位",
    "B B类事项",
    "1.B.1 2023年完成清理",
    "一 三项制度",
    "1.五项",
    "(1)六项",
    "17天内办结",  # w:suff "nothing": Word shows the number and the text together
]


def _build(path) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    numbering = d.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        + (f'<w:suff w:val="{suff}"/>' if suff else "")
        + f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text, suff) in enumerate(_LEVELS)
    )
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="80"><w:multiLevelType w:val="multilevel"/>'
            f"{levels}</w:abstractNum>"
        )
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="80"><w:abstractNumId w:val="80"/></w:num>'))
    for ilvl, text in _PARAS:
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="80"/></w:numPr>')
        )
    d.save(path)


def test_digit_and_letter_labels_are_set_apart(tmp_path):
    p = tmp_path / "labels.docx"
    _build(p)
    assert read_path(str(p)).lines == _EXPECTED


def test_labels_agree_with_libreoffice(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice (soffice) is needed: scripts/setup.sh installs it")
    p = tmp_path / "labels.docx"
    _build(p)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "txt:Text",
            "--outdir",
            str(tmp_path),
            str(p),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    theirs = [l.strip() for l in (tmp_path / "labels.txt").read_text(encoding="utf-8-sig").splitlines() if l.strip()]
    ours = read_path(str(p)).lines
    assert len(theirs) == len(ours) == len(_PARAS)
    for mine, lo, (ilvl, _text) in zip(ours, theirs, _PARAS):
        # the same label and text (LibreOffice's text export puts a space after every label)
        assert re.sub(r"\s", "", mine) == re.sub(r"\s", "", lo)
        if _LEVELS[ilvl][2] != "nothing" and re.match(r"^\S*[0-9A-Za-z一二三四五六七八九十]\s", lo):
            assert re.match(r"^\S+ ", mine), (mine, lo)  # a label of only digits or letters stands apart
