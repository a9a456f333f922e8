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
class NotePassage:
    """A passage the note shows: where it stands and the words of it that matched."""

    title: str
    heading: str
    snippet: str
    page: int | None
    passage_id: str
    path: str = ""
    document: object = None  # its SourceDocument


@dataclass
class Section:
    """One question or query of the note: its answer (an answer.Answer) and top passages."""

    query: str
    answer: object
    passages: list[NotePassage] = field(default_factory=list)


@dataclass
class Brief:
    sections: list[Section]
    sources: SourceList = field(default_factory=SourceList)


def top_passages(kb, query: str, answer, count: int) -> list[NotePassage]:
    """The passages the answer stage found for the question (its `related`), then those a search
    for the query finds (one per document, weak matches left out), without the passages the
    answer already quotes and without repeats."""
    if count <= 0:
        return []
    seen = {c.passage_id for c in answer.citations} if answer.answer is not None else set()
    out = []
    candidates = [NotePassage(r["title"], "", r["snippet"], r["page"], r["passage_id"], r["path"], r.get("document"))
                  for r in answer.related]
    hits = kb.search(query, limit=count + len(seen) + len(candidates), per_doc=True).hits
    candidates += [NotePassage(h.title, h.heading, h.snippet, h.page, h.passage_id, h.path, getattr(h, "document", None))
                   for h in hits if not h.weak]
    for passage in candidates:
        if passage.passage_id not in seen and len(out) < count:
            seen.add(passage.passage_id)
            out.append(passage)
    return out


def build_brief(kb, queries: list[str], passages: int = 3) -> Brief:
    """Ask each question and search each query over `kb` (a KnowledgeBase)."""
    sections = []
    for query in queries:
        answer = kb.ask(query)
        sections.append(Section(query, answer, top_passages(kb, query, answer, passages)))
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
    if not section.passages:
        lines += [f"_{words['none']}_", ""]
    for h in section.passages:
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
