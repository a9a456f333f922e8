"""Exports of a result list: CSV (flat rows), JSON Lines (one record a line, in the shape of the
CLI's --json) and a Markdown note in which every fact carries a numbered citation.

Each list kind (search hits, an answer's citations, initiatives, figures, Q/A pairs) is described
once by a `Kind`: how its records become flat rows and how each record reads as an item of a note.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from dataclasses import dataclass
from typing import Callable, Iterable

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
}

_MARK = re.compile(r"\*\*(.+?)\*\*", re.S)


def plain(obj):
    """Dataclasses as dicts, recursively: the same conversion as the CLI's --json."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {k: plain(v) for k, v in dataclasses.asdict(obj).items()}
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [plain(v) for v in obj]
    return obj


def unmark(text: str) -> str:
    """A snippet without its **match** marks."""
    return _MARK.sub(r"\1", text or "")


@dataclass
class Cite:
    """What a note needs to cite one source."""

    title: str
    path: str
    page: int | None = None
    passage_id: str = ""

    def line(self) -> str:
        page = f", p. {self.page}" if self.page else ""
        pid = f" [{self.passage_id}]" if self.passage_id else ""
        return f"{self.title} — {self.path}{page}{pid}"


@dataclass
class Item:
    """One entry of a note: a headline, an optional quoted text, and where it comes from."""

    headline: str
    quote: str = ""
    sources: tuple[Cite, ...] = ()


@dataclass
class Kind:
    records: Callable[[object], list]   # the records of a result (the hits of a SearchResult …)
    row: Callable[[object], dict]       # one record as a flat CSV row
    item: Callable[[object], Item]      # one record as an item of a note


def _join(values: Iterable) -> str:
    return "; ".join(str(v) for v in values if v)


def _hit_row(h) -> dict:
    return {"title": h.title, "kind": h.kind, "page": h.page or "", "heading": h.heading,
            "snippet": unmark(h.snippet), "weak": h.weak, "score": h.score, "passage_id": h.passage_id,
            "doc_id": h.doc_id, "path": h.path}


def _hit_item(h) -> Item:
    headline = h.title + (f" — {h.heading}" if h.heading else "")
    return Item(headline, h.snippet, (Cite(h.title, h.path, h.page, h.passage_id),))


def _citation_row(c) -> dict:
    return {"quote": c.quote, "title": c.title, "page": c.page or "", "passage_id": c.passage_id, "path": c.path}


def _initiative_row(r) -> dict:
    ini = r.initiative
    return {"name": ini.name, "type": ini.type, "coordinator": ini.coordinator,
            "partners": _join(ini.partners), "target_groups": _join(ini.target_groups),
            "topics": _join(ini.topics), "funding": _join(ini.funding), "period": ini.period,
            "country": ini.country, "sources": _join(s.path for s in r.sources)}


def _initiative_item(r) -> Item:
    ini = r.initiative
    parts = [f"type: {ini.type}" if ini.type else "", f"coordinator: {ini.coordinator}" if ini.coordinator else "",
             f"partners: {', '.join(ini.partners)}" if ini.partners else "",
             f"funding: {'; '.join(ini.funding)}" if ini.funding else "", f"period: {ini.period}" if ini.period else ""]
    return Item(ini.name, "; ".join(p for p in parts if p),
                tuple(Cite(s.title, s.path, s.page, s.passage_id) for s in r.sources))


def _figure_row(r) -> dict:
    f, s = r.figure, r.source
    return {"figure": f.text, "value": f.value, "unit": f.unit, "about": f.about, "noun": f.noun,
            "qualifier": f.qualifier, "title": s.title, "page": s.page or "", "passage_id": s.passage_id,
            "path": s.path}


def _figure_item(r) -> Item:
    s = r.source
    return Item(r.figure.text, r.figure.about, (Cite(s.title, s.path, s.page, s.passage_id),))


def _qa_row(r) -> dict:
    s = r.source
    return {"number": r.pair.number, "question": r.pair.question, "answer": r.pair.answer,
            "askers": _join(r.askers), "answered_by": _join(r.answered_by),
            "dates": _join(f"{k} {v}" for k, v in r.dates.items()), "title": s.title, "page": s.page or "",
            "passage_id": s.passage_id, "path": s.path}


def _qa_item(r) -> Item:
    s = r.source
    who = f" ({_join(r.askers)})" if r.askers else ""
    return Item(f"{r.pair.number}. {r.pair.question}{who}", r.pair.answer,
                (Cite(s.title, s.path, s.page, s.passage_id),))


KINDS: dict[str, Kind] = {
    "search": Kind(lambda r: r.hits, _hit_row, _hit_item),
    "ask": Kind(lambda a: a.citations, _citation_row,
                lambda c: Item(c.quote, "", (Cite(c.title, c.path, c.page, c.passage_id),))),
    "initiatives": Kind(list, _initiative_row, _initiative_item),
    "figures": Kind(list, _figure_row, _figure_item),
    "qa": Kind(list, _qa_row, _qa_item),
}


def to_csv(kind: str, result) -> str:
    spec = KINDS[kind]
    rows = [spec.row(r) for r in spec.records(result)]
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue()


def to_jsonl(kind: str, result) -> str:
    return "".join(json.dumps(plain(r), ensure_ascii=False) + "\n" for r in KINDS[kind].records(result))


def _quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.strip().splitlines())


def to_markdown(kind: str, result, title: str, lead: str = "") -> str:
    """A note: the title, an optional lead (an answer), numbered items each ending in the numbers
    of its sources, and the numbered source list."""
    spec = KINDS[kind]
    cites: dict[tuple, tuple[int, Cite]] = {}
    lines = [f"# {title}", ""]
    if lead:
        lines += [lead, ""]
    for i, item in enumerate((spec.item(r) for r in spec.records(result)), 1):
        refs = []
        for c in item.sources:
            number, _ = cites.setdefault((c.path, c.page, c.passage_id), (len(cites) + 1, c))
            refs.append(f"[{number}]")
        lines.append(f"{i}. {unmark(item.headline).strip()} {' '.join(refs)}".rstrip())
        if item.quote:
            lines += ["", "   " + _quote(item.quote).replace("\n", "\n   "), ""]
    if cites:
        lines += ["", "## Bronnen / Sources", ""]
        lines += [f"[{n}] {c.line()}" for n, c in sorted(cites.values(), key=lambda nc: nc[0])]
    return "\n".join(lines).rstrip() + "\n"
