"""One writer for every result in every format: a terminal table, JSON, JSON Lines, CSV, a
Markdown note with numbered sources, and CSL-JSON of the cited documents.

A command (or a web export) describes its result once, as a `View`: its records, each record as
a flat row, its lines on a terminal, and each record as an item of a note. The writer does the
rest, so the CLI's `--format`, the web page's exports and `polkb brief` serialise through the
same functions and cannot drift apart.

JSON keeps the shape of the Python API's dataclasses, with one addition: a record that carries its
document (`document`, a SourceDocument) and a page gains `citation` (text, link, Markdown), so a
fact in any JSON output comes with its citation.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from ..model import SourceDocument
from . import citations

FORMATS = ("table", "json", "jsonl", "csv", "md", "csl")
MEDIA_TYPES = {
    "json": "application/json",
    "csl": "application/vnd.citationstyles.csl+json",
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "table": "text/plain; charset=utf-8",
}

_MARK = re.compile(r"\*\*(.+?)\*\*", re.S)


def unmark(text: str) -> str:
    """A snippet without its **match** marks."""
    return _MARK.sub(r"\1", text or "")


def plain(obj):
    """Dataclasses as dicts, recursively (the shape of every JSON output); a record with a
    `document` and a `page` also gets its `citation`."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
        document = getattr(obj, "document", None)
        if isinstance(document, SourceDocument) and hasattr(obj, "page"):
            out["citation"] = citations.as_json(document, obj.page)
        return out
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [plain(v) for v in obj]
    return obj


def documents_in(obj) -> Iterator[SourceDocument]:
    """Every SourceDocument a result holds, in order (for CSL-JSON)."""
    if isinstance(obj, SourceDocument):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from documents_in(getattr(obj, f.name))
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from documents_in(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from documents_in(v)


# -- what a view is made of ----------------------------------------------------------------------

@dataclass(frozen=True)
class Cited:
    """One source of an item: its document (when known) and page; title and path stand in for a
    document the index could not give."""

    document: SourceDocument | None
    page: int | None = None
    title: str = ""
    path: str = ""
    passage_id: str = ""

    @property
    def key(self) -> tuple:
        return (self.document.id if self.document else self.path, self.page)

    def line(self) -> str:
        if self.document is not None:
            return citations.citation_line(self.document, self.page)
        from ..paths import shown

        return f"{self.title} — {shown(self.path)}" + (f", p. {self.page}" if self.page else "")

    def link(self) -> str:
        return citations.link(self.document, self.page) if self.document is not None else ""

    def markdown(self) -> str:
        if self.document is not None:
            return citations.markdown(self.document, self.page)
        return self.line()


def cited(record) -> Cited:
    """The Cited of a hit, an answer's citation or a records.Source (all carry these fields)."""
    return Cited(getattr(record, "document", None), getattr(record, "page", None),
                 getattr(record, "title", ""), getattr(record, "path", ""), getattr(record, "passage_id", ""))


def citation_columns(source: Cited) -> dict:
    """The columns every flat row of a sourced record ends with."""
    doc = source.document
    return {"citation": source.line(), "link": source.link(),
            "kind": doc.kind if doc else "", "date": doc.dates[0].date if doc and doc.dates else "",
            "number": doc.number if doc else "", "dossier": doc.dossier if doc else "",
            "organisation": doc.organisation if doc else "", "source_url": doc.source_url if doc else ""}


@dataclass
class Item:
    """One entry of a note: a headline, an optional quoted text, and where it comes from."""

    headline: str
    quote: str = ""
    sources: tuple[Cited, ...] = ()


class Style:
    """How a terminal table is styled. Styles are always written; click strips them where the
    output is not a terminal or colour is off. `marks` says whether a snippet's **marks** turn
    bold (styled output) or stay as they are (plain output keeps the matches visible)."""

    def __init__(self, marks: bool = False):
        self.marks_bold = marks

    @staticmethod
    def bold(text: str) -> str:
        import click

        return click.style(text, bold=True)

    @staticmethod
    def dim(text: str) -> str:
        import click

        return click.style(text, dim=True)

    def marks(self, text: str) -> str:
        return _MARK.sub(lambda m: self.bold(m.group(1)), text) if self.marks_bold else text


@dataclass(frozen=True)
class View:
    """How one kind of result is written in every format."""

    records: Callable[[Any], list]                         # the records (hits of a SearchResult …)
    row: Callable[[Any], dict]                             # one record as a flat row (csv)
    table: Callable[[Any, Style], Iterable[str]]           # the result on a terminal
    item: Callable[[Any], Item] | None = None              # one record in a note (md)
    title: Callable[[Any], str] = lambda result: "polkb"   # the note's title
    lead: Callable[[Any], str] = lambda result: ""         # the note's text before its items
    json: Callable[[Any], Any] = plain                     # the whole result as JSON


# -- the writers --------------------------------------------------------------------------------

def to_json(view: View, result) -> str:
    return json.dumps(view.json(result), ensure_ascii=False, indent=2) + "\n"


def to_jsonl(view: View, result) -> str:
    return "".join(json.dumps(plain(r), ensure_ascii=False) + "\n" for r in view.records(result))


def to_csv(view: View, result) -> str:
    rows = [view.row(r) for r in view.records(result)]
    out = io.StringIO()
    if rows:
        fields = list(dict.fromkeys(k for row in rows for k in row))
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue()


def to_csl(view: View, result) -> str:
    return json.dumps(citations.csl_items(documents_in(result)), ensure_ascii=False, indent=2) + "\n"


def to_table(view: View, result, style: Style | None = None) -> str:
    return "".join(line + "\n" for line in view.table(result, style or Style()))


def quote_block(text: str, indent: str = "") -> list[str]:
    return [indent + ("> " + line if line.strip() else ">") for line in text.strip().splitlines()]


class SourceList:
    """The numbered sources of a note: the same document and page keep one number."""

    def __init__(self):
        self._numbers: dict[tuple, tuple[int, Cited]] = {}

    def number(self, source: Cited) -> int:
        return self._numbers.setdefault(source.key, (len(self._numbers) + 1, source))[0]

    def refs(self, sources: Iterable[Cited]) -> str:
        return " ".join(f"[{self.number(s)}]" for s in sources)

    def sources(self) -> list[Cited]:
        return [source for _, source in sorted(self._numbers.values(), key=lambda x: x[0])]

    def lines(self) -> list[str]:
        return [f"[{n}] {source.markdown()}" for n, source in enumerate(self.sources(), 1)]

    def __len__(self) -> int:
        return len(self._numbers)


def markdown_table(rows: list[dict]) -> list[str]:
    if not rows:
        return []
    fields = list(dict.fromkeys(k for row in rows for k in row))

    def cell(v) -> str:
        return " ".join(str("" if v is None else v).split()).replace("|", "\\|")

    return (["| " + " | ".join(fields) + " |", "|" + "---|" * len(fields)]
            + ["| " + " | ".join(cell(row.get(f)) for f in fields) + " |" for row in rows])


def to_markdown(view: View, result, title: str | None = None, lead: str | None = None) -> str:
    """A note: the title, an optional lead (an answer), numbered items each ending in the numbers
    of its sources, and the numbered source list. A view without items gives a Markdown table."""
    lines = [f"# {view.title(result) if title is None else title}", ""]
    lead = view.lead(result) if lead is None else lead
    if lead:
        lines += [lead, ""]
    if view.item is None:
        lines += markdown_table([view.row(r) for r in view.records(result)])
        return "\n".join(lines).rstrip() + "\n"
    sources = SourceList()
    for i, item in enumerate((view.item(r) for r in view.records(result)), 1):
        lines.append(f"{i}. {unmark(item.headline).strip()} {sources.refs(item.sources)}".rstrip())
        if item.quote:
            lines += ["", *quote_block(item.quote, "   "), ""]
    if sources:
        lines += ["", "## Bronnen / Sources", "", *sources.lines()]
    return "\n".join(lines).rstrip() + "\n"


def write(view: View, result, fmt: str, style: Style | None = None) -> str:
    """The result in one of FORMATS."""
    if fmt == "table":
        return to_table(view, result, style)
    writer = {"json": to_json, "jsonl": to_jsonl, "csv": to_csv, "md": to_markdown, "csl": to_csl}[fmt]
    return writer(view, result)


def grid(rows: list[list[str]], width: int | None = None, flexible: int = -1) -> list[str]:
    """Rows of cells as aligned columns (two spaces apart); with a terminal `width`, the
    `flexible` column is cut (…) so that each line fits; without one (a pipe) it is neither cut
    nor padded, so a long title does not pad every other line."""
    if not rows:
        return []
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    widths = [max(len(r[i]) for r in rows) for i in range(n)]
    flexible %= n
    if width:
        others = sum(w for i, w in enumerate(widths) if i != flexible) + 2 * (n - 1)
        widths[flexible] = max(12, min(widths[flexible], width - others))
    out = []
    for r in rows:
        cells = []
        for i, (cell, w) in enumerate(zip(r, widths)):
            if width and len(cell) > w:
                cell = cell[: w - 1] + "…"
            cells.append(cell if i == n - 1 or (i == flexible and not width) else cell.ljust(w))
        out.append("  ".join(cells).rstrip())
    return out
