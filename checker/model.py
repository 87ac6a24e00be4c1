"""Data passed between pipeline stages.

read      -> SourceText   (bytes decoded to lines, per format, plus format hints)
normalize -> NormText     (NFKC, width/space folding, run-together headings split)
structure -> Document     (body lines, heading tree, metadata)
match     -> MatchResult  (element results, coverage results, findings)
score     -> Report       (everything a renderer needs)

Each stage takes the previous stage's object and returns a new one; nothing
reaches back. All objects are plain dataclasses so that batch runs can pickle
them across processes.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field
from typing import Any

STATUSES = ("present", "partial", "missing")
SEVERITIES = ("error", "warning", "info")


@dataclass
class SourceText:
    """What a reader produced from one file."""

    path: str
    format: str  # "txt" | "docx" | "html" | "pdf" | "ofd"
    lines: list[str]
    encoding: str | None = None
    # Optional facts the format itself carries:
    #   "title": str            (HTML <title>/<h1>, docx core title)
    #   "published": str        (ISO date from HTML meta tags)
    #   "heading_levels": {int: int}  1-based line number -> heading level (docx styles)
    #   "paragraphs": [int]     per line: its 1-based paragraph number in the .docx (0: empty)
    #   "pages": [[int, int]]   per line: [page, line on that page] in the PDF
    #   "notices": [str]        Chinese notes for the reader of the result (a web page that is part 1 of 3)
    hints: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Line:
    no: int  # 1-based line number in the extracted text (evidence refers to it)
    text: str  # normalized text, stripped


@dataclass
class NormText:
    path: str
    format: str
    lines: list[Line]  # non-empty lines only, in order
    encoding: str | None = None
    hints: dict[str, Any] = field(default_factory=dict)


@dataclass
class Heading:
    level: int  # 1 = 一、 ; 2 = (一) ; 3 = 1. ; 4 = (1) ; 5 = 一是… lead-in
    number: str  # the numbering as written, e.g. "一、", "(二)", "1.", "一是"
    title: str  # heading text without its number, cut before a run-in body
    line: Line
    index: int  # index of the heading line in Document.lines
    end: int = 0  # exclusive index where the section ends
    parent: int | None = None  # index into Document.headings


@dataclass
class Metadata:
    title: str | None = None
    title_line: int | None = None
    issuer: str | None = None
    year: int | None = None
    year_source: str | None = None  # "title" | "body" | "published"
    published: _dt.date | None = None
    published_source: str | None = None  # "header" | "closing" | "cover" | "hint"
    published_note: str | None = None  # Chinese: which date was used and why (header vs signature)
    published_line: int | None = None
    signed: _dt.date | None = None  # the closing (signature) date, when given
    signed_line: int | None = None
    outline_cited: str | None = None  # "2021-2025" | "2015-2020" | None
    outline_line: int | None = None
    outline_text: str | None = None
    body_years: dict[int, int] = field(default_factory=dict)  # year -> count in body
    title_context: str | None = None  # a cover letter's title when the report's own title is used
    # the title as normalized (ASCII dashes, Arabic year digits), for rules that match it;
    # `title` keeps the page's own dashes and Chinese-numeral years, as a reader sees it
    title_norm: str | None = None


@dataclass
class Document:
    path: str
    format: str
    lines: list[Line]  # body lines: site chrome removed
    headings: list[Heading]
    meta: Metadata
    chrome: list[Line] = field(default_factory=list)  # removed site boilerplate
    encoding: str | None = None
    locations: dict[str, Any] = field(default_factory=dict)  # reader hints "paragraphs" / "pages"
    notices: list[str] = field(default_factory=list)  # Chinese notes for the reader ("正文在句子中间结束")

    def section_text(self, heading: Heading) -> str:
        return "\n".join(l.text for l in self.lines[heading.index : heading.end])


PLACE_KEYS = ("page", "page_line", "paragraph", "under")


@dataclass
class Evidence:
    line: int
    text: str
    # where a reader of the original finds it (filled by the score stage when the format knows):
    page: int | None = None  # PDF page
    page_line: int | None = None  # line on that PDF page
    paragraph: int | None = None  # .docx paragraph number
    under: str | None = None  # the nearest heading above it ("三、存在的不足和原因")

    def to_dict(self) -> dict:
        out = {"line": self.line, "text": self.text}
        out.update(places(self))
        return out


def places(obj) -> dict:
    """The location fields that are known (JSON: only those, additive to lawcheck/1),
    in the order of PLACE_KEYS (written out: a report's JSON asks for it ~30 times)."""
    out = {}
    v = getattr(obj, "page", None)
    if v is not None:
        out["page"] = v
    v = getattr(obj, "page_line", None)
    if v is not None:
        out["page_line"] = v
    v = getattr(obj, "paragraph", None)
    if v is not None:
        out["paragraph"] = v
    v = getattr(obj, "under", None)
    if v is not None:
        out["under"] = v
    return out


@dataclass
class ElementResult:
    id: str
    name: str
    status: str  # present | partial | missing
    evidence: list[Evidence] = field(default_factory=list)
    how: str = ""  # short Chinese note on how the status was reached
    score: float = 0.0  # filled by the score stage: weight * credit
    weight: float = 0.0
    suggestion: str = ""  # filled by the score stage from the rule's fix
    near_misses: list[Evidence] = field(default_factory=list)  # headings that may be this part
    # filled by the score stage, fitted to this report (its numbering, its own headings):
    heading: str = ""  # the heading to add, e.g. "六、2024年度推进法治政府建设的主要安排"
    where: str = ""  # e.g. "在“五、…”之后"
    anchor: Evidence | None = None  # the paragraph where it belongs (annotations go there)


@dataclass
class Finding:
    rule: str
    severity: str
    message: str
    line: int | None = None
    fix: str = ""
    source: str = ""
    page: int | None = None
    page_line: int | None = None
    paragraph: int | None = None
    under: str | None = None
    detail: dict | None = None  # optional structured evidence (JSON findings[].detail)


@dataclass
class CoverageResult:
    id: str
    name: str
    status: str
    evidence: list[Evidence] = field(default_factory=list)
    weight: float = 0.0


@dataclass
class MatchResult:
    elements: list[ElementResult]
    coverage: list[CoverageResult]
    findings: list[Finding]


@dataclass
class RuleInfo:
    """What a renderer needs to know of a rule (no matching logic)."""

    id: str
    name: str
    kind: str
    category: str  # "element" | "coverage" | "finding"
    source: str
    weight: float
    severity: str
    fix: str
    where: str = ""  # where in the report the element belongs
    heading: str = ""  # the standard heading to add, for elements
    short: str = ""  # column heading in the batch summary ("" = use the name)
    role: str = ""  # declared by the rule's kind (checker/match/kinds: ROLE): see ROLE_* below


# Roles a kind may declare (module attribute ROLE) for what its results mean to later stages:
ROLE_DOCUMENT = "document"  # its finding says what kind of document the text is (detail: kind, name); shown first
ROLE_DEADLINE = "deadline"  # its findings judge the publication date against a deadline (params month/day/inclusive)


@dataclass
class Report:
    file: str
    format: str
    encoding: str | None
    meta: Metadata
    rulebook: str  # rulebook id
    rulebook_name: str
    rulebook_version: str
    score: int
    coverage_score: int | None
    elements: list[ElementResult]
    coverage: list[CoverageResult]
    findings: list[Finding]
    rules: dict[str, RuleInfo]
    checked_at: str  # ISO date-time of the check
    line_count: int = 0
    notices: list[str] = field(default_factory=list)  # e.g. rulebook chosen outside its years
    # the score's arithmetic: {"base": int, "deductions": [{"rule", "name", "value", "message"}]}
    arithmetic: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The public JSON shape, schema "lawcheck/1". Keep it stable."""
        m = self.meta
        return {
            "schema": "lawcheck/1",
            "file": self.file,
            "title": m.title,
            "issuer": m.issuer,
            "year": m.year,
            "published": m.published.isoformat() if m.published else None,
            "published_source": m.published_source,
            "published_note": m.published_note,
            "outline_cited": m.outline_cited,
            "rulebook": self.rulebook,
            "rulebook_version": self.rulebook_version,
            "score": self.score,
            "coverage_score": self.coverage_score,
            "elements": [
                {
                    "id": e.id,
                    "name": e.name,
                    "status": e.status,
                    "score": round(e.score, 2),
                    "weight": e.weight,
                    "evidence": [ev.to_dict() for ev in e.evidence],
                    "suggestion": e.suggestion,
                    "near_misses": [ev.to_dict() for ev in e.near_misses],
                }
                for e in self.elements
            ],
            "coverage": [
                {
                    "id": c.id,
                    "name": c.name,
                    "status": c.status,
                    "evidence": [ev.to_dict() for ev in c.evidence],
                }
                for c in self.coverage
            ],
            "findings": [
                {
                    "rule": f.rule,
                    "severity": f.severity,
                    "message": f.message,
                    "line": f.line,
                    **places(f),
                    **({"detail": f.detail} if f.detail else {}),
                }
                for f in self.findings
            ],
            "notices": list(self.notices),
        }


def plain(obj: Any) -> Any:
    """dataclass -> plain dict (for templates)."""
    return asdict(obj)
