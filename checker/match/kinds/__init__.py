"""The rule kinds. One module per kind; each declares KIND, CATEGORY,
PARAMS and evaluate(ctx, rule). A new kind is a new module listed here."""

from __future__ import annotations

from . import (
    concept,
    coverage,
    cross_section,
    deadline,
    doc_type,
    name_variants,
    numbering,
    outline,
    section,
    section_substance,
    section_terms,
    term_list,
    title,
    year_consistency,
    year_refs,
)

REGISTRY = {
    m.KIND: m
    for m in (
        section,
        concept,
        coverage,
        deadline,
        outline,
        title,
        section_terms,
        year_consistency,
        doc_type,
        term_list,
        name_variants,
        numbering,
        section_substance,
        cross_section,
        year_refs,
    )
}
