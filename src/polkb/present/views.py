"""Each read command's result described once, as a `View` (see polkb.present.formats): its
records, flat rows, terminal lines and note items. The CLI and the web exports write through these.

Every record that states something carries the citation of the document that states it: in a
table as a dim line under the record, in CSV as the `citation` and `link` columns, in a note as a
numbered source.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import SourceDocument
from ..paths import shown
from ..records import person_label
from .formats import Cited, Item, Style, View, cited, citation_columns, grid, plain, unmark
from . import citations


def _join(values) -> str:
    return "; ".join(str(v) for v in values if v)


def _where(path: str, page) -> str:
    """A stored path (and page) in a table; a name holding an escape in quotes (polkb.paths.shown)."""
    return f"({shown(path)}, p. {page})" if page else f"({shown(path)})"


def _at(path: str, page) -> str:
    return f"{shown(path)}, p. {page}" if page else shown(path)


# -- search and similar -----------------------------------------------------------------------

def hit_row(h) -> dict:
    return {"title": h.title, "page": h.page or "", "heading": h.heading, "snippet": unmark(h.snippet),
            "weak": h.weak, "score": h.score, "passage_id": h.passage_id, "doc_id": h.doc_id,
            "path": h.path, **citation_columns(cited(h))}


def hit_item(h) -> Item:
    return Item(h.title + (f" — {h.heading}" if h.heading else ""), h.snippet, (cited(h),))


def _hit_lines(h, number: int, s: Style, show_id: bool = False) -> list[str]:
    weak = s.dim("  [weak match]") if getattr(h, "weak", False) else ""
    pid = f"  [{h.passage_id}]" if show_id else ""
    lines = [s.bold(f"{number}. {h.title}") + f"  {_where(h.path, h.page)}{pid}{weak}"]
    if getattr(h, "document", None) is not None:
        lines.append("   " + s.dim(cited(h).line()))
    if h.heading and not show_id:
        lines.append(f"   {h.heading}")
    lines += [f"   {s.marks(h.snippet)}", ""]
    return lines


def search_table(r, s: Style, offset: int = 0):
    if not r.hits:
        yield "No passages found."
    for i, h in enumerate(r.hits, offset + 1):
        yield from _hit_lines(h, i, s)
    for name, counts in r.facets.items():
        if counts:
            yield f"{name}: " + ", ".join(f"{k} ({v})" for k, v in list(counts.items())[:10])
    yield f"{'about ' if r.total_estimated else ''}{r.total} passages"


def search_view(offset: int = 0) -> View:
    return View(lambda r: r.hits, hit_row, lambda r, s: search_table(r, s, offset), hit_item,
                title=lambda r: r.query)


def similar_table(r, s: Style):
    if not r.hits:
        yield "No similar passages found."
    for i, h in enumerate(r.hits, 1):
        yield from _hit_lines(h, i, s, show_id=True)


SIMILAR = View(lambda r: r.hits, hit_row, similar_table, hit_item, title=lambda r: "Vergelijkbare passages / Similar passages")


# -- ask ----------------------------------------------------------------------------------------

def citation_row(c) -> dict:
    return {"quote": c.quote, "title": c.title, "page": c.page or "", "passage_id": c.passage_id,
            "path": c.path, **citation_columns(cited(c))}


def answer_text(a) -> str:
    """The answer with its items, or the not-found sentence (in the question's language)."""
    if a.answer is None:
        return a.not_found_text
    return a.answer + "".join(f"\n- {item}" for item in a.items)


def ask_table(a, s: Style, explain: bool = False):
    from ..answer import confidence_words

    en = a.lang == "en"
    if a.answer is None:
        yield a.not_found_text
        if a.related:
            yield "\nRelated passages:" if en else "\nVerwante passages:"
            for r in a.related:
                doc = r.get("document")
                line = citations.citation_line(doc, r["page"]) if doc else ""
                yield f"  - {r['title']} {_where(r['path'], r['page'])}" + (f"\n    {s.dim(line)}" if line else "")
    else:
        yield s.bold(a.answer)
        for item in a.items:
            yield f"  - {item}"
        label = "confidence" if en else "betrouwbaarheid"
        yield f"({a.type}; {label} {confidence_words(a.confidence, a.lang)}, {a.confidence:.2f})"
        for c in a.citations:
            source = cited(c)
            yield f"\n{'Source' if en else 'Bron'}: {source.line()}"
            if source.link():
                yield "  " + s.dim(source.link())
            yield f"  {_at(c.path, c.page)} [{c.passage_id}]"
            yield f"  “{c.quote}”"
    if explain:
        yield "\nHow this answer was found:"
        for line in a.explanation:
            yield f"  {line}"


def ask_view(explain: bool = False) -> View:
    def as_json(a):
        data = plain(a)
        if not explain:
            data.pop("explanation", None)
        return data

    return View(lambda a: a.citations, citation_row, lambda a, s: ask_table(a, s, explain),
                lambda c: Item(c.quote, "", (cited(c),)), title=lambda a: a.question, lead=answer_text,
                json=as_json)


# -- documents: show, list, stats ---------------------------------------------------------------

def _passage_source(d: dict, p: dict) -> Cited:
    return Cited(d.get("source"), p.get("page"), d["title"], d["path"], p["id"])


def show_table(d: dict, s: Style):
    info = d.get("info", {})
    yield s.bold(d["title"])
    yield (f"{shown(d['path'])}  id {d['id']}  {d['format']}  {d['language']}  "
           f"{d['pages'] or '-'} pages  {d['passages']} passages")
    source = d.get("source")
    if source is not None:
        yield "citation: " + citations.citation_line(source)
        if citations.link(source):
            yield "link: " + citations.link(source)
    yield f"kind: {d['kind']}" + (f"  ({info['kind_evidence']})" if info.get("kind_evidence") else "")
    for label, key in (("number", "number"), ("dossier", "dossier"), ("organisation", "organisation"),
                       ("source", "source_url")):
        if info.get(key):
            yield f"{label}: {info[key]}"
    for date in info.get("dates", []):
        yield f"date ({date['role']}): {date['date']}"
    for label, key in (("asked by", "askers"), ("addressed to", "addressees"), ("answered by", "answered_by")):
        people = [person_label(p, portfolio=True) for p in info.get(key, [])]
        if people:
            yield f"{label}: " + "; ".join(people)
    for kind, values in d.get("tags", {}).items():
        yield f"{kind}: " + ", ".join(values[:12]) + (" …" if len(values) > 12 else "")
    for ini in d.get("initiatives", []):
        yield (f"initiative: {ini['name']}" + (f" ({ini['type']})" if ini.get("type") else "")
               + (f", coordinator {ini['coordinator']}" if ini.get("coordinator") else "")
               + (f", partners: {', '.join(ini['partners'])}" if ini.get("partners") else ""))
    for f in d.get("figures", [])[:20]:
        yield f"figure: {f['text']}  — {f['about'][:100]}"
    for q in d.get("qa_pairs", []):
        yield f"\nQuestion {q['number']}: {q['question'][:300]}"
        yield f"Answer {q['number']}: {q['answer'][:300]}"
    for p in d.get("passage_list", []):
        where = f"p.{p['page']}" if p["page"] else ""
        yield f"\n[{p['id']}] {where} {' > '.join(p['heading'])}".rstrip()
        yield p["text"]


def show_json(d: dict):
    data = plain(d)
    if d.get("source") is not None:
        data["citation"] = citations.as_json(d["source"])
    return data


SHOW = View(
    lambda d: d.get("passage_list", []),
    lambda p: {"passage_id": p["id"], "page": p["page"] or "", "heading": " > ".join(p["heading"]), "text": p["text"]},
    show_table, title=lambda d: d["title"], json=show_json)


def show_view(d: dict) -> View:
    """SHOW, with the rows and note items of this document's passages cited to it."""
    def row(p):
        return {**SHOW.row(p), **citation_columns(_passage_source(d, p))}

    def item(p):
        return Item(" > ".join(p["heading"]) or d["title"], p["text"], (_passage_source(d, p),))

    lead = citations.citation_line(d["source"]) if d.get("source") else ""
    return View(SHOW.records, row, show_table, item, title=lambda _: d["title"], lead=lambda _: lead,
                json=show_json)


@dataclass
class ListedDocument:
    """A row of `polkb list`: the document's first dated event (or year) and its citation."""

    path: str
    id: str
    title: str
    kind: str
    date: str | None
    year: int | None
    format: str
    language: str
    pages: int
    passages: int
    document: SourceDocument | None = field(default=None, repr=False)


def listed_row(r: ListedDocument) -> dict:
    row = {k: v for k, v in plain(r).items() if k != "document"}
    if r.document is not None:
        row.update(citation=citations.citation_line(r.document), link=citations.link(r.document))
    return row


def list_table(rows: list[ListedDocument], s: Style, width: int | None = None):
    if not rows:
        yield "No documents found."
        return
    cells = [[str(r.date or r.year or "-"), r.kind, r.title, f"({shown(r.path)})"] for r in rows]
    for r, line in zip(rows, grid(cells, width, flexible=2)):
        yield line.replace(r.title, s.bold(r.title), 1) if r.title in line else line
    yield f"{len(rows)} document{'s' if len(rows) != 1 else ''}"


def list_view(width: int | None = None) -> View:
    return View(list, listed_row, lambda rows, s: list_table(rows, s, width),
                lambda r: Item(r.title, "", (Cited(r.document, None, r.title, r.path),)),
                title=lambda rows: "Documenten / Documents", json=lambda rows: [listed_row(r) for r in rows])


def stats_rows(st: dict) -> list[dict]:
    rows = [{"group": "total", "name": name, "count": st[name]} for name in ("documents", "passages", "index_bytes")]
    for group in ("by_format", "by_kind"):
        rows += [{"group": group[3:], "name": k, "count": v} for k, v in st[group].items()]
    return rows


def stats_table(st: dict, s: Style):
    yield f"documents  {st['documents']}\npassages   {st['passages']}\nindex size {st['index_bytes'] / 1e6:.1f} MB"
    for name in ("by_format", "by_kind"):
        yield f"{name.replace('_', ' ')}: " + ", ".join(f"{k} {v}" for k, v in st[name].items())


STATS = View(stats_rows, lambda r: r, stats_table, title=lambda st: "polkb stats", json=lambda st: st)


# -- records: initiatives, partners, figures, Q/A --------------------------------------------------

def initiative_row(r) -> dict:
    ini = r.initiative
    return {"name": ini.name, "type": ini.type, "coordinator": ini.coordinator,
            "partners": _join(ini.partners), "target_groups": _join(ini.target_groups),
            "topics": _join(ini.topics), "funding": _join(ini.funding), "period": ini.period,
            "country": ini.country, "sources": _join(s.path for s in r.sources),
            "citation": _join(cited(s).line() for s in r.sources),
            "link": _join(cited(s).link() for s in r.sources)}


def _stated(f) -> str:
    parts = [f"coordinator: {f.coordinator}" if f.coordinator else "",
             f"partners: {', '.join(f.partners)}" if f.partners else "",
             f"funding: {', '.join(f.funding)}" if f.funding else "",
             f"period: {f.period}" if f.period else ""]
    return "; ".join(p for p in parts if p)


def initiative_item(r) -> Item:
    """An initiative in a note: the facts each document states, each followed by that document's
    title; the item's sources are those documents (else the documents that name it)."""
    ini = r.initiative
    stated = [f"{_stated(f)} ({f.source.title})" for f in r.facts if _stated(f)]
    head = ini.name + (f" ({ini.type})" if ini.type else "")
    sources = tuple(cited(f.source) for f in r.facts if _stated(f)) or tuple(cited(s) for s in r.sources)
    return Item(head, "\n".join(stated), sources)


def stated_lines(r, s: Style, indent: str):
    """What each document says of an initiative, under that document's citation: a fact is never
    shown as if another document that names the initiative stated it."""
    for f in r.facts:
        if _stated(f):
            yield f"{indent}{_stated(f)}  [{_at(f.source.path, f.source.page)}]"
            if f.source.document is not None:
                yield f"{indent}  " + s.dim(cited(f.source).line())


def _named_in(r) -> str:
    return "; ".join(_at(x.path, x.page) for x in r.sources[:3])


def initiatives_table(rows, s: Style):
    if not rows:
        yield "No initiatives found."
    for r in rows:
        ini = r.initiative
        yield s.bold(ini.name) + (f"  ({ini.type})" if ini.type else "")
        yield from stated_lines(r, s, "   ")
        yield "   named in: " + _named_in(r)


INITIATIVES = View(list, initiative_row, initiatives_table, initiative_item,
                   title=lambda rows: "Initiatieven / Initiatives")


def partners_table(r, s: Style):
    ini = r.initiative
    yield s.bold(ini.name) + (f"  ({ini.type})" if ini.type else "")
    if not r.facts:
        yield "coordinator: -"
    yield from stated_lines(r, s, "")
    yield "named in: " + _named_in(r)


PARTNERS = View(lambda r: [r], initiative_row, partners_table, initiative_item,
                title=lambda r: r.initiative.name, json=plain)


def figure_row(r) -> dict:
    f, src = r.figure, r.source
    return {"figure": f.text, "value": f.value, "unit": f.unit, "about": f.about, "noun": f.noun,
            "qualifier": f.qualifier, "title": src.title, "page": src.page or "",
            "passage_id": src.passage_id, "path": src.path, **citation_columns(cited(src))}


def figures_table(rows, s: Style):
    if not rows:
        yield "No figures found."
    for r in rows:
        yield s.bold(r.figure.text) + f"  — {r.figure.about}"
        yield f"   {_at(r.source.path, r.source.page)}"
        if r.source.document is not None:
            yield "   " + s.dim(cited(r.source).line())


FIGURES = View(list, figure_row, figures_table, lambda r: Item(r.figure.text, r.figure.about, (cited(r.source),)),
               title=lambda rows: "Cijfers / Figures")


def qa_row(r) -> dict:
    src = r.source
    return {"number": r.pair.number, "question": r.pair.question, "answer": r.pair.answer,
            "askers": _join(r.askers), "answered_by": _join(r.answered_by),
            "dates": _join(f"{k} {v}" for k, v in r.dates.items()), "title": src.title,
            "page": src.page or "", "passage_id": src.passage_id, "path": src.path,
            **citation_columns(cited(src))}


def qa_item(r) -> Item:
    who = f" ({_join(r.askers)})" if r.askers else ""
    return Item(f"{r.pair.number}. {r.pair.question}{who}", r.pair.answer, (cited(r.source),))


def qa_table(rows, s: Style):
    if not rows:
        yield "No question/answer pairs found."
    for r in rows:
        yield s.bold(f"Question {r.pair.number}") + f"  {_where(r.source.path, r.source.page)}"
        if r.source.document is not None:
            yield "   " + s.dim(cited(r.source).line())
        yield f"   {r.pair.question}"
        yield s.bold("Answer") + (f" ({'; '.join(r.answered_by)})" if r.answered_by else "")
        yield f"   {r.pair.answer}"
        yield ""


QA = View(list, qa_row, qa_table, qa_item, title=lambda rows: "Kamervragen / Parliamentary Q&A")


# -- ingest -----------------------------------------------------------------------------------------

def ingest_view(summary: str) -> View:
    return View(lambda r: r["failed"], lambda f: f, lambda r, s: [summary], json=lambda r: r)
