"""doc_type: is the text the kind of document the rulebook checks at all?

A page that only looks like an annual rule-of-law report (a news item about a
report or a meeting, a 述法 report, a 政府信息公开工作年度报告, a 政府工作报告,
an implementation plan, a 通报 of assessment results, an academic evaluation
report, a 范文 from a template site, a policy interpretation…) is named
plainly instead of being scored as a poor report.

ID
    not_annual_report (rulebooks/annual-report.yaml)

How it reads a text
    Like a person opening the page, it looks at four zones:
    ``title``       the title found by the structure stage and the short lines at
                    the top (before the first paragraph; headings excluded), also
                    two or three of them joined (titles split over lines);
    ``salutation``  a short line ending in a colon near the top (“区委、区政府:”,
                    “各位代表:”, “各乡镇人民政府,县直有关单位:”);
    ``lead``        the first paragraph (its purpose: “现将…情况报告如下” vs
                    “根据《中华人民共和国政府信息公开条例》…编制” vs “日前,…召开…”);
    ``opening``     every line (site chrome included: template sites' “小编整理”
                    or “会员可见” are chrome) until ``opening_chars`` characters;
    ``document``    the body lines (no chrome) until ``document_chars`` characters
                    (for ``absent`` signals: a subject the whole text never names);
    ``headline``    the title the structure stage found, alone (none: an empty zone).
                    With ``absent`` it reads "a title that does not name the
                    subject": every real report page with a title names it, so a
                    page whose own title names another line of work or another
                    genre is another document, whatever its kind.
    Every kind in ``kinds`` collects the weights of its signals that match (a
    signal counts once, on its first matching line; a signal with ``unless``
    does not count on a line that matches one of those patterns). Exactly one
    kind is ``positive: true``: the document the rulebook checks; its score is
    the positive evidence (a real report that mentions 政务公开 or 召开会议 keeps
    its report title and its “现将…报告如下”).

Fires
    when the best look-alike kind reaches its ``min_score`` (default
    ``threshold``) and beats the positive kind's score by more than ``margin``;
    ties go to the kind listed first. When the text shows no evidence at all of
    the positive kind (score 0: no report title, no "现将…报告如下", no
    report-year lead…) and is at least ``unproven_min_chars`` long, and no kind
    qualifies on its usual bar, ``unproven_threshold`` replaces ``threshold``
    (a kind's own ``min_score`` stays): weaker evidence of a look-alike is
    enough where nothing says "report" (first-sight pages of kinds whose
    signals are not yet written). The message names the kind it saw and
    quotes its strongest evidence: “这是一篇新闻报道，不是法治政府建设年度报告…”;
    the finding's ``detail`` (JSON ``findings[].detail``) gives
    {kind, name, score, report_score, evidence: [{line, zone, family, text}]}.

Role
    ``document`` (``ROLE``): its finding comes first in every output, and a
    batch reads ``detail`` to mark the files that are another document
    (summary.json ``document_kind``, the overview's section 九) and keeps them
    out of year-over-year comparisons.

Options (params)
    kinds           required. id -> {name, positive (false), min_score, priority (0),
                    signals, examples}. Among look-alikes that qualify, a higher
                    ``priority`` wins (a 范文 page is named so whatever it imitates). signal = {family (which family of pages it serves),
                    zone (title|salutation|lead|opening|document|headline), weight (> 0),
                    patterns, unless (optional), absent (default false:
                    with true the signal counts when NO line of the zone
                    matches — a page that never names the subject; an empty
                    zone never counts, nor one shorter than absent_min_chars, or than
                    the signal's own min_chars)}. examples = {match: [texts that
                    must be classified as this kind], not_match: [texts that must
                    not]}; ``lawcheck rules --check`` runs them.
    threshold       default 4: least score for naming a look-alike kind
    margin          default 0: how much the look-alike must beat the positive kind
    opening_chars   default 1200: how much of the opening is read
    title_lines     default 8: how many lines at the top may hold the title
    document_chars  default 20000: how much of the body the ``document`` zone reads
    absent_min_chars default 800: an ``absent`` signal counts only in a zone at least this long
    unproven_threshold default none (off): the bar for a look-alike when the positive kind scored 0
    unproven_min_chars default 300: ... in a text at least this long (body characters)

Example
    kinds:
      report:
        name: 法治政府建设年度报告
        positive: true
        signals:
          - {family: 报告标题, zone: title, weight: 4, patterns: ['法治政府建设.{0,12}报告$']}
      other_title:
        name: 别的工作或别的文种的文件
        priority: -3
        signals:
          - {family: 标题没有写这一主题, zone: headline, weight: 4, absent: true, min_chars: 6,
             patterns: ['法治|依法行政']}
      news:
        name: 新闻报道
        signals:
          - {family: 新闻导语, zone: lead, weight: 4, patterns: ['^(近日|日前)']}
        examples:
          match: ["近日,某县召开法治政府建设工作会议。"]
          not_match: ["某县2023年法治政府建设年度报告\\n现将有关情况报告如下:"]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

from ...model import ROLE_DOCUMENT, Finding, Line
from ...rulebook.model import Rule
from ..context import Context, quote
from ..index import lead, search_led
from ..params import Param
from ..patterns import check_pattern

KIND = "doc_type"
SUMMARY = "文本应是法治政府建设年度报告，而不是形似的其他文种（新闻、述法、信息公开年报、工作要点、范文等）。"
CATEGORY = "finding"
ROLE = ROLE_DOCUMENT  # its finding says what the text is instead (detail: kind, name); see "Role" above
ZONES = ("title", "salutation", "lead", "opening", "document", "headline")
ZONE_WORD = {
    "title": "标题",
    "salutation": "称呼",
    "lead": "首段",
    "opening": "开头",
    "document": "全文",
    "headline": "文件标题",
}
KIND_KEYS = {"name", "positive", "min_score", "priority", "signals", "examples", "description"}
SIGNAL_KEYS = {"family", "zone", "weight", "patterns", "unless", "absent", "min_chars"}
TITLE_MAX = 80  # a title-like line; longer lines are paragraphs
SALUTATION_MAX = 80
LEAD_MIN = 20  # the first paragraph is at least this long
HEADLINE_MAX = 40  # a short line with a comma but no full stop, above a paragraph, is a headline, not the lead
QUOTE = 40
_UNSET = object()
_LINE_NO = attrgetter("no")


def _check_kinds(value, fail):
    """Validate the ``kinds`` map; return it as plain dicts (line kept)."""
    out = {}
    positives = 0
    for kid, spec in value.items():
        line = getattr(spec, "line", None)
        if not isinstance(spec, dict):
            fail(f"文种 {kid} 必须是映射", line)
        unknown = set(spec) - KIND_KEYS
        if unknown:
            fail(f"文种 {kid} 有未知的键：{'、'.join(sorted(map(str, unknown)))}", line)
        if not isinstance(spec.get("name"), str) or not spec["name"]:
            fail(f"文种 {kid} 缺少 name（显示名称）", line)
        positive = spec.get("positive", False)
        if not isinstance(positive, bool):
            fail(f"文种 {kid} 的 positive 应为 true/false", line)
        positives += positive
        min_score = spec.get("min_score")
        priority = spec.get("priority", 0)
        if isinstance(priority, bool) or not isinstance(priority, int):
            fail(f"文种 {kid} 的 priority 应为整数", line)
        if min_score is not None and (isinstance(min_score, bool) or not isinstance(min_score, (int, float))):
            fail(f"文种 {kid} 的 min_score 应为数字", line)
        signals = spec.get("signals")
        if not isinstance(signals, list) or not signals:
            fail(f"文种 {kid} 至少要有一个信号（signals）", line)
        checked = []
        for sig in signals:
            sline = getattr(sig, "line", line)
            if not isinstance(sig, dict):
                fail(f"文种 {kid} 的信号必须是映射", sline)
            unknown = set(sig) - SIGNAL_KEYS
            if unknown:
                fail(f"文种 {kid} 的信号有未知的键：{'、'.join(sorted(map(str, unknown)))}", sline)
            if not isinstance(sig.get("family"), str) or not sig["family"]:
                fail(f"文种 {kid} 的每个信号都要写明 family（它服务的一类网页）", sline)
            if sig.get("zone") not in ZONES:
                fail(f"文种 {kid} 的信号 {sig.get('family')} 的 zone 应为 {' / '.join(ZONES)}", sline)
            w = sig.get("weight")
            if isinstance(w, bool) or not isinstance(w, (int, float)) or w <= 0:
                fail(f"文种 {kid} 的信号 {sig['family']} 的 weight 应为正数", sline)
            pats = {}
            for key in ("patterns", "unless"):
                ps = sig.get(key, [] if key == "unless" else None)
                if isinstance(ps, str):
                    ps = [ps]
                if (
                    not isinstance(ps, list)
                    or not all(isinstance(p, str) for p in ps)
                    or (key == "patterns" and not ps)
                ):
                    fail(f"文种 {kid} 的信号 {sig['family']} 的 {key} 应为正则表达式列表", sline)
                for p in ps:
                    err = check_pattern(p)
                    if err:
                        fail(f"文种 {kid} 的信号 {sig['family']} 中的正则 “{p}” 无法编译：{err}", sline)
                pats[key] = list(ps)
            absent = sig.get("absent", False)
            if not isinstance(absent, bool):
                fail(f"文种 {kid} 的信号 {sig['family']} 的 absent 应为 true/false", sline)
            min_chars = sig.get("min_chars")
            if min_chars is not None and (
                not absent or isinstance(min_chars, bool) or not isinstance(min_chars, int) or min_chars < 1
            ):
                fail(f"文种 {kid} 的信号 {sig['family']} 的 min_chars 应为正整数，且只用于 absent: true 的信号", sline)
            checked.append(
                {
                    "family": sig["family"],
                    "zone": sig["zone"],
                    "weight": float(w),
                    "absent": absent,
                    **({"min_chars": min_chars} if min_chars is not None else {}),
                    **pats,
                }
            )
        examples = spec.get("examples") or {}
        if (
            not isinstance(examples, dict)
            or set(examples) - {"match", "not_match"}
            or not all(isinstance(v, list) and all(isinstance(t, str) for t in v) for v in examples.values())
        ):
            fail(f"文种 {kid} 的 examples 应为 {{match: [文字…], not_match: [文字…]}}", line)
        out[str(kid)] = {
            "name": spec["name"],
            "positive": positive,
            "min_score": min_score,
            "priority": priority,
            "signals": checked,
            "line": line,
            "examples": {k: list(examples.get(k, [])) for k in ("match", "not_match")},
        }
    if positives != 1:
        fail(f"kinds 中应恰好有一个 positive: true 的文种（被检查的文种），现有 {positives} 个")
    return out


PARAMS = {
    "kinds": Param(
        "map",
        required=True,
        check=_check_kinds,
        doc="文种 id -> {name, positive, min_score, signals: [{family, zone, weight, patterns, unless}], "
        "examples: {match, not_match}}",
    ),
    "threshold": Param("float", default=4, doc="形似文种至少得几分才下结论"),
    "margin": Param("float", default=0, doc="形似文种的得分须比被检查文种高出多少"),
    "opening_chars": Param("int", default=1200, doc="读开头多少个字（含网站残留）"),
    "document_chars": Param("int", default=20000, doc="“全文”区读多少个字（正文，不含网站残留）"),
    "absent_min_chars": Param("int", default=800, doc="“未出现”信号只在该区至少有这么多字时才计分"),
    "title_lines": Param("int", default=8, doc="开头几行内可能是标题"),
    "unproven_threshold": Param(
        "float", default=None, doc="文本没有任何被检查文种的证据（得分为 0）时，形似文种的门槛降到这个分值"
    ),
    "unproven_min_chars": Param("int", default=300, doc="降低门槛只用于至少这么多字的正文"),
}


@dataclass
class Hit:
    kind: str
    family: str
    zone: str
    weight: float
    line: int | None
    text: str  # the line around the match (for JSON detail)
    snippet: str = ""  # a few characters around the match (for the message)
    absent: bool = False  # the evidence is that the zone never says it


@dataclass
class Verdict:
    kind: str | None  # the look-alike kind seen, or None (the positive kind / undecided)
    name: str = ""
    score: float = 0.0
    positive_score: float = 0.0
    scores: dict[str, float] = field(default_factory=dict)
    evidence: list[Hit] = field(default_factory=list)  # of the kind seen (or of the positive kind)


def _document(doc, document_chars: int):
    """The lines of the document zone, (number, text), made as they are read:
    the body (no site chrome), as far as document_chars."""
    total = 0
    for line in doc.lines:
        if total >= document_chars:
            break
        yield line.no, line.text
        total += len(line.text)


def _zones(
    ctx: Context, title_lines: int, opening_chars: int, document_chars: int = 20000, document: bool = True
) -> dict[str, list[tuple[int | None, str]]]:
    """The zones' lines, (number, text); with document=False no document zone
    (classify makes it only when needed, or reads it as it goes)."""
    doc = ctx.doc
    heading_at = {h.index for h in doc.headings}
    title: list[tuple[int | None, str]] = []
    if doc.meta.title:
        title.append((doc.meta.title_line, doc.meta.title_norm or doc.meta.title))
    salutation: list[tuple[int | None, str]] = []
    lead: list[tuple[int | None, str]] = []
    run: list[Line] = []  # consecutive short lines (a title split over lines)
    for i, line in enumerate(doc.lines[:title_lines]):
        text = line.text
        if len(text) > TITLE_MAX:
            break
        if text.endswith(":") and len(text) <= SALUTATION_MAX and "。" not in text:
            salutation.append((line.no, text))
            run = []
            continue
        if i in heading_at or "。" in text:  # a sentence (a one-line news lead) is no title
            run = []
            continue
        title.append((line.no, text))
        run.append(line)
        for n in (2, 3):
            if len(run) >= n:
                title.append((run[-n].no, "".join(l.text for l in run[-n:])))
    top = doc.lines[: title_lines + 6]
    for i, line in enumerate(top):
        text = line.text
        sentence = len(text) > TITLE_MAX or any(c in text for c in "。,;!?")
        if len(text) >= LEAD_MIN and sentence and not (i in heading_at and len(text) < TITLE_MAX):
            # "最高法:2023年……下降,诉源治理工作成效明显" over "3月9日,最高人民法院发布了……。": a headline
            # with a comma, not the first paragraph
            below = top[i + 1].text if i + 1 < len(top) else ""
            if len(text) <= HEADLINE_MAX and "。" not in text and "。" in below and len(below) > len(text):
                continue
            lead.append((line.no, text))
            break
    opening: list[tuple[int | None, str]] = []
    total = 0
    for line in sorted(doc.lines[:200] + doc.chrome[:60], key=_LINE_NO):
        if total >= opening_chars:
            break
        opening.append((line.no, line.text[: opening_chars - total + 60]))
        total += len(line.text)
    # the title the structure stage found, alone (not the other short lines at the top)
    headline = [(doc.meta.title_line, doc.meta.title_norm or doc.meta.title)] if doc.meta.title else []
    out = {"title": title, "salutation": salutation, "lead": lead, "opening": opening, "headline": headline}
    if document:
        out["document"] = list(_document(doc, document_chars))
    return out


def _prepare(ctx: Context, rule: Rule):
    """The rule's signals compiled for the report year, grouped by zone:
    (signals, per zone (signal numbers, their pattern groups), per kind its signal numbers)."""
    signals = []  # (kid, family, zone, weight, patterns, unless, absent, min_chars)
    leads = []  # per signal, per pattern: index.lead()
    per_kind = []
    for kid, spec in rule.params["kinds"].items():
        mine = []
        for sig in spec["signals"]:
            mine.append(len(signals))
            signals.append(
                (
                    kid,
                    sig["family"],
                    sig["zone"],
                    sig["weight"],
                    ctx.compile(sig["patterns"]),
                    ctx.compile(sig.get("unless", [])),
                    bool(sig.get("absent")),
                    sig.get("min_chars"),
                )
            )
            leads.append([_UNSET] * len(signals[-1][4]))  # index.lead() of each pattern, when first searched
        per_kind.append((kid, tuple(mine)))
    zones = []
    for zone in ZONES:
        # an absent signal is read line by line, in order, until its first match (see classify): not filtered
        nums = tuple(k for k, sig in enumerate(signals) if sig[2] == zone and not sig[6])
        zones.append((zone, nums, tuple(signals[k][4] for k in nums)))
    # for classify's decide path: the positive kind first, and the kinds one of whose signals is an absent one
    # (they can always score: the others only where an anchor of one of their signals occurs)
    positive = next(k for k, s in rule.params["kinds"].items() if s["positive"])
    order = sorted(per_kind, key=lambda kn: kn[0] != positive)
    absent_kinds = frozenset(sig[0] for sig in signals if sig[6])
    return signals, zones, per_kind, leads, order, absent_kinds


def classify(ctx: Context, rule: Rule, decide: bool = False) -> Verdict:
    """decide=True: only what names the kind counts (evaluate): a look-alike
    kind whose signals that can match at all (their anchors occur) weigh too
    little to be named is not searched, and its score is left at 0; so is one
    whose signals left, after those searched in vain, weigh too little."""
    p = rule.params
    document_chars = p.get("document_chars", 20000)
    zones = _zones(ctx, p.get("title_lines", 8), p.get("opening_chars", 1200), document=False)
    kinds = p["kinds"]
    signals, zone_groups, per_kind, leads, order, live = ctx.prepare(rule, _prepare)
    plain = ctx.plain  # the reference path (and a process's first document: no pattern parsed for lead())
    # per zone, one pass finds the lines where each signal's patterns can match (their anchors occur)
    cands: list = [None] * len(signals)
    for zone, nums, groups in zone_groups:
        if not nums:
            continue
        if zone not in zones:  # the document zone, for signals that are not absent ones
            zones[zone] = list(_document(ctx.doc, document_chars))
        got = ctx.candidates_in(groups, [text for _, text in zones[zone]])
        for k, c in zip(nums, got):
            cands[k] = c
    if decide:  # the kinds that can score at all: an absent signal, or a line where a signal can match
        live = live.union([signals[k][0] for k, c in enumerate(cands) if c])
    scores: dict[str, float] = {}
    hits: dict[str, list[Hit]] = {}
    positive = next(k for k, s in kinds.items() if s["positive"])
    margin = p.get("margin", 0)
    threshold = p.get("threshold", 4)
    pos_score = None
    # no evidence at all of the checked kind (no report title, no "现将…报告如下", no report-year lead…) in a
    # text long enough to show some: weaker evidence of a look-alike is enough
    lowered = p.get("unproven_threshold")

    long_enough: list[bool] = []  # whether the body is unproven_min_chars long (worked out when first asked)

    def unproven(pos: float) -> float | None:
        if lowered is None or pos > 0:
            return None
        if not long_enough:
            long_enough.append(sum(len(line.text) for line in ctx.doc.lines) >= p.get("unproven_min_chars", 300))
        return lowered if long_enough[0] else None

    # the positive kind first: its score bounds what a look-alike must beat
    for kid, nums in order if decide else per_kind:
        if decide and kid != positive:
            if kid not in live:  # no signal of it can match anywhere: it scores 0, as searching would find
                scores[kid] = 0.0
                hits[kid] = []
                continue
            # the most the kind can score: the weights of its signals that can match somewhere
            most = sum([signals[k][3] for k in nums if cands[k] or signals[k][6]])
            need = kinds[kid]["min_score"]
            if need is None:  # the usual bar, or the lower one when the text shows no report evidence at all
                need = threshold if unproven(pos_score) is None else min(threshold, unproven(pos_score))
            if most + 1e-9 < need or most <= pos_score + margin - 1e-9:
                scores[kid] = 0.0
                hits[kid] = []
                continue
        found: list[Hit] = []
        missed = 0.0  # decide, a look-alike: the weights of its signals searched and not found so far
        for k in nums:
            cand = cands[k]
            if not cand and not signals[k][6]:  # no line where it can match (most signals of a page)
                continue
            _kid, family, zone_name, weight, pats, unless, absent, min_chars = signals[k]
            if missed:  # the rest of the kind's signals, all found, could no longer name it: it scores 0, as above
                left = most - missed
                if left + 1e-9 < need or left <= pos_score + margin - 1e-9:
                    found = []
                    break
            if decide and kid != positive:
                missed += weight  # taken back below when the signal is found
                had = len(found)
            if absent:  # every line, every pattern: in a checked report the subject comes in the first lines
                zone = zones.get(zone_name)
                seen = False
                for _no, text in _document(ctx.doc, document_chars) if zone is None else zone:
                    if unless and any(u.search(text) for u in unless):
                        continue
                    if any(pat.search(text) for pat in pats):
                        seen = True
                        break
                # the page never says it; a short text proves nothing (a fragment of a report may not name its subject)
                if not seen:
                    lines = _document(ctx.doc, document_chars) if zone is None else zone
                    least = min_chars if min_chars is not None else p.get("absent_min_chars", 800)
                    if sum(len(t) for _, t in lines) >= least:
                        if zone_name == "headline":  # one line: show the title that does not say it
                            no, text = zone[0]
                            short = text if len(text) <= QUOTE else text[:QUOTE] + "…"
                            found.append(Hit(kid, family, zone_name, weight, no, text, f"“{short}”{family}", True))
                        else:
                            found.append(Hit(kid, family, zone_name, weight, None, "", family, absent=True))
                if decide and kid != positive and len(found) > had:
                    missed -= weight
                continue
            zone = zones[zone_name]
            for j, ks in cand:  # only the lines where a pattern can match, and only those patterns
                no, text = zone[j]
                m = None
                led = leads[k]
                for i in ks:  # the same match as pats[i].search(text), started near its literals (index.search)
                    got = None if plain else led[i]
                    if got is _UNSET:
                        got = led[i] = lead(pats[i])
                    m = pats[i].search(text) if got is None else search_led(pats[i], got, text)
                    if m:
                        break
                # `unless` is asked only where a pattern matched: on the other lines it changes nothing
                if m and not (unless and any(u.search(text) for u in unless)):
                    found.append(Hit(kid, family, zone_name, weight, no, quote(text, m), _snippet(text, m)))
                    if decide and kid != positive:
                        missed -= weight
                    break
        scores[kid] = float(sum([h.weight for h in found])) if found else 0.0  # (most kinds find nothing)
        hits[kid] = found
        if kid == positive:
            pos_score = scores[kid]
    best = _best(kinds, scores, pos_score + margin, threshold)
    if best is None and unproven(pos_score) is not None:  # only when no kind qualifies on its usual bar
        best = _best(kinds, scores, pos_score + margin, min(threshold, unproven(pos_score)))
    best_score = scores[best] if best else 0.0
    if best is None:
        return Verdict(
            None, kinds[positive]["name"], pos_score, pos_score, scores, sorted(hits[positive], key=lambda h: -h.weight)
        )
    return Verdict(
        best, kinds[best]["name"], best_score, pos_score, scores, sorted(hits[best], key=lambda h: -h.weight)
    )


def _best(kinds: dict, scores: dict[str, float], beat: float, threshold: float) -> str | None:
    """The look-alike kind named: among those reaching their bar (``min_score``, else ``threshold``) and
    scoring above ``beat``, the higher priority, then the higher score; listed order breaks ties."""
    best, best_key = None, None
    for kid, spec in kinds.items():
        if spec["positive"]:
            continue
        need = spec["min_score"] if spec["min_score"] is not None else threshold
        s = scores[kid]
        key = (spec.get("priority", 0), s)
        if s >= need and s > beat and (best_key is None or key > best_key):
            best, best_key = kid, key
    return best


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    v = classify(ctx, rule, decide=True)
    if v.kind is None:
        return []
    positive = next(s["name"] for s in rule.params["kinds"].values() if s["positive"])
    top = v.evidence[0]
    shown: list[Hit] = []
    for h in v.evidence:  # the two strongest signals, on different lines
        if len(shown) < 2 and all(h.line != s.line for s in shown):
            shown.append(h)
    why = "；".join(
        # an absent signal's family is a phrase; one that already names its zone ("全文从未出现…") is not prefixed twice
        (h.snippet if h.snippet.startswith(ZONE_WORD[h.zone]) else f"{ZONE_WORD[h.zone]}{h.snippet}")
        if h.absent
        else f"第{h.line}行{ZONE_WORD[h.zone]}“{h.snippet}”"
        if h.line
        else f"{ZONE_WORD[h.zone]}“{h.snippet}”"
        for h in shown
    )
    detail = {
        "kind": v.kind,
        "name": v.name,
        "score": v.score,
        "report_score": v.positive_score,
        "evidence": [
            {
                "line": h.line,
                "zone": h.zone,
                "family": h.family,
                "text": h.text,
                **({"absent": True} if h.absent else {}),
            }
            for h in v.evidence
        ],
    }
    return [
        Finding(
            rule.id,
            rule.severity,
            f"这是一篇{v.name}，不是{positive}（依据：{why}）；以下各要素仅按文本实际内容列出",
            top.line,
            detail=detail,
        )
    ]


def _snippet(text: str, m) -> str:
    """About QUOTE characters around the match."""
    start = max(0, m.start() - QUOTE // 3)
    end = min(len(text), max(m.end(), start + QUOTE))
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def check_examples(rule: Rule, context_of) -> list[tuple[str, str, str, str]]:
    """Run every kind's own examples. ``context_of(text)`` builds a Context.
    Returns (where, expected, got, text) for each failure."""
    kinds = rule.params["kinds"]
    path = rule.origin.rsplit(":", 1)[0]
    positive = next(k for k, s in kinds.items() if s["positive"])
    out = []
    for kid, spec in kinds.items():
        where = f"{path}:{spec['line']}" if spec.get("line") else rule.origin
        ex = spec["examples"]
        if not ex["match"] or not ex["not_match"]:
            out.append((where, f"文种 {kid}：至少一个应识别和一个不应识别的例子", "例子不全", ""))
        for text in ex["match"]:
            got = classify(context_of(text), rule).kind or positive
            if got != kid:
                out.append((where, f"识别为 {kid}", f"识别为 {got}", text))
        for text in ex["not_match"]:
            got = classify(context_of(text), rule).kind or positive
            if got == kid:
                out.append((where, f"不识别为 {kid}", f"识别为 {got}", text))
    return out


def explain(rule: Rule) -> list[str]:
    """Lines for `lawcheck explain`: the kinds and their signals."""
    p = rule.params
    lines = [
        (
            f"  判定：各文种累计命中信号的分值（每个信号只计一次）；形似文种得分不低于门槛（默认 {p.get('threshold', 4):g}）"
            f"且高于被检查文种的得分（差值大于 {p.get('margin', 0):g}）时触发，并说出看到的文种。"
            f"读取范围：标题、称呼、首段和开头 {p.get('opening_chars', 1200)} 字（含网站残留）。"
            + (
                f"文本没有任何年度报告的证据（得分为 0）且正文不少于 {p.get('unproven_min_chars', 300)} 字、"
                f"又没有文种达到通常的门槛时，门槛降为 {p['unproven_threshold']:g}（文种自己的 min_score 不变）。"
                if p.get("unproven_threshold") is not None
                else ""
            )
        )
    ]
    for kid, spec in p["kinds"].items():
        role = "被检查的文种（正面证据）" if spec["positive"] else "形似文种"
        fams = "、".join(
            f"{s['family']}（{ZONE_WORD[s['zone']]}{'未出现时' if s.get('absent') else ''}，{s['weight']:g}）"
            for s in spec["signals"]
        )
        ex = spec["examples"]
        lines.append(
            f"  文种 {kid}：{spec['name']}——{role}；信号：{fams}；"
            f"例子：应识别 {len(ex['match'])} 个、不应识别 {len(ex['not_match'])} 个"
        )
    return lines
