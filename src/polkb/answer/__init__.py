"""Answer: a short, cited answer to a Dutch or English question, or "not found".

One general reader over what the search finds (`reader`): the question is analysed
(`question`), the top passages are cut into evidence units (`evidence`), the units are scored by
how well they cover the question (`scoring`), an extractor of the expected type refines the best
units into a span (`types/`, one module per type), and the answer is withheld when the evidence
does not cover the question (`abstain`). Document records (who tabled a motion, when questions
were answered, an initiative's partners) are evidence too (`records`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import SourceDocument
from . import question as Qn

NOT_FOUND = "Geen antwoord gevonden in de kennisbank."
NOT_FOUND_EN = "No answer found in the knowledge base."


@dataclass
class Citation:
    path: str
    title: str
    page: int | None
    passage_id: str
    quote: str
    document: SourceDocument | None = None  # its document's citation data (KnowledgeBase fills it)


@dataclass
class Answer:
    question: str
    answer: str | None
    items: list[str] = field(default_factory=list)
    type: str = Qn.SENTENCE
    confidence: float = 0.0
    citations: list[Citation] = field(default_factory=list)
    related: list[dict] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)
    lang: str = "nl"

    @property
    def found(self) -> bool:
        return self.answer is not None

    @property
    def not_found_text(self) -> str:
        return NOT_FOUND_EN if self.lang == "en" else NOT_FOUND


def confidence_words(confidence: float, lang: str = "nl") -> str:
    """The confidence as a policy officer reads it."""
    levels = ((0.8, "hoog", "high"), (0.6, "redelijk", "fair"), (0.0, "laag", "low"))
    for floor, nl, en in levels:
        if confidence >= floor:
            return en if lang == "en" else nl
    return "laag"
