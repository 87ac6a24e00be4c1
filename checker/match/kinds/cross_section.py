"""cross_section: each item listed in one part must be answered in another —
every problem named in the problems part should meet a measure in the
next-year plan.

ID
    cross_section
Options
    source       id of the element rule whose part lists the items (required)
    target       id of the element rule whose part should answer them (required);
                 list both in the rule's `needs`
    items        patterns that start an item (一是, 1., (一) …); text before the
                 first one is the lead-in. Without any, each sentence is an item
    stop_at      an item matching one of these ends the list: what follows
                 are causes, not problems (究其原因 …)
    vocabulary   domain words for the segmenter (added to the project's small
                 jieba dictionary, checker/data/domain_words.txt)
    stopwords    words too general to link an item to a measure (法治, 工作 …)
    synonyms     word -> other wordings that answer it in the target part
                 (创新: [探索, 新举措])
    min_terms    an item with fewer key terms than this is not judged (default 1)
    message      the finding's text; {items} is the list of unanswered items
Defaults
    key terms are the words jieba finds with that dictionary (cut for search,
    so 执法人员 also yields 人员), minus stopwords; an item is answered when
    one of its key terms appears in the target part. Lines shared by both
    parts (a problem and a plan in one paragraph) count for the source only;
    nothing fires when either part is missing.
fires
    one or more items have no key term in the target part
Examples
    problems "一是执法人员素质不高。二是规范性文件备案不及时。" with a plan that only
    says "加强执法人员培训" fires naming the second item.
"""

from __future__ import annotations

import re

from ...model import Finding
from ...rulebook.model import Rule
from .. import patterns as P
from ..context import Context
from ..near_miss import GENERIC, search_terms
from ..params import Param

KIND = "cross_section"
SUMMARY = "一部分列出的每一项都要在另一部分有回应：列出的不足，下一年度安排中应有对应的措施。"
CATEGORY = "finding"
NEEDS_PARAMS = ("source", "target")  # the rule ids this kind reads from the match context
PARAMS = {
    "source": Param("str", required=True, doc="列出各项的部分（要素规则 id，如 problems）"),
    "target": Param("str", required=True, doc="应作出回应的部分（要素规则 id，如 next_year_plan）"),
    "items": Param(
        "patterns",
        # (a number not after a digit or a point: "\\d(?<![\\d.]\\d)\\d?" matches what "(?<![\\d.])\\d{1,2}" does, but re
        # tries its look-behind only where a digit stands, not at every character: ~3x faster over a part)
        default=[
            "[一二三四五六七八九十]是",
            "\\d(?<![\\d.]\\d)\\d?[.、](?!\\d)",
            "\\([一二三四五六七八九十\\d]{1,2}\\)",
        ],
        doc="各项开头的序号（正则）",
    ),
    "stop_at": Param("patterns", default=[], doc="此后是原因而不是问题（如 究其原因）"),
    "vocabulary": Param("words", default=[], doc="分词用的领域词（加入项目的小词典）"),
    "stopwords": Param("words", default=[], doc="太笼统、不能说明对应关系的词"),
    "synonyms": Param("map", default={}, doc="同义的说法：词 -> [别的说法…]（目标部分出现其一即算回应）"),
    "min_terms": Param("int", default=1, doc="关键词少于此数的项不判断"),
    "message": Param("str", required=True, doc="触发时的提示，{items} 为未回应的各项"),
}
QUOTE = 24
MAX_LISTED = 5
MAX_ITEMS = 40  # a report lists a handful of problems; more are text run together


def iter_key_terms(text: str, vocabulary: tuple[str, ...], stop: frozenset[str]):
    """The key terms of `text` in order, each once, as they are found: the
    text is cut piece by piece (between punctuation), so a caller that stops
    early does not cut the rest."""
    seen: set[str] = set()
    # jieba's cut_for_search without importing jieba, less the single characters (near_miss.py)
    for w in search_terms(text, vocabulary):
        if len(w) >= 2 and not w.isascii() and w not in stop and w not in GENERIC and w not in seen:
            seen.add(w)
            yield w


def key_terms(text: str, vocabulary: tuple[str, ...], stop: frozenset[str]) -> list[str]:
    return list(iter_key_terms(text, vocabulary, stop))


def _text(ctx: Context, rule_id: str, skip: set[int]) -> tuple[str, set[int], int | None]:
    heads = ctx.memo.get((KIND, "heads"))
    if heads is None:  # (asked for both parts)
        heads = ctx.memo[(KIND, "heads")] = {h.index: h for h in ctx.doc.headings}
    pieces, used, first = [], set(), None
    for start, end in sorted(ctx.spans.get(rule_id, [])):
        for i in range(start, end):
            if i in skip or i in used:
                continue
            used.add(i)
            text = ctx.doc.lines[i].text
            h = heads.get(i)
            if i == start and h is not None and end - start > 1 and h.title in text:
                text = text[text.find(h.title) + len(h.title) :]
            pieces.append(text)
            first = first if first is not None else ctx.doc.lines[i].no
    return "\n".join(pieces), used, first


def split_items(text: str, starts, stop_at) -> list[str]:
    cuts = sorted({m.start() for pat in starts for m in pat.finditer(text)})
    if cuts:
        items = [text[a:b] for a, b in zip(cuts, cuts[1:] + [len(text)])]
    else:
        items = re.split(r"(?<=[。;!?\n])", text)
    out = []
    for item in items:
        item = item.strip(" \n;。")
        if not item:
            continue
        m = P.first_match(item, stop_at)
        if m:  # the causes begin here: keep the sentences before them
            head = item[: m.start()]
            head = head[: max(head.rfind("。"), head.rfind(";"), 0)].strip(" \n;。")
            if head:
                out.append(head)
            break
        out.append(item)
    return out


def _short(item: str) -> str:
    item = re.sub(
        r"^\s*(\(?[一二三四五六七八九十\d]{1,2}\)|[一二三四五六七八九十\d]{1,2}[.、]|[一二三四五六七八九十]是)",
        "",
        item,
    )
    first = re.split(r"[。;,]", item, maxsplit=1)[0]
    return first if len(first) <= QUOTE else first[:QUOTE] + "…"


def _prepare(ctx: Context, rule: Rule):
    """(vocabulary, stopwords, synonyms) of the rule, made once per process."""
    p = rule.params
    synonyms = {
        str(k): [str(v) for v in (vs if isinstance(vs, list) else [vs])] for k, vs in (p.get("synonyms") or {}).items()
    }
    return tuple(p.get("vocabulary") or ()), frozenset(p.get("stopwords") or ()), synonyms


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    p = rule.params
    results = [ctx.results.get(p["source"]), ctx.results.get(p["target"])]
    if any(r is None or getattr(r, "status", "missing") == "missing" for r in results):
        return []
    source, used, first = _text(ctx, p["source"], set())
    target, _, _ = _text(ctx, p["target"], used)
    if not target.strip():
        return []
    vocab, stop, synonyms = ctx.prepare(rule, _prepare)
    unanswered = []
    found: dict[str, bool] = {}  # word -> in the target part (a long part is searched once per word)

    def answered(word: str) -> bool:
        if word not in found:
            found[word] = word in target
        return found[word]

    items = split_items(source, ctx.compile(p.get("items")), ctx.compile(p.get("stop_at")))
    least = max(1, p.get("min_terms") or 1)
    for item in items[:MAX_ITEMS]:
        # unanswered: at least `least` key terms and none (nor a synonym) in the target part;
        # the first term found there settles it (the rest of the item need not be cut)
        n = 0
        for t in iter_key_terms(item, vocab, stop):
            n += 1
            if answered(t) or any(answered(w) for w in synonyms.get(t, ())):
                break
        else:
            if n >= least:
                unanswered.append(_short(item))
    if not unanswered:
        return []
    listed = "；".join(f"“{u}”" for u in unanswered[:MAX_LISTED])
    if len(unanswered) > MAX_LISTED:
        listed += f"等 {len(unanswered)} 项"
    return [Finding(rule.id, rule.severity, p["message"].format(items=listed), first)]
