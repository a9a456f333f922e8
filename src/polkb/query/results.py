"""What a search gives back: hits with their citation fields and the result page."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import SourceDocument


@dataclass
class Hit:
    path: str
    doc_id: str
    title: str
    kind: str
    page: int | None
    heading: str
    passage_id: str
    score: float
    snippet: str
    text: str
    weak: bool = False  # holds much less of the query than the best hit (see WEAK_SHARE)
    document: SourceDocument | None = None  # its document's citation data (KnowledgeBase fills it)


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    total_estimated: bool = False  # a large total is estimated rather than counted
    notes: list[str] = field(default_factory=list)  # what the query lost to a budget, for the user


def to_hit(fields: dict, score: float, snippet: str, weak: bool = False) -> Hit:
    return Hit(
        path=fields.get("path", ""),
        doc_id=fields.get("doc_id", ""),
        title=fields.get("title", ""),
        kind=fields.get("kind", ""),
        page=fields.get("page"),
        heading=fields.get("heading", ""),
        passage_id=fields.get("id", ""),
        score=round(float(score), 4),
        snippet=snippet,
        text=fields.get("body", ""),
        weak=weak,
    )
