"""KnowledgeBase: the Python API every front end (CLI now, web later) calls.

It owns the index location and the storage backend that reads and writes it (`polkb.store`:
Whoosh by default); each method is one capability and returns plain dataclasses or dicts, never a
backend's objects, so a presenter only formats.
"""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from .errors import NotFound, UsageProblem  # noqa: F401  (NotFound: callers import it from here)
from .model import DatedEvent, Person, SourceDocument
from .store import open_backend
from .store.records import passage_from_fields, passage_json


class UnknownUnit(UsageProblem, ValueError):
    """A figures unit no stored unit answers to; the message lists the ones that exist."""

    def __init__(self, unit: str, spellings: dict):
        super().__init__(f"unknown unit {unit!r}; use one of: " + ", ".join(
            f"{u} ({', '.join(s[:3])})" for u, s in spellings.items()))


def with_document(record, document: SourceDocument | None):
    """A copy of a Hit or Citation that carries its document (its own fields unchanged)."""
    return dataclasses.replace(record, document=document)


def source_document(doc: dict, root: Path) -> SourceDocument:
    """A stored document's citation data; `root` is the folder its path is relative to."""
    info = doc.get("info") or {}
    path = Path(doc["path"])
    people = {key: [Person(**p) for p in info.get(key) or []] for key in ("askers", "addressees", "answered_by")}
    return SourceDocument(
        id=doc["id"], path=doc["path"], title=doc.get("title") or info.get("title") or path.name,
        kind=doc.get("kind") or info.get("kind") or "document", format=doc.get("format", ""),
        language=doc.get("language") or info.get("language") or "nl",
        dates=[DatedEvent(d["role"], d["date"], d.get("place", "")) for d in info.get("dates") or [] if d.get("date")],
        number=info.get("number", ""), dossier=info.get("dossier", ""),
        organisation=info.get("organisation", ""), source_url=info.get("source_url", ""),
        year=info.get("year"), kind_evidence=info.get("kind_evidence", ""),
        file=_file_of(doc["path"], root), **people)


def _file_of(stored: str, root: Path) -> str:
    """The absolute path of a stored path, escaped as the index stores paths (polkb.paths): text
    that any output can hold; polkb.paths.unescape gives the file system's name back."""
    from .paths import escape, unescape

    path = Path(unescape(stored))
    return escape(str(path if path.is_absolute() else os.path.normpath(root / path)))


@dataclasses.dataclass
class FilterMiss:
    """A filter value of a query that no indexed value answers to, with the values that exist."""

    field: str
    value: str
    known: list[str]


class KnowledgeBase:
    def __init__(self, index_dir: str | os.PathLike = "index", backend: str | None = None, url: str | None = None):
        from .store.config import choose  # backend and URL: arguments, POLKB_BACKEND/POLKB_OPENSEARCH_URL, polkb.toml

        self.index_dir = Path(index_dir)
        self.backend = open_backend(*choose(self.index_dir, backend, url))
        self._answerer = None
        self._documents = None
        self._sources: tuple = (None, {})  # (index state, doc id -> SourceDocument)

    # -- lifecycle ---------------------------------------------------------------------------
    def searcher(self):
        """The Whoosh backend's searcher of the current index state: for tests and benches that
        look inside the Whoosh index, never for a front end."""
        return self.backend.searcher()

    def close(self):
        self._answerer = None
        self._documents = None
        self.backend.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- ingest ------------------------------------------------------------------------------
    def ingest(self, paths, **options):
        """Ingest files and folders (see polkb.ingest.ingest_paths for the options)."""
        from .ingest import ingest_paths

        self.close()
        return ingest_paths(self.index_dir, paths, backend=self.backend.name, **options)

    # -- reading records ---------------------------------------------------------------------
    def documents(self) -> list[dict]:
        """Every document's stored metadata and records, in path order (cached per index state)."""
        state = self.backend.state()
        if self._documents is None or self._documents[0] is not state:
            self._documents = (state, sorted(self.backend.documents(), key=lambda d: d["path"]))
        return self._documents[1]

    def documents_by_id(self, doc_ids) -> list[dict]:
        """The stored metadata and records of the given documents only (in the order given)."""
        return self.backend.documents_by_id(doc_ids)

    def index_root(self) -> Path:
        """The folder the stored paths are relative to (the one holding the index folder)."""
        return self.index_dir.absolute().parent

    def source_documents(self, doc_ids) -> dict[str, SourceDocument]:
        """The citation data of the given documents, by id (kept per index state: a search page
        looks up only the documents of its hits, and each once)."""
        state = self.backend.state()
        if self._sources[0] is not state:
            self._sources = (state, {})
        known = self._sources[1]
        missing = [d for d in dict.fromkeys(doc_ids) if d not in known]
        if missing:
            if self._documents is not None and self._documents[0] is state:
                wanted = set(missing)
                stored = [d for d in self._documents[1] if d["id"] in wanted]
            else:
                stored = self.documents_by_id(missing)
            root = self.index_root()
            known.update((d["id"], source_document(d, root)) for d in stored)
        return {d: known[d] for d in doc_ids if d in known}

    def _with_documents(self, records) -> list:
        """Hits or an answer's citations, each a copy carrying its SourceDocument (a citation
        names its document by passage id, `DOCID-NNNN`)."""
        records = list(records)
        ids = [getattr(r, "doc_id", None) or r.passage_id.rsplit("-", 1)[0] for r in records]
        docs = self.source_documents(ids)
        return [with_document(r, docs.get(d)) for r, d in zip(records, ids)]

    def _with_record_documents(self, sources) -> None:
        """Fill in the SourceDocument of each records.Source (in place: they are fresh copies)."""
        sources = list(sources)
        docs = self.source_documents([s.doc_id for s in sources])
        for s in sources:
            s.document = docs.get(s.doc_id)

    def stats(self) -> dict:
        docs = self.documents()
        by_format: dict[str, int] = {}
        by_kind: dict[str, int] = {}
        for d in docs:
            by_format[d["format"]] = by_format.get(d["format"], 0) + 1
            by_kind[d["kind"]] = by_kind.get(d["kind"], 0) + 1
        size = self.backend.size_bytes()
        return {
            "documents": len(docs),
            "passages": sum(d["passages"] for d in docs),
            "by_format": dict(sorted(by_format.items())),
            "by_kind": dict(sorted(by_kind.items())),
            "index_bytes": size,
        }

    def find_document(self, ref: str) -> dict:
        """A document by id, stored path, or file name (case-insensitive), else NotFound. A path
        may be given as polkb prints it (escaped, in quotes: polkb.paths) or as the file system has it."""
        from .paths import escape, one_line

        ref = ref.strip()
        if len(ref) > 1 and ref[0] == ref[-1] == '"':
            ref = ref[1:-1]
        docs = self.documents()
        norm = ref.lower()
        refs = {ref, escape(ref)}
        for test in (lambda d: d["id"] == ref,
                     lambda d: d["path"] in refs or os.path.normpath(d["path"]) == os.path.normpath(ref),
                     lambda d: Path(d["path"]).name.lower() == Path(norm).name,
                     lambda d: Path(d["path"]).name.lower().startswith(norm)):
            found = [d for d in docs if test(d)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                names = ", ".join(Path(d["path"]).name for d in found[:5])
                raise NotFound(f"'{one_line(ref)}' matches {len(found)} documents ({names}); be more specific")
        raise NotFound(f"no document '{one_line(ref)}' in the knowledge base")

    def all_passages(self):
        """Every passage record as a dict (id, doc_id, path, title, heading, body, page …), in
        index order: for exports and benchmarks."""
        yield from self.backend.passages()

    def passages(self, doc_id: str) -> list:
        return sorted((passage_from_fields(f) for f in self.backend.passages(doc_id)), key=lambda p: p.seq)

    def passage(self, passage_id: str):
        fields = self.backend.passage(passage_id)
        if fields is None:
            raise NotFound(f"no passage '{passage_id}' in the knowledge base")
        return passage_from_fields(fields)

    def show(self, ref: str) -> dict:
        """A document's metadata, its citation data (`source`) and its passages (page and heading
        of each)."""
        doc = self.find_document(ref)
        return {**doc, "source": self.source_document(doc),
                "passage_list": [passage_json(p) for p in self.passages(doc["id"])]}

    def source_document(self, doc: dict) -> SourceDocument:
        """The citation data of a stored document (one of `documents()`)."""
        return source_document(doc, self.index_root())

    # -- search ------------------------------------------------------------------------------
    def search(self, text: str, **options):
        """Ranked passages for a query (see polkb.store.whoosh.search.search for the options), each hit
        carrying its document (`hit.document`, a SourceDocument) to cite it by."""
        result = self._ranked(text, **options)
        result.hits = self._with_documents(result.hits)
        return result

    def _ranked(self, text: str, **options):
        """The search alone, for the records' own use (their hits need no documents)."""
        return self.backend.search(text, **options)

    def similar(self, ref: str, limit: int = 10):
        """Precedents: passages of other documents most like a passage (by id) or a document."""
        try:
            passage = self.passage(ref)
            text, doc_id = passage.text, passage.doc_id
        except NotFound:
            doc = self.find_document(ref)
            text, doc_id = " ".join(p.text for p in self.passages(doc["id"])[:20]), doc["id"]
        result = self.backend.similar(text, exclude_doc=doc_id, limit=limit)
        result.hits = self._with_documents(result.hits)
        return result

    # the filters whose values unmatched_filters checks against the index (kind: is checked by
    # the search itself; file:, doc: name files and ids, which a listing shows)
    CHECKED_FILTERS = ("org", "year", "lang", "format", "target", "topic", "person", "country", "initiative")

    def unmatched_filters(self, text: str) -> list[FilterMiss]:
        """The filter values of a query that match no indexed value (`org:Harvard`), each with
        the values the index holds: a front end says so instead of showing 0 hits alone. Values
        match as the search matches them (any case and accents; a part of an organisation's name)."""
        from .query.syntax import YEAR_RANGE, split_filters

        _, filters = split_filters(text)
        misses = []
        for name, values in filters.items():
            if name not in self.CHECKED_FILTERS:
                continue
            known = self.backend.filter_values(name)
            for value in values:
                value = value.strip()
                if name == "year":
                    m = YEAR_RANGE.match(value)
                    lo, hi = sorted((int(m.group(1)), int(m.group(2)))) if m else (None, None)
                    found = any(lo <= int(y) <= hi for y in known if y.isdigit()) if m else value in known
                elif name in ("lang", "format"):
                    found = value.lower() in known
                else:
                    found = self.backend.filter_matches(name, value)
                if value and not found:
                    misses.append(FilterMiss(name, value, known))
        return misses

    def term_statistics(self):
        """Index terms and passage frequencies of the current index state (for the answer stage)."""
        return self.backend.term_statistics()

    def ask(self, question: str):
        """A short answer with citations, or answer None with related passages (polkb.answer);
        each citation and related passage carries its document (`document`) to cite it by."""
        from .answer.reader import Answerer

        if self._answerer is None or not self._answerer.stats.belongs_to(self.backend.state()):
            self._answerer = Answerer(self)  # its term statistics belong to one index state
        answer = self._answerer.ask(question)
        answer.citations = self._with_documents(answer.citations)
        docs = self.source_documents([r["passage_id"].rsplit("-", 1)[0] for r in answer.related])
        answer.related = [{**r, "document": docs.get(r["passage_id"].rsplit("-", 1)[0])} for r in answer.related]
        return answer

    # -- structured records -----------------------------------------------------------------
    def initiatives(self, **filters):
        """Initiatives across documents (filters: org, target, topic, country, name)."""
        from . import records

        found = records.initiatives(self.documents(), **filters)
        self._with_record_documents(s for r in found for s in (*r.sources, *(f.source for f in r.facts)))
        return found

    def partners(self, name: str):
        """The initiative called `name` with its coordinator and partners, else NotFound."""
        from . import records

        found = records.find_initiative(self.documents(), name)
        if found is None:
            raise NotFound(f"no initiative '{name}' in the knowledge base")
        self._with_record_documents([*found.sources, *(f.source for f in found.facts)])
        return found

    def figure_units(self) -> dict[str, int]:
        """How many figures the index holds per unit, most first."""
        counts: dict[str, int] = {}
        for doc in self.documents():
            for f in doc.get("figures", []):
                counts[f["unit"]] = counts.get(f["unit"], 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: -kv[1]))

    @staticmethod
    def canonical_unit(text: str) -> str | None:
        """The stored unit an officer means ("procent" -> "%"), or None."""
        from . import records

        return records.canonical_unit(text)

    FIGURE_FLOOR = 0.5  # a figure whose sentence holds less than this part of the best one's match is noise

    def figures(self, query: str | None = None, unit: str | None = None, limit: int = 50):
        """Figures, all or those about `query`, best first.

        With a query, the figures of the passages the search finds (weak hits left out) are ranked
        by how much of the query their own sentence and counted noun hold, each query word weighted
        by its idf, and those below FIGURE_FLOOR of the best are left out: "meisjes STEM" keeps the
        shares of girls in STEM and drops "14 dagen" from a passage that mentions STEM once.
        `unit` takes the spellings an officer types ("procent", "percent", "%", "euro")."""
        import math

        from . import records

        wanted = None
        if unit:
            wanted = records.canonical_unit(unit)
            if wanted is None:
                raise UnknownUnit(unit, records.UNIT_SPELLINGS)
        if not query:
            return self._documented_sources(records.figures(self.documents(), None, wanted)[:limit])
        hits = [h for h in self._ranked(query, limit=100).hits if not h.weak]
        rows = records.figures(self.documents(), [h.passage_id for h in hits], wanted)
        stats = self.term_statistics()
        n = max(1, stats.passages)
        words = [(frozenset(stats.query_terms(w)), math.log(1 + n / (1 + min(
            (stats.doc_frequency(t) for t in stats.query_terms(w)), default=0)))) for w in query.split()]
        words = [(terms, idf) for terms, idf in words if terms]
        total = sum(idf for _, idf in words) or 1.0

        def match(row) -> float:
            have = set(stats.index_terms(f"{row.figure.about} {row.figure.noun}"))
            return sum(idf for terms, idf in words if terms & have) / total

        scored = [(match(r), i, r) for i, r in enumerate(rows)]
        best = max((s for s, _, _ in scored), default=0.0)
        kept = [(s, i, r) for s, i, r in scored if s > 0 and s >= self.FIGURE_FLOOR * best]
        return self._documented_sources([r for _, _, r in sorted(kept, key=lambda x: (-x[0], x[1]))][:limit])

    def qa_pairs(self, query: str | None = None, minister: str | None = None,
                 asker: str | None = None, limit: int = 50):
        """Parliamentary question/answer pairs, all or those matching `query`, by minister/asker."""
        from . import records

        ids = [h.passage_id for h in self._ranked(query, limit=100).hits] if query else None
        return self._documented_sources(records.qa_pairs(self.documents(), ids, minister, asker)[:limit])

    def _documented_sources(self, rows: list) -> list:
        """Figure or Q/A records with the SourceDocument of each one's source filled in."""
        self._with_record_documents(r.source for r in rows)
        return rows
