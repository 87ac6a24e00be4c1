"""near_miss.cut is jieba's cut (HMM off) over the domain dictionary, without
importing jieba at check time: the same words as jieba's own Tokenizer on
every heading and line of the seeds, every rule name and heading of the
shipped rulebooks, and noisy strings."""

from __future__ import annotations

import logging
import random

import pytest
from conftest import ROOT, SEED_NAMES, seed_text

from checker import rulebook as rb
from checker.match import near_miss


@pytest.fixture(scope="module")
def jieba_cut():
    jieba = pytest.importorskip("jieba")
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer(dictionary=str(near_miss.DICT))
    return lambda text: list(tk.cut(text, HMM=False))


def _texts() -> list[str]:
    out = []
    for name in SEED_NAMES:
        out += [line for line in seed_text(name).split("\n") if line.strip()]
    for path in sorted((ROOT / "rulebooks").rglob("*.yaml")):
        if "schema:" not in path.read_text(encoding="utf-8"):
            continue  # a term dictionary, not a rulebook
        book = rb.load(str(path))
        for r in book.rules:
            out += [r.name, r.heading, r.short, r.where]
    rnd = random.Random(7)
    alphabet = list(
        "存在的问题不足原因短板弱项主要负责人第一责任人履职法治政府建设下一步工作安排abcXYZ0129 .-_%#&+\r\n\t、（）()"
    )
    out += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(500)]
    return out


def test_same_cut_as_jieba(jieba_cut):
    texts = _texts()
    assert len(texts) > 600
    for text in texts:
        assert list(near_miss.cut(text)) == jieba_cut(text), text


def _vocabularies() -> list[tuple[str, ...]]:
    out = [()]
    for path in sorted((ROOT / "rulebooks").rglob("*.yaml")):
        if "schema:" not in path.read_text(encoding="utf-8"):
            continue
        for r in rb.load(str(path)).rules:
            if r.params.get("vocabulary"):
                out.append(tuple(r.params["vocabulary"]))
    out.append(("执法人员", "备案审查", "存在", "不足之处", "法治政府建设", "下一步"))
    return out


def test_same_cut_for_search_as_jieba_with_added_words():
    """cross_section's key terms: jieba's cut_for_search over the dictionary plus a rule's vocabulary."""
    jieba = pytest.importorskip("jieba")
    jieba.setLogLevel(logging.WARNING)
    texts = _texts()
    for vocab in _vocabularies():
        tk = jieba.Tokenizer(dictionary=str(near_miss.DICT))
        for w in vocab:
            tk.add_word(w, freq=1000)
        for text in texts:
            assert list(near_miss.cut_for_search(text, vocab)) == list(tk.cut_for_search(text, HMM=False)), (
                vocab,
                text,
            )


def test_a_check_does_not_import_jieba(tmp_path):
    """A one-file check whose report misses a section (so hints are looked for)."""
    import subprocess
    import sys

    text = (
        "关于2023年法治政府建设情况的报告\n一、主要举措\n我们加强了普法。\n二、美中不足\n还有差距。一是执法人员素质不高。"
        "二是备案不及时。\n三、2024年工作安排\n加强执法人员培训。\n"
    )
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    code = (
        "import sys; from checker.pipeline import check_path; r = check_path(sys.argv[1]); "
        "assert any(e.near_misses for e in r.elements), 'no hint'; "
        "print(sorted(m for m in ('jieba', 'weasyprint', 'concurrent.futures.process') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(p)], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_search_terms_are_cut_for_search_without_single_characters():
    """cross_section reads search_terms(): the same words of two or more
    characters that are not all ASCII, in the same order, as cut_for_search."""
    texts = _texts()
    for vocab in _vocabularies():
        for text in texts:
            want = [w for w in near_miss.cut_for_search(text, vocab) if len(w) >= 2 and not w.isascii()]
            got = [w for w in near_miss.search_terms(text, vocab) if len(w) >= 2 and not w.isascii()]
            assert got == want, (vocab, text)
    vocab = ("执法人员", "执法", "人员", "APP")
    text = "一是执法人员素质不高,2024年APP上线"
    assert list(near_miss.search_terms(text, vocab)) == ["执法", "人员", "执法人员", "APP"]
    assert "素" in near_miss.cut_for_search(text, vocab)
