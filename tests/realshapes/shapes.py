"""Real site templates (tests/realshapes/shapes/*.html, cut from saved pages by cut.py; SOURCES.md) filled
with real report texts (tests/realshapes/reports/*.txt: title, publication day, source, then the text).

    .venv/bin/python tests/realshapes/shapes.py [--keep DIR]   # agreement page vs plain text, per field

`fill(shape, report)` gives the page's bytes, in the encoding the saved page had; `plain(report)` gives what
a reader sees as plain text: the headline, the page's 发布日期 line, the report's lines."""

from __future__ import annotations

import html
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHAPES = sorted(p.stem for p in (HERE / "shapes").glob("*.html"))
REPORTS = sorted(p.stem for p in (HERE / "reports").glob("*.txt"))
# how a shape's page was saved, when not UTF-8 (the 湘潭 page: a browser's "Unicode" save, UTF-16 with a BOM,
# still declaring gb2312)
ENCODING = {"xiangtan_utf16": "utf-16"}
FIELDS = ("title", "issuer", "year", "published", "outline_cited", "kind")
_PARA = re.compile(r"(<(\w+)\b[^>]*>)\{\{PARA\}\}(</\2>)")


@dataclass
class Report:
    name: str
    title: str
    date: str  # YYYY-MM-DD
    source: str
    lines: list[str]


def report(name: str) -> Report:
    rows = [l.strip() for l in (HERE / "reports" / f"{name}.txt").read_text(encoding="utf-8").splitlines()]
    title, date, source, *lines = [r for r in rows if r]
    return Report(name, title, date, source, lines)


def fill(shape: str, rep: Report) -> bytes:
    text = fill_text((HERE / "shapes" / f"{shape}.html").read_text(encoding="utf-8"), rep)
    enc = ENCODING.get(shape, "utf-8")
    return text.encode(enc, errors="xmlcharrefreplace") if enc != "utf-16" else text.encode("utf-16")


def fill_text(text: str, rep: Report) -> str:
    esc = html.escape
    y, m, d = rep.date.split("-")
    text = _PARA.sub(lambda mm: "\n".join(f"{mm[1]}{esc(line)}{mm[3]}" for line in rep.lines), text)
    for slot, value in (
        ("{{TITLE}}", esc(rep.title)),
        ("{{DATE}}", rep.date),
        ("{{DATE_CN}}", f"{y}年{m}月{d}日"),
        ("{{SOURCE}}", esc(rep.source)),
        ("{{FLAT}}", esc(rep.title + "".join("　　" + line for line in rep.lines))),
    ):
        text = text.replace(slot, value)
    return text


def plain(rep: Report) -> str:
    return "\n".join([rep.title, f"发布日期：{rep.date}", ""] + rep.lines) + "\n"


def observed(path: Path) -> dict:
    sys.path.insert(0, str(HERE.parent / "realpages"))
    import run  # tests/realpages/run.py

    return run.observed(path)


def build(outdir: Path) -> dict:
    """{(shape or "txt", report): file}"""
    files = {}
    for r in REPORTS:
        rep = report(r)
        p = outdir / f"{r}.txt"
        p.write_text(plain(rep), encoding="utf-8")
        files["txt", r] = p
        for s in SHAPES:
            p = outdir / f"{s}__{r}.html"
            p.write_bytes(fill(s, rep))
            files[s, r] = p
    return files


def compare(files: dict) -> tuple[dict, list]:
    """({field: [agree, total]}, [(shape, report, field, txt value, page value)])"""
    want = {r: observed(files["txt", r]) for r in REPORTS}
    tally: dict = {}
    bad = []
    for s in SHAPES:
        for r in REPORTS:
            try:
                got = observed(files[s, r])
            except Exception as e:  # a page the reader refuses: every field disagrees
                got = {"error": f"{type(e).__name__}: {e}"}
            keys = list(FIELDS) + ["elements"]
            for k in keys:
                if k == "elements":
                    a = {x: v for x, v in want[r].items() if x.startswith("el:")}
                    b = {x: v for x, v in got.items() if x.startswith("el:")}
                else:
                    a, b = want[r].get(k), got.get(k, got.get("error"))
                t = tally.setdefault(k, [0, 0])
                t[1] += 1
                if a == b:
                    t[0] += 1
                else:
                    bad.append((s, r, k, a, b))
    return tally, bad


def main(argv: list[str]) -> int:
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    with tempfile.TemporaryDirectory() as tmp:
        out = keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        tally, bad = compare(build(out))
    per_shape: dict = {}
    for s, _r, _k, _a, _b in bad:
        per_shape[s] = per_shape.get(s, 0) + 1
    print(f"{len(SHAPES)} shapes × {len(REPORTS)} reports")
    for k, (a, t) in tally.items():
        print(f"  {k:14} {a}/{t}")
    print("  shapes read right on every field and report:", len(SHAPES) - len(per_shape), "/", len(SHAPES))
    for row in bad:
        print("  ", *[str(x)[:70] for x in row])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
