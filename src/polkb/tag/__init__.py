"""Tag: what a document is and what it says, as records (the third stage of the pipeline).

`understand` runs each extractor on one structured document: its kind and metadata (kinds), the
question/answer pairs of parliamentary questions (qa), organisations, persons, target groups,
topics, countries and years (entities), figures (figures) and initiatives with their partners
(initiatives). Each extractor is a pure function of the Document and its Passages.
"""
from __future__ import annotations

from ..model import Document, Passage, Understanding


def understand(doc: Document, passages: list[Passage]) -> Understanding:
    from .entities import find_tags
    from .figures import find_figures
    from .initiatives import find_initiatives
    from .kinds import detect_info
    from .qa import find_qa_pairs

    return Understanding(
        info=detect_info(doc, passages),
        tags=find_tags(doc, passages),
        figures=find_figures(doc, passages),
        qa_pairs=find_qa_pairs(doc, passages),
        initiatives=find_initiatives(doc, passages),
    )


def passage_tags(understanding: Understanding, passage_id: str) -> dict[str, list[str]]:
    """The tag values of one passage by index field (org, person, target, topic, country, year,
    initiative), plus the document's own year, so filters and facets work per passage."""
    out: dict[str, list[str]] = {}
    for tag in understanding.tags:
        if tag.passage_id == passage_id:
            out.setdefault(tag.type, []).append(tag.value)
    if understanding.info.year:
        out.setdefault("year", []).append(str(understanding.info.year))
    for ini in understanding.initiatives:
        if passage_id in ini.passage_ids:
            out.setdefault("initiative", []).append(ini.name)
    return {k: list(dict.fromkeys(v)) for k, v in out.items()}


def tag_summary(understanding: Understanding) -> dict[str, list[str]]:
    """Every tag value of the document by type, most frequent first."""
    counts: dict[str, dict[str, int]] = {}
    for tag in understanding.tags:
        by_value = counts.setdefault(tag.type, {})
        by_value[tag.value] = by_value.get(tag.value, 0) + 1
    return {t: sorted(v, key=lambda k: (-v[k], k)) for t, v in sorted(counts.items())}
