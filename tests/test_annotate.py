"""The annotated Word file: comments by "lawcheck" at the right paragraphs,
read back through LibreOffice (the comments become office:annotation), the
original .docx unchanged byte for byte."""

from __future__ import annotations

import hashlib
import shutil
import subprocess

import pytest
from conftest import SEED_NAMES, run_cli, seed_path, seed_text
from docx_build import style_numbered
from lxml import etree

from checker.pipeline import check_path
from checker.render.annotate import AUTHOR, comments_for, write_annotated

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(not SOFFICE, reason="LibreOffice (libreoffice-writer-nogui) not installed")
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}
PARA = {f"{{{NS['text']}}}p", f"{{{NS['text']}}}h"}


def to_fodt(paths, tmp_path):
    """Convert with LibreOffice headless (its own profile: HOME may not be writable)."""
    out = tmp_path / "fodt"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "fodt",
            "--outdir",
            str(out),
            *map(str, paths),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {p: out / (p.name[: -len(".docx")] + ".fodt") for p in paths}


def annotations(fodt) -> list[tuple[str, str, str]]:
    """(author, comment text, text of the paragraph it sits in) for each comment."""
    root = etree.parse(str(fodt)).getroot()
    out = []
    for a in root.iterfind(".//office:annotation", NS):
        p = a.getparent()
        while p.tag not in PARA:
            p = p.getparent()
        body = "".join(p.xpath(".//text()[not(ancestor::office:annotation)]", namespaces=NS)).strip()
        author = a.findtext("dc:creator", namespaces=NS)
        comment = "".join(p_.xpath("string()") for p_ in a.iterfind("text:p", NS))
        out.append((author, comment, body))
    return out


def _expected(report, lines):
    """comment text -> the paragraph text it must sit in."""
    out = []
    first = report.meta.title_line or next(i for i, l in enumerate(lines, 1) if l.strip())
    for line, text in comments_for(report):
        out.append((text, lines[(line or first) - 1].strip()))
    return out


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("annotate")
    made = {}
    for name in SEED_NAMES:
        report = check_path(str(seed_path(name)))
        out = write_annotated(report, str(seed_path(name)), tmp / f"{name[:-4]}.annotated.docx")
        lines = seed_text(name).replace("\r\n", "\n").split("\n")
        made[out] = (report, lines)
        numbered = tmp / f"{name[:-4]}-styled.docx"
        style_numbered([l.strip() for l in lines if l.strip()], numbered)
        before = hashlib.sha256(numbered.read_bytes()).hexdigest()
        report = check_path(str(numbered))
        out = write_annotated(report, str(numbered), tmp / f"{name[:-4]}-styled.annotated.docx")
        assert hashlib.sha256(numbered.read_bytes()).hexdigest() == before  # the original untouched
        from checker.read import read_path

        made[out] = (report, read_path(str(numbered)).lines)
    fodt = to_fodt(list(made), tmp)
    return {p: (made[p][0], made[p][1], annotations(fodt[p])) for p in made}


def test_every_comment_at_its_paragraph(converted):
    for path, (report, lines, found) in converted.items():
        expected = _expected(report, lines)
        assert expected, path  # every seed has gaps or findings
        assert len(found) == len(expected), path
        for author, comment, body in found:
            assert author == AUTHOR
        for text, para_text in expected:
            hits = [body for _, comment, body in found if comment.strip() == text.strip()]
            assert hits, (path, text)
            # LibreOffice keeps automatic numbers out of the text: the paragraph is the line without them
            assert any(body and body in para_text for body in hits), (path, text, para_text, hits)


def test_missing_part_comment_at_the_place_it_belongs(converted):
    for path, (report, lines, found) in converted.items():
        for e in report.elements:
            if e.status == "missing" and e.anchor is not None:
                mine = [body for _, comment, body in found if comment.startswith(f"【缺失】{e.name}")]
                assert mine and mine[0] in lines[e.anchor.line - 1], (path, e.id)


def test_cli_annotate_for_txt_and_docx(tmp_path):
    src = tmp_path / "报告.docx"
    style_numbered([l.strip() for l in seed_text(SEED_NAMES[0]).split("\n") if l.strip()], src)
    before = src.read_bytes()
    r = run_cli(str(src), str(seed_path(SEED_NAMES[1])), "--annotate", "--no-pdf", "--out", str(tmp_path / "out"))
    assert r.returncode in (0, 1), r.stderr
    assert (tmp_path / "out" / "报告.annotated.docx").is_file()
    assert (tmp_path / "out" / f"{SEED_NAMES[1][:-4]}.annotated.docx").is_file()
    assert "批注版" in r.stderr
    assert src.read_bytes() == before
    import docx

    d = docx.Document(str(tmp_path / "out" / "报告.annotated.docx"))
    assert d.comments and all(c.author == AUTHOR for c in d.comments)


def test_annotated_copy_is_known_as_lawcheck_output(tmp_path):
    """A second run over a folder never takes an annotated copy for a report."""
    from checker.batch.own import own_output

    src = tmp_path / "报告.docx"
    style_numbered([l.strip() for l in seed_text(SEED_NAMES[0]).split("\n") if l.strip()], src)
    assert own_output(src.read_bytes()) is None
    out = write_annotated(check_path(str(src)), str(src), tmp_path / "报告.annotated.docx")
    assert own_output(out.read_bytes()) == "Word"


def test_edited_annotated_copy_is_checked_again_with_fresh_comments_only(tmp_path):
    """QA qa2-A1, the self-review loop: the office fixes its draft inside the annotated copy (Word keeps the
    copy's properties) and checks it again. The edited copy was skipped as lawcheck's own output ("跳过 lawcheck
    生成的文件"), and annotating it would have put the new comments beside the old ones. Now the copy is ours
    only while its text is unchanged; checked again, its old lawcheck comments are replaced, a colleague's stay."""
    import docx

    from checker.batch.own import own_output

    src = tmp_path / "报告.docx"
    style_numbered([l.strip() for l in seed_text(SEED_NAMES[0]).split("\n") if l.strip()], src)
    d = docx.Document(str(src))
    d.add_comment(d.paragraphs[1].runs, text="请核对数据", author="张三", initials="ZS")  # a colleague's review
    d.save(str(src))
    first = write_annotated(check_path(str(src)), str(src), tmp_path / "报告.annotated.docx")
    assert own_output(first.read_bytes()) == "Word"
    resaved = tmp_path / "另存.docx"  # opened and saved without a change: still lawcheck's copy
    docx.Document(str(first)).save(str(resaved))
    assert own_output(resaved.read_bytes()) == "Word"

    edited = tmp_path / "改后.docx"
    d = docx.Document(str(first))
    assert sum(c.author == AUTHOR for c in d.comments) >= 1  # the first run's comments, to be replaced
    d.paragraphs[-1].insert_paragraph_before("究其原因，一是思想认识不到位，二是工作力量不足。")
    d.save(str(edited))
    assert own_output(edited.read_bytes()) is None  # a report again
    r = run_cli(str(edited), "--annotate", "--no-pdf", "--out", str(tmp_path / "out"))
    assert r.returncode in (0, 1), r.stderr
    assert "跳过" not in r.stderr
    again = tmp_path / "out" / "改后.annotated.docx"
    report = check_path(str(edited))
    want = comments_for(report)
    found = annotations(to_fodt([again], tmp_path)[again])  # read back through LibreOffice
    mine = [c for a, c, _ in found if a == AUTHOR]
    assert sorted(mine) == sorted(t for _, t in want)  # no comment of the first run left beside the new ones
    assert [c for a, c, _ in found if a == "张三"] == ["请核对数据"]
    assert own_output(again.read_bytes()) == "Word"
