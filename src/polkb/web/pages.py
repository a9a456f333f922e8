"""The HTML pages: search, ask, documents, initiatives, organisations, figures, Q/A, exports.

Each handler reads its state from the query string, borrows a KnowledgeBase from the pool, calls
one API method and renders one template. Handlers are plain functions: Starlette runs them in its
thread pool, so a slow question never blocks the event loop.
"""
from __future__ import annotations

import math
import mimetypes
import re
import threading
import time
from collections import OrderedDict
from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, RedirectResponse, Response
from starlette.routing import Route

from ..analysis import fold
from ..query.syntax import FILTER_FIELDS
from . import export
from .app import UI_PARAM, html_error, lang_of, link, render

PER_PAGE = (10, 20, 50)
MAX_PAGE = 100          # deep pages cost a ranking of offset + limit passages
EXPORT_LIMIT = 200      # hits an export of a search holds
FACET_SHOWN = 8         # facet values shown before "more"
# the search filters offered as their own query parameters (file: and doc: stay in the query box)
FILTERS = tuple(f for f in FILTER_FIELDS if f not in ("file", "doc"))


# -- query-string state -----------------------------------------------------------------------

def _int(value, default: int, lo: int, hi: int) -> int:
    try:
        return min(hi, max(lo, int(value)))
    except (TypeError, ValueError):
        return default


class SearchState:
    """A search page's state as its query string holds it: q, filters, page, per-doc, size."""

    def __init__(self, params):
        self.q = (params.get("q") or "").strip()
        self.filters = {f: [v.strip() for v in params.getlist(f) if v.strip()] for f in FILTERS}
        self.filters = {f: vs for f, vs in self.filters.items() if vs}
        self.page = _int(params.get("page"), 1, 1, MAX_PAGE)
        self.size = _int(params.get("n"), PER_PAGE[0], 1, max(PER_PAGE))
        self.per_doc = params.get("per_doc") in ("1", "on", "true")
        # without the page's script, facets=1 counts the facets inside the page itself
        self.facets_inline = params.get("facets") == "1"

    @property
    def empty(self) -> bool:
        return not self.q and not self.filters

    def pairs(self, *, page: int | None = None, drop: tuple[str, str] | None = None,
              add: tuple[str, str] | None = None) -> list[tuple[str, str]]:
        out = [("q", self.q)]
        for f, values in self.filters.items():
            out += [(f, v) for v in values if (f, v) != drop]
        if add and add not in out:
            out.append(add)
        if self.per_doc:
            out.append(("per_doc", "1"))
        if self.size != PER_PAGE[0]:
            out.append(("n", str(self.size)))
        if self.facets_inline:
            out.append(("facets", "1"))
        if page and page > 1:
            out.append(("page", str(page)))
        return out

    def url(self, path: str = "/", **kw) -> str:
        return link(path, self.pairs(**kw))


def _run_search(request, state: SearchState, limit: int, offset: int, facets: bool):
    with request.app.state.config.pool.kb() as kb:
        start = time.perf_counter()
        result = kb.search(state.q, limit=limit, offset=offset, per_doc=state.per_doc,
                           facets=facets, filters=state.filters)
        return result, time.perf_counter() - start


class FacetCache:
    """Facet counts of recent searches. Counting facets visits every matching passage (its cost
    grows with the matches, where the hits' does not), so the search page shows its hits at once
    and fetches the facets afterwards (/facets); paging and going back reuse them. Counts live
    TTL_S seconds and are dropped when an upload lands."""

    TTL_S = 60.0
    SIZE = 256

    def __init__(self):
        self._items: OrderedDict[tuple, tuple[float, dict]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> dict | None:
        with self._lock:
            item = self._items.get(key)
            if item is None or time.monotonic() - item[0] > self.TTL_S:
                return None
            self._items.move_to_end(key)
            return item[1]

    def put(self, key: tuple, facets: dict) -> None:
        with self._lock:
            self._items[key] = (time.monotonic(), facets)
            while len(self._items) > self.SIZE:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


def _facet_key(state: SearchState) -> tuple:
    return state.q, tuple(sorted((f, tuple(vs)) for f, vs in state.filters.items()))


def _facets(request, state: SearchState, compute: bool) -> dict | None:
    """The facet counts (documents per kind, organisation, year …) of a search, from the cache,
    else counted by the API when `compute`."""
    key = _facet_key(state)
    cache = request.app.state.facets
    facets = cache.get(key)
    if facets is None and compute:
        with request.app.state.config.pool.kb("facets") as kb:
            facets = kb.search(state.q, limit=1, facets=True, filters=state.filters).facets
        cache.put(key, facets)
    return facets


def _facet_rows(state: SearchState, facets: dict) -> list:
    return [(name, [(value, count, state.url(add=(name, value)), value in state.filters.get(name, ()))
                    for value, count in counts.items()])
            for name, counts in facets.items() if counts]


def search_page(request):
    state = SearchState(request.query_params)
    if state.empty:
        with request.app.state.config.pool.kb() as kb:
            stats = kb.stats()
        return render(request, "search.html", active="nav_search", state=state, result=None, stats=stats)
    result, took = _run_search(request, state, state.size, (state.page - 1) * state.size, facets=False)
    pages = max(1, min(MAX_PAGE, math.ceil(result.total / state.size)))
    facets = _facets(request, state, compute=state.facets_inline)
    chips = [(f, v, state.url(drop=(f, v))) for f, vs in state.filters.items() for v in vs]
    return render(request, "search.html", active="nav_search", state=state, result=result, took=took,
                  pages=pages, facets=None if facets is None else _facet_rows(state, facets), chips=chips,
                  facet_shown=FACET_SHOWN, facets_url=link("/facets", state.pairs()),
                  inline_url=link("/", state.pairs() + [("facets", "1")]),
                  page_url=lambda n: state.url(page=n),
                  export_url=lambda fmt: link(f"/export/search.{fmt}", state.pairs()))


def facets_fragment(request):
    """The facet lists of a search as an HTML fragment, for the search page's script."""
    state = SearchState(request.query_params)
    facets = _facets(request, state, compute=True) if not state.empty else {}
    return render(request, "facets.html", state=state, facets=_facet_rows(state, facets), facet_shown=FACET_SHOWN)


def ask_page(request):
    q = (request.query_params.get("q") or "").strip()
    answer, took, doc_of = None, 0.0, {}
    if q:
        with request.app.state.config.pool.kb("ask") as kb:
            start = time.perf_counter()
            answer = kb.ask(q)
            took = time.perf_counter() - start
            doc_of = {c.passage_id: kb.passage(c.passage_id).doc_id for c in answer.citations if c.page}
    from ..answer import confidence_words

    return render(request, "ask.html", active="nav_ask", q=q, answer=answer, took=took, doc_of=doc_of,
                  confidence=(confidence_words(answer.confidence, lang_of(request)) if answer else ""),
                  export_url=lambda fmt: link(f"/export/ask.{fmt}", [("q", q)]))


# -- documents --------------------------------------------------------------------------------

def _document(kb, doc_id: str) -> dict:
    """A document by its exact id (never a path or name from the request)."""
    for doc in kb.documents():
        if doc["id"] == doc_id:
            return doc
    raise HTTPException(404, f"no document '{doc_id}'")


def _sections(passages) -> list[tuple[tuple[str, ...], list]]:
    """Consecutive passages under the same heading path, as (heading path, passages)."""
    out: list[tuple[tuple[str, ...], list]] = []
    for p in passages:
        if out and out[-1][0] == p.heading:
            out[-1][1].append(p)
        else:
            out.append((p.heading, [p]))
    return out


def documents_page(request):
    kind = request.query_params.get("kind") or ""
    with request.app.state.config.pool.kb() as kb:
        docs = kb.documents()
    kinds = sorted({d["kind"] for d in docs})
    shown = [d for d in docs if not kind or d["kind"] == kind]
    return render(request, "documents.html", active="nav_docs", docs=shown, kinds=kinds, kind=kind,
                  total=len(docs))


def document_page(request):
    doc_id = request.path_params["doc_id"]
    with request.app.state.config.pool.kb() as kb:
        doc = _document(kb, doc_id)
        passages = kb.passages(doc_id)
        similar = kb.similar(doc_id, limit=5).hits if passages else []
    from ..records import person_label

    info = doc.get("info", {})
    people = [(key, [person_label(p, portfolio=True) for p in info.get(key, [])])
              for key in ("askers", "addressees", "answered_by")]
    headings = []
    for heading, group in _sections(passages):
        if heading and len(heading) <= 2 and heading not in {h for h, _ in headings}:
            headings.append((heading, group[0].id))
    return render(request, "document.html", active="nav_docs", doc=doc, info=info,
                  people=[(k, v) for k, v in people if v], sections=_sections(passages),
                  headings=headings, similar=similar, is_pdf=doc.get("format") == "pdf")


def passage_redirect(request):
    pid = request.path_params["passage_id"]
    with request.app.state.config.pool.kb() as kb:
        from ..kb import NotFound

        try:
            passage = kb.passage(pid)
        except NotFound as e:
            raise HTTPException(404, str(e)) from e
    return RedirectResponse(link(f"/doc/{passage.doc_id}", [(UI_PARAM, request.query_params.get(UI_PARAM))])
                            + f"#p-{pid}", status_code=303)


TEXT_FORMATS = {"text", "markdown", "html"}


def original(request):
    """The stored file of a document, found by its id in the index: the request names no path.
    PDFs open in the browser (`#page=N` works); text, Markdown and HTML are served as plain text,
    so a hostile HTML file cannot run in this origin; anything else downloads."""
    doc_id = request.path_params["doc_id"]
    config = request.app.state.config
    with config.pool.kb() as kb:
        doc = _document(kb, doc_id)
    from ..paths import unescape

    # the index stores a name escaped (polkb.paths: a byte that is not UTF-8 as \xHH …): the file
    # system knows it by its real bytes. Only the document's stored path is opened, never the request's.
    path = Path(unescape(doc["path"]))
    if not path.is_absolute():
        path = config.index_dir.absolute().parent / path
    if not path.is_file():
        raise HTTPException(404, "the original file is no longer where it was ingested from")
    shown = Path(doc["path"]).name  # the name as stored: text, which a header can carry encoded
    if doc.get("format") == "pdf":
        return FileResponse(path, media_type="application/pdf",
                            headers={"x-frame-options": "SAMEORIGIN",
                                     "content-disposition": _disposition("inline", shown)})
    if doc.get("format") in TEXT_FORMATS:
        from ..read.encoding import decode

        return Response(decode(path.read_bytes()), media_type="text/plain; charset=utf-8",
                        headers={"content-security-policy": "default-src 'none'; sandbox",
                                 "content-disposition": _disposition("inline", shown)})
    media = mimetypes.guess_type(shown)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media,
                        headers={"content-security-policy": "default-src 'none'; sandbox",
                                 "content-disposition": _disposition("attachment", shown)})


def _disposition(kind: str, name: str) -> str:
    """A Content-Disposition header for a file name of any characters: a plain ASCII fallback and
    the real name UTF-8 percent-encoded (RFC 6266), so 'Beslissing café 2024.pdf' saves as itself."""
    from urllib.parse import quote

    plain = re.sub(r"[^\w.-]+", "_", name, flags=re.ASCII)  # a header value: plain ASCII only
    real = quote(name, safe="")
    return f'{kind}; filename="{plain}"' + (f"; filename*=UTF-8''{real}" if real != plain else "")


# -- records ----------------------------------------------------------------------------------

def _params(request, *names) -> dict[str, str]:
    return {n: (request.query_params.get(n) or "").strip() for n in names}


INITIATIVE_FILTERS = ("name", "org", "target", "topic", "country")


def initiatives_page(request):
    f = _params(request, *INITIATIVE_FILTERS)
    with request.app.state.config.pool.kb() as kb:
        rows = kb.initiatives(**{k: v or None for k, v in f.items()})
        pages = _passage_pages(kb, [s.passage_id for r in rows for s in (*(x.source for x in r.facts), *r.sources[:3])])
    pairs = [(k, v) for k, v in f.items() if v]
    return render(request, "initiatives.html", active="nav_initiatives", rows=rows, f=f, pages=pages,
                  export_url=lambda fmt: link(f"/export/initiatives.{fmt}", pairs))


def initiative_page(request):
    name = (request.query_params.get("name") or "").strip()
    from ..kb import NotFound

    with request.app.state.config.pool.kb() as kb:
        try:
            record = kb.partners(name)
        except NotFound as e:
            raise HTTPException(404, str(e)) from e
        pages = _passage_pages(kb, [s.passage_id for s in (*record.sources, *(f.source for f in record.facts))])
    return render(request, "initiative.html", active="nav_initiatives", r=record, ini=record.initiative,
                  pages=pages)


def _passage_pages(kb, passage_ids) -> dict[str, int]:
    """The page each cited passage stands on (PDFs), to link a stated fact to its page."""
    from ..kb import NotFound

    pages = {}
    for pid in dict.fromkeys(p for p in passage_ids if p):
        try:
            page = kb.passage(pid).page
        except NotFound:
            continue
        if page:
            pages[pid] = page
    return pages


def organisation_page(request):
    name = (request.query_params.get("name") or "").strip()
    if not name:
        raise HTTPException(404, "no organisation named")
    from .. import records

    with request.app.state.config.pool.kb() as kb:
        docs = kb.documents()
        initiatives = kb.initiatives(org=name)
    key = fold(name)
    named = [d for d in docs if any(fold(o) == key for o in d.get("tags", {}).get("org", []))
             or fold(d.get("info", {}).get("organisation", "")) == key]
    figures = [r for r in records.figures(named)
               if key in fold(r.figure.about) or key in fold(r.figure.recipient)][:50]
    return render(request, "organisation.html", active="nav_initiatives", name=name, initiatives=initiatives,
                  docs=named, figures=figures)


def figures_page(request):
    f = _params(request, "q", "unit")
    from ..kb import UnknownUnit
    from ..records import UNIT_SPELLINGS

    error = ""
    with request.app.state.config.pool.kb() as kb:
        try:
            rows = kb.figures(f["q"] or None, unit=f["unit"] or None, limit=100)
        except UnknownUnit as e:
            rows, error = [], str(e)
    pairs = [(k, v) for k, v in f.items() if v]
    return render(request, "figures.html", active="nav_figures", rows=rows, f=f, error=error,
                  units=list(UNIT_SPELLINGS), export_url=lambda fmt: link(f"/export/figures.{fmt}", pairs))


def _qa_rows(kb, f: dict) -> list:
    rows = kb.qa_pairs(f["q"] or None, minister=f["minister"] or None, asker=f["asker"] or None, limit=200)
    if f["party"]:
        rows = [r for r in rows if any(fold(f["party"]) in fold(a) for a in r.askers)]
    return rows


def qa_page(request):
    f = _params(request, "q", "minister", "asker", "party")
    with request.app.state.config.pool.kb() as kb:
        rows = _qa_rows(kb, f)
    pairs = [(k, v) for k, v in f.items() if v]
    return render(request, "qa.html", active="nav_qa", rows=rows, f=f,
                  export_url=lambda fmt: link(f"/export/qa.{fmt}", pairs))


# -- exports ----------------------------------------------------------------------------------

def _export_data(request, what: str):
    """The records of a list as its page shows them (a search: the first EXPORT_LIMIT hits),
    and the title of its note."""
    params = request.query_params
    pool = request.app.state.config.pool
    if what == "search":
        state = SearchState(params)
        if state.empty:
            raise HTTPException(400, "an export of a search needs a query or a filter")
        result, _ = _run_search(request, state, EXPORT_LIMIT, 0, facets=False)
        filters = " ".join(f"{k}:{v}" for k, vs in state.filters.items() for v in vs)
        return result, " ".join(x for x in (state.q, filters) if x), ""
    if what == "ask":
        q = (params.get("q") or "").strip()
        if not q:
            raise HTTPException(400, "an export of an answer needs a question")
        with pool.kb("ask") as kb:
            a = kb.ask(q)
        return a, q, a.answer or a.not_found_text
    with pool.kb() as kb:
        if what == "initiatives":
            f = _params(request, *INITIATIVE_FILTERS)
            return kb.initiatives(**{k: v or None for k, v in f.items()}), "Initiatieven / Initiatives", ""
        if what == "figures":
            f = _params(request, "q", "unit")
            from ..kb import UnknownUnit

            try:
                return kb.figures(f["q"] or None, unit=f["unit"] or None, limit=100), f["q"] or "Cijfers / Figures", ""
            except UnknownUnit as e:
                raise HTTPException(400, str(e)) from e
        if what == "qa":
            f = _params(request, "q", "minister", "asker", "party")
            return _qa_rows(kb, f), f["q"] or "Kamervragen / Parliamentary Q&A", ""
    raise HTTPException(404, f"nothing to export called '{what}'")


def export_list(request):
    what, fmt = request.path_params["what"], request.path_params["fmt"]
    if fmt not in export.FORMATS or what not in export.KINDS:
        raise HTTPException(404, f"no export {what}.{fmt}")
    try:
        data, title, lead = _export_data(request, what)
    except HTTPException as e:
        if e.status_code == 400:
            return html_error(request, e.detail)
        raise
    if fmt == "csv":
        body = export.to_csv(what, data)
    elif fmt == "jsonl":
        body = export.to_jsonl(what, data)
    else:
        body = export.to_markdown(what, data, title, lead)
    filename = f"polkb-{what}.{fmt}"
    return Response(body, media_type=export.FORMATS[fmt],
                    headers={"content-disposition": f'attachment; filename="{filename}"'})


def routes():
    return [
        Route("/", search_page),
        Route("/facets", facets_fragment),
        Route("/ask", ask_page),
        Route("/docs", documents_page),
        Route("/doc/{doc_id}", document_page),
        Route("/doc/{doc_id}/original", original),
        Route("/passage/{passage_id}", passage_redirect),
        Route("/initiatives", initiatives_page),
        Route("/initiative", initiative_page),
        Route("/org", organisation_page),
        Route("/figures", figures_page),
        Route("/qa", qa_page),
        Route("/export/{what}.{fmt}", export_list),
    ]
