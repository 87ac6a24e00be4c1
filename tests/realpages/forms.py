"""The labelled real report openings (labels `kind: report`) in the forms offices send them:
an official-document .docx (python-docx), the same .docx as a text PDF (LibreOffice),
saved web pages of three CMS shapes (one GBK-encoded) and a GBK .txt.

    .venv/bin/python tests/realpages/forms.py [--pdf-all] [--keep DIR]   # agreement per field × format

The text of the page is kept line for line; only the layout is the office's. Each page gets its own
combination of layout features, drawn from a random generator seeded by the page id (stable across runs).
tests/test_formats_realpages.py builds the files once per session with `build_all` and compares
the checker's fields with the labels (`same` from run.py).
"""

from __future__ import annotations

import html
import os
import random
import re
import subprocess
import sys
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import run  # noqa: E402  (tests/realpages/run.py: labels, observed, same)

META_FIELDS = ("title", "issuer", "year", "published", "outline_cited")
FORMATS = ("docx", "pdf", "html_zoom", "html_trs_gbk", "html_table", "txt_gbk")
PDF_SHARE = 4  # one page in PDF_SHARE (by a hash of its id) is converted to PDF by default (all with --pdf-all)

_DATE_LINE = re.compile(
    r"^\s*(?:(?:19|20)\d{2}|[〇○零一二]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日\s*$"
)
_UNIT_LINE = re.compile(r"^[^\s,，。;；:：、]{2,30}(?:人民政府|政府|委员会|管委会|办事处|办公室|局|厅|委|院|所|中心)$")
_HEAD1 = re.compile(r"^[一二三四五六七八九十]{1,3}\s*、")
_HEAD2 = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）]")


@dataclass
class Page:
    pid: str
    lines: list[str]  # the page's non-blank lines, stripped
    label: dict
    title_at: tuple[int, int] | None  # [start, end) of the line(s) that hold the labelled title
    rng_seed: int = 0
    features: dict = field(default_factory=dict)


def report_pages(reports: bool = True) -> list[Page]:
    """The labelled report pages (with reports=False: the look-alikes instead)."""
    out = []
    for pid, path, label in run.load_labels():
        if (label.get("kind") == "report") != reports:
            continue
        lines = [l.strip() for l in path.read_text(encoding="utf-8").split("\n") if l.strip()]
        out.append(Page(pid, lines, label, _title_at(lines, label.get("title")), zlib.crc32(pid.encode())))
    return out


def _title_at(lines: list[str], title) -> tuple[int, int] | None:
    """The line, or two or three lines, at the top of the page that spell the labelled title."""
    want = run._norm_title(title)
    if not want:
        return None
    for i in range(min(len(lines), 20)):
        acc = ""
        for j in range(i, min(i + 3, len(lines))):
            acc += run._norm_title(lines[j]) or ""
            if acc == want:
                return i, j + 1
            if not want.startswith(acc):
                break
    return None


def _split_title(title: str, rng: random.Random) -> list[str]:
    """A long title over two centred paragraphs, broken where a drafting office breaks it: before or
    after its 关于, or before the report's year."""
    if len(title) < 22 or rng.random() < 0.5:
        return [title]
    cuts = [
        k for k in (title.find("关于"), title.find("关于") + 2) if 4 <= k <= len(title) - 8 and title.find("关于") > 0
    ]
    y = re.search(r"(?:19|20)\d{2}\s*年", title)
    if y and 4 <= y.start() <= len(title) - 8:
        cuts.append(y.start())
    if not cuts:
        return [title]
    k = rng.choice(sorted(set(cuts)))
    return [title[:k], title[k:]]


def _signature_lines(lines: list[str]) -> set[int]:
    """Indices of a signature unit and its date (right-aligned in an office's layout)."""
    out = set()
    for i, line in enumerate(lines):
        if _DATE_LINE.match(line):
            out.add(i)
            if i and _UNIT_LINE.match(lines[i - 1]) and len(lines[i - 1]) <= 30:
                out.add(i - 1)
    return out


def _docno(label: dict, rng: random.Random) -> str:
    issuer = label.get("issuer") or ""
    year = (label.get("year") or 2023) + 1
    m = re.match(r"^(?:.*?[省市])?(.+?)(?:县|区|市|镇|乡|街道)?(?:人民政府|政府)$", issuer)
    if m:
        word = m.group(1)[:1] + "府"
    else:
        core = re.sub(r"^.*?[省市县区]", "", issuer) or issuer
        word = (core[:1] or "办") + "办"
    return f"{word}发〔{year}〕{rng.randint(1, 40)}号"


def docx_features(page: Page) -> dict:
    rng = random.Random(page.rng_seed)
    issuer = page.label.get("issuer")
    f = {
        "red_head": isinstance(issuer, str) and rng.random() < 0.4,
        "docno": page.title_at is not None and rng.random() < 0.5,
        "heading_styles": rng.random() < 0.5,  # else bold paragraphs
        "footer": rng.random() < 0.8,
        "indent": rng.random() < 0.85,
    }
    title = "".join(page.lines[page.title_at[0] : page.title_at[1]]) if page.title_at else None
    f["title_parts"] = _split_title(title, rng) if title else None
    # a report goes up (上行文): half of the 文号 lines name the one who signed it, on the same line
    f["signer"] = f["docno"] and random.Random(page.rng_seed + 7).random() < 0.5
    return f


def build_docx(page: Page, path: Path) -> dict:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt, RGBColor

    f = docx_features(page)
    rng = random.Random(page.rng_seed + 1)
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "仿宋_GB2312"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    normal.font.size = Pt(16)

    def para(text, *, align=None, bold=False, size=None, color=None, style=None, indent=False):
        p = d.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        return p

    if f["red_head"]:
        para(page.label["issuer"] + "文件", align=WD_ALIGN_PARAGRAPH.CENTER, size=36, color=RGBColor(0xFF, 0, 0))
    sig = _signature_lines(page.lines)
    lines = page.lines
    t0, t1 = page.title_at or (None, None)
    for i, line in enumerate(lines):
        if t0 is not None and t0 <= i < t1:
            if i == t0:
                if f["signer"]:
                    signer = random.Random(page.rng_seed + 8).choice(["张明", "李建国", "王红", "刘志强", "陈静"])
                    para(_docno(page.label, rng) + "\t\t\t签发人：" + signer)
                elif f["docno"]:
                    para(_docno(page.label, rng), align=WD_ALIGN_PARAGRAPH.CENTER)
                for part in f["title_parts"]:
                    para(part, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=22)
            continue
        if i in sig:
            para(line, align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif _HEAD1.match(line) or _HEAD2.match(line):
            level = 1 if _HEAD1.match(line) else 2
            if f["heading_styles"]:
                para(line, style=f"Heading {level}")
            else:
                para(line, bold=True, indent=f["indent"])
        else:
            para(line, indent=f["indent"])
    if f["footer"]:
        fp = d.sections[0].footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("— ")
        fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        fp.add_run(" —")
    d.save(path)
    return f


def pdf_batch(docx_paths: list[Path], outdir: Path) -> dict[Path, Path]:
    """All .docx to PDF in ONE soffice call (its own profile, so parallel runs do not collide)."""
    if not docx_paths:
        return {}
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        _soffice_pdf(profile, docx_paths, outdir)
    return {p: outdir / (p.stem + ".pdf") for p in docx_paths}


def _soffice_pdf(profile: str, docx_paths: list[Path], outdir: Path) -> None:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, docx_paths),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )


# ---------------------------------------------------------------- web pages

_NAV = (
    "<div class='header'><div class='top-bar'>今天是：2024年3月1日 星期五 | 无障碍 | 长者模式</div>"
    "<div class='logo'><img alt='{site}'></div><div class='nav'><ul><li><a href='/'>首页</a></li>"
    "<li><a>政务公开</a></li><li><a>政务服务</a></li><li><a>互动交流</a></li><li><a>走进{short}</a></li></ul></div>"
    "</div><div class='location'>当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>法治政府建设</a></div>"
)
_FOOT = (
    "<div class='share'>分享到：微信 微博</div><div class='print'>【打印本页】【关闭窗口】</div>"
    "<div class='related'><h3>相关文章</h3><ul><li><a>关于印发法治政府建设工作要点的通知</a></li>"
    "<li><a>全面依法治县委员会第三次会议召开</a></li></ul></div>"
    "<div class='footer'>主办单位：{site}办公室 承办：信息中心 ICP备05012345号 网站标识码1234000001 "
    "联系电话：0123-4567890</div>"
)


def _site(label: dict) -> tuple[str, str]:
    issuer = label.get("issuer")
    if isinstance(issuer, str) and issuer:
        return issuer + "门户网站", issuer[:4]
    return "某某县人民政府门户网站", "某某县"


def _pub_line(label: dict, shape: str) -> str:
    pub = label.get("published")
    src = label.get("issuer") or "本站"
    if not isinstance(pub, str) and not hasattr(pub, "isoformat"):
        return f"<span>来源：{html.escape(str(src))}</span>"
    pub = str(pub)
    y, m, d = pub.split("-")
    if shape == "zoom":
        return (
            f"<span>发布时间：{pub} 09:18</span>&nbsp;&nbsp;<span>来源：{html.escape(str(src))}</span>"
            "&nbsp;&nbsp;<span>浏览次数：1024</span>"
        )
    if shape == "trs":
        return f"发布日期：{y}年{m}月{d}日&nbsp;&nbsp;&nbsp;信息来源：{html.escape(str(src))}"
    return f"时间：{pub}&nbsp;&nbsp;来源：{html.escape(str(src))}&nbsp;&nbsp;【字体：大 中 小】"


def _split_page(page: Page) -> tuple[list[str], str | None, list[str]]:
    """(lines above the title, the title, the article's lines)."""
    if page.title_at is None:
        return [], None, page.lines
    t0, t1 = page.title_at
    return page.lines[:t0], "".join(page.lines[t0:t1]), page.lines[t1:]


def html_page(page: Page, shape: str) -> bytes:
    above, title, body = _split_page(page)
    site, short = _site(page.label)
    esc = html.escape
    head_title = f"{esc(title)}_{esc(site)}" if title else esc(site)
    above_html = ""
    if above:  # a 信息公开 page's metadata box above the title (index number, issuer, dates …)
        above_html = "<div class='xxgk-info'>" + "".join(f"<p>{esc(l)}</p>" for l in above) + "</div>"
    nav = _NAV.format(site=esc(site), short=esc(short))
    foot = _FOOT.format(site=esc(site))
    if shape == "zoom":
        paras = "\n".join(f"<p style='text-indent:2em'>{esc(l)}</p>" for l in body)
        art = above_html + (f"<h1 class='article-title'>{esc(title)}</h1>" if title else "")
        page_html = (
            f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{head_title}</title></head><body>{nav}"
            f"<div class='main'><div class='article'>{art}<div class='article-info'>{_pub_line(page.label, shape)}"
            f"</div><div id='zoom' class='article-content'>{paras}</div></div></div>{foot}</body></html>"
        )
        return page_html.encode("utf-8")
    if shape == "trs":
        lines = "<br>\n".join("　　" + esc(l) for l in body)
        page_html = (
            "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gbk'>"
            f"<title>{head_title}</title></head><body>{nav}<div class='con-box'>{above_html}"
            + (f"<div class='title'>{esc(title)}</div>" if title else "")
            + f"<div class='property'>{_pub_line(page.label, shape)}</div>"
            f"<div class='TRS_Editor'><div class='Custom_UnionStyle'>{lines}</div></div></div>{foot}</body></html>"
        )
        return page_html.encode("gbk", errors="xmlcharrefreplace")
    # an old table layout
    rows = "".join(f"<p style='text-indent:2em'>{esc(l)}</p>" for l in body)
    page_html = (
        f"<html><head><meta charset='utf-8'><title>{head_title}</title></head><body>{nav}"
        "<table width='1000' align='center'><tr><td>"
        + (f"<table>{''.join(f'<tr><td>{esc(l)}</td></tr>' for l in above)}</table>" if above else "")
        + "</td></tr>"
        + (f"<tr><td class='biaoti' align='center'><strong>{esc(title)}</strong></td></tr>" if title else "")
        + f"<tr><td class='time' align='center'>{_pub_line(page.label, shape)}</td></tr>"
        f"<tr><td id='content' class='content'>{rows}</td></tr></table>{foot}</body></html>"
    )
    return page_html.encode("utf-8")


# ---------------------------------------------------------------- all forms, checked


def build_all(pages: list[Page], outdir: Path, pdf_ids: set[str]) -> dict[str, dict[str, Path]]:
    """{format: {page id: file}}; PDFs only for pdf_ids (one soffice call)."""
    files: dict[str, dict[str, Path]] = {f: {} for f in FORMATS}
    docx_dir = outdir / "docx"
    docx_dir.mkdir(parents=True, exist_ok=True)
    for page in pages:
        p = docx_dir / f"{page.pid}.docx"
        page.features = build_docx(page, p)
        files["docx"][page.pid] = p
        for shape in ("zoom", "trs", "table"):
            fmt = {"zoom": "html_zoom", "trs": "html_trs_gbk", "table": "html_table"}[shape]
            h = outdir / fmt / f"{page.pid}.html"
            h.parent.mkdir(exist_ok=True)
            h.write_bytes(html_page(page, shape))
            files[fmt][page.pid] = h
        try:
            data = "\r\n".join(page.lines).encode("gbk")
        except UnicodeEncodeError:
            data = None  # a character GBK lacks: an office could not have saved this page as GBK
        if data is not None:
            t = outdir / "txt_gbk" / f"{page.pid}.txt"
            t.parent.mkdir(exist_ok=True)
            t.write_bytes(data)
            files["txt_gbk"][page.pid] = t
    pdf_dir = outdir / "pdf"
    pdf_dir.mkdir(exist_ok=True)
    conv = pdf_batch([files["docx"][pid] for pid in sorted(pdf_ids)], pdf_dir)
    for src, pdf in conv.items():
        if pdf.exists():
            files["pdf"][src.stem] = pdf
    return files


def pdf_subset(pages: list[Page], share: int = PDF_SHARE) -> set[str]:
    """A fixed subset: the pages whose id hashes to 0 modulo `share`. Whether a page is in it depends on its id
    alone, so pages added by a later round never move an earlier page in or out (every k-th id did)."""
    return {p.pid for p in pages if zlib.crc32(p.pid.encode("utf-8")) % share == 0}


def txt_disagreements() -> set[tuple[str, str]]:
    """(page id, field) pairs written down in DISAGREEMENTS.md: the .txt itself disagrees there."""
    text = (HERE / "DISAGREEMENTS.md").read_text(encoding="utf-8")
    out = set()
    for m in re.finditer(r"^\|\s*(\S+)\s*\|\s*(\w+)", text, re.M):
        out.add((m[1], m[2]))
    for m in re.finditer(r"^- (\S+) (\w+):", text, re.M):
        out.add((m[1], m[2]))
    return out


def comparisons(pages: list[Page]) -> list[tuple[str, str]]:
    """(page id, field) pairs to compare: labelled, and not written down as the .txt's own disagreement."""
    skip = txt_disagreements()
    return [(p.pid, f) for p in pages for f in META_FIELDS if f in p.label and (p.pid, f) not in skip]


def main(argv: list[str]) -> int:
    import time

    pages = report_pages()
    pdf_ids = {p.pid for p in pages} if "--pdf-all" in argv else pdf_subset(pages)
    keep = argv[argv.index("--keep") + 1] if "--keep" in argv else None
    outdir = Path(keep or tempfile.mkdtemp(prefix="forms-"))
    t = time.time()
    files = build_all(pages, outdir, pdf_ids)
    print(f"built in {time.time() - t:.1f}s into {outdir}", file=sys.stderr)
    want = comparisons(pages)
    labels = {p.pid: p.label for p in pages}
    tally = {(fmt, f): [0, 0] for fmt in FORMATS for f in META_FIELDS}
    bad = []
    for fmt in FORMATS:
        for pid, path in files[fmt].items():
            got = run.observed(path)
            for p2, f in want:
                if p2 != pid:
                    continue
                tally[fmt, f][1] += 1
                if run.same(f, labels[pid][f], got[f]):
                    tally[fmt, f][0] += 1
                else:
                    bad.append((fmt, pid, f, labels[pid][f], got[f]))
    print("| format | " + " | ".join(META_FIELDS) + " |")
    print("|---|" + "---|" * len(META_FIELDS))
    for fmt in FORMATS:
        print(f"| {fmt} | " + " | ".join(f"{tally[fmt, f][0]}/{tally[fmt, f][1]}" for f in META_FIELDS) + " |")
    for row in bad:
        print("  " + "  ".join(map(repr, row)))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main(sys.argv[1:]))
