"""`polkb brief`: a Markdown briefing note from a few questions or searches.

For each question or query the note holds the answer of the ask stage (or its "not found"), the
quote each answer rests on, and the top passages a search finds; at the end, one numbered source
list for the whole note, each source a citation in the style of its document's kind with a link.

The rule of the note: no statement from a document without its source. Every line that carries
document text ends in the numbers of its sources (`[1]`); what polkb says itself (the preamble, a
"not found") is set in italics; headings only repeat the officer's own questions.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import citations
from .formats import SourceList, cited, unmark

LABELS = {
    "nl": {"answer": "Antwoord", "quote": "Citaat", "passages": "Passages", "none": "Geen passages gevonden."},
    "en": {"answer": "Answer", "quote": "Quote", "passages": "Passages", "none": "No passages found."},
}
PREAMBLE = ("_Briefing note made with polkb from its knowledge base: each statement ends in the "
            "numbers of its sources, listed at the end._")


@dataclass
class Section:
    """One question or query of the note: its answer (an answer.Answer) and top passages (hits)."""

    query: str
    answer: object
    hits: list = field(default_factory=list)


@dataclass
class Brief:
    sections: list[Section]
    sources: SourceList = field(default_factory=SourceList)


def build_brief(kb, queries: list[str], passages: int = 3) -> Brief:
    """Ask each question and search each query over `kb` (a KnowledgeBase). The top passages are
    one per document, weak matches left out."""
    sections = []
    for query in queries:
        answer = kb.ask(query)
        hits = [h for h in kb.search(query, limit=passages, per_doc=True).hits if not h.weak] if passages else []
        sections.append(Section(query, answer, hits))
    return Brief(sections)


def _one_line(text: str) -> str:
    return " ".join(unmark(text).split())


def _section_lines(section: Section, sources: SourceList) -> list[str]:
    a = section.answer
    words = LABELS["en" if getattr(a, "lang", "nl") == "en" else "nl"]
    lines = [f"## {_one_line(section.query)}", ""]
    cites = [cited(c) for c in a.citations]
    if a.answer is not None and cites:
        refs = sources.refs(cites)
        lines.append(f"**{words['answer']}:** {_one_line(a.answer)} {refs}")
        lines += [f"- {_one_line(item)} {refs}" for item in a.items if _one_line(item) not in a.answer]
        lines.append("")
        for c, source in zip(a.citations, cites):
            lines.append(f"> {words['quote']}: “{_one_line(c.quote)}” {sources.refs([source])}")
        lines.append("")
    else:
        lines += [f"_{a.not_found_text}_", ""]
    lines += [f"**{words['passages']}**", ""]
    if not section.hits:
        lines += [f"_{words['none']}_", ""]
    for h in section.hits:
        heading = h.heading.split(" > ", 1)[1] if h.heading.startswith(h.title + " > ") else h.heading
        where = h.title + (f" — {heading}" if heading and heading != h.title else "")
        lines.append(f"- *{_one_line(where)}*: {_one_line(h.snippet)} {sources.refs([cited(h)])}")
    lines.append("")
    return lines


def render_brief(brief: Brief) -> str:
    """The note as Markdown."""
    title = _one_line(brief.sections[0].query) if len(brief.sections) == 1 else "Briefing"
    lines = [f"# {title}", "", PREAMBLE, ""]
    for section in brief.sections:
        lines += _section_lines(section, brief.sources)
    if brief.sources:
        lines += ["## Bronnen / Sources", "", *(line + "  " for line in brief.sources.lines())]
    return "\n".join(lines).rstrip() + "\n"


def csl_of_brief(brief: Brief) -> list[dict]:
    """CSL-JSON of the documents the note cites (render the note first: it numbers them)."""
    return citations.csl_items(source.document for source in brief.sources.sources())
