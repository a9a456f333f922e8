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


def passage_tags(understanding: Understanding) -> dict[str, dict[str, list[str]]]:
    """Tag values per passage id, by index field (org, person, target, topic, country, year,
    initiative), plus the document's own year, so filters and facets work per passage.
    One pass over the tags: a long document has thousands of passages and tags."""
    out: dict[str, dict[str, list[str]]] = {}
    for tag in understanding.tags:
        if tag.passage_id:
            out.setdefault(tag.passage_id, {}).setdefault(tag.type, []).append(tag.value)
    for ini in understanding.initiatives:
        for pid in ini.passage_ids:
            out.setdefault(pid, {}).setdefault("initiative", []).append(ini.name)
    year = [str(understanding.info.year)] if understanding.info.year else []
    return _PassageTags({pid: {k: list(dict.fromkeys(v)) for k, v in fields.items()} for pid, fields in out.items()},
                        year)


class _PassageTags(dict):
    """Passage id -> tag fields; passages without tags still get the document's year."""

    def __init__(self, data, year):
        super().__init__(data)
        self.year = year
        if year:
            for fields in self.values():
                fields["year"] = list(dict.fromkeys(fields.get("year", []) + year))

    def __missing__(self, pid):
        return {"year": list(self.year)} if self.year else {}


def tag_summary(understanding: Understanding) -> dict[str, list[str]]:
    """Every tag value of the document by type, most frequent first."""
    counts: dict[str, dict[str, int]] = {}
    for tag in understanding.tags:
        by_value = counts.setdefault(tag.type, {})
        by_value[tag.value] = by_value.get(tag.value, 0) + 1
    return {t: sorted(v, key=lambda k: (-v[k], k)) for t, v in sorted(counts.items())}
