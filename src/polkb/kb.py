"""KnowledgeBase: the Python API every front end (CLI now, web later) calls.

It owns the index location and a reused searcher; each method is one capability and returns plain
dataclasses or dicts, never Whoosh objects, so a presenter only formats.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

from . import index as ix


class NotFound(Exception):
    """The document, passage or record asked for is not in the knowledge base."""


class UnknownUnit(ValueError):
    """A figures unit no stored unit answers to; the message lists the ones that exist."""

    def __init__(self, unit: str, spellings: dict):
        super().__init__(f"unknown unit {unit!r}; use one of: " + ", ".join(
            f"{u} ({', '.join(s[:3])})" for u, s in spellings.items()))


class KnowledgeBase:
    def __init__(self, index_dir: str | os.PathLike = "index"):
        self.index_dir = Path(index_dir)
        self._index = None
        self._searcher = None
        self._checked = 0.0
        self._answerer = None
        self._documents = None

    # -- lifecycle ---------------------------------------------------------------------------
    # how often a kept searcher checks whether another process committed an ingest (a directory
    # listing; an ingest through this object drops the searcher at once)
    FRESHNESS_CHECK_S = 1.0

    def searcher(self):
        """A searcher kept open between calls and refreshed when an ingest has committed."""
        now = time.monotonic()
        if self._searcher is not None and now - self._checked >= self.FRESHNESS_CHECK_S:
            self._checked = now
            if not self._searcher.up_to_date():
                # not closed: an answer in progress may still read the old one (it closes when no
                # longer referenced); and Whoosh's refresh() fails on a reader of an empty index
                self._searcher = None
        if self._searcher is None:
            self._index = ix.open_index(self.index_dir)
            self._searcher = ix.open_searcher(self._index)
            self._checked = now
        return self._searcher

    def close(self):
        self._answerer = None
        self._documents = None
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- ingest ------------------------------------------------------------------------------
    def ingest(self, paths, **options):
        """Ingest files and folders (see polkb.ingest.ingest_paths for the options)."""
        from .ingest import ingest_paths

        self.close()
        return ingest_paths(self.index_dir, paths, **options)

    # -- reading records ---------------------------------------------------------------------
    def documents(self) -> list[dict]:
        """Every document's stored metadata and records, in path order (cached per index state)."""
        searcher = self.searcher()
        if self._documents is None or self._documents[0] is not searcher:
            docs = [json.loads(f["data"]) for f in searcher.documents(rec="doc")]
            self._documents = (searcher, sorted(docs, key=lambda d: d["path"]))
        return self._documents[1]

    def documents_by_id(self, doc_ids) -> list[dict]:
        """The stored metadata and records of the given documents only (in the order given)."""
        searcher = self.searcher()
        out = []
        for doc_id in dict.fromkeys(doc_ids):
            for docnum in searcher.docs_for_query(ix.document_lookup(doc_id)):
                out.append(json.loads(searcher.stored_fields(docnum)["data"]))
        return out

    def stats(self) -> dict:
        docs = self.documents()
        by_format: dict[str, int] = {}
        by_kind: dict[str, int] = {}
        for d in docs:
            by_format[d["format"]] = by_format.get(d["format"], 0) + 1
            by_kind[d["kind"]] = by_kind.get(d["kind"], 0) + 1
        size = sum(p.stat().st_size for p in self.index_dir.iterdir() if p.is_file())
        return {
            "documents": len(docs),
            "passages": sum(d["passages"] for d in docs),
            "by_format": dict(sorted(by_format.items())),
            "by_kind": dict(sorted(by_kind.items())),
            "index_bytes": size,
        }

    def find_document(self, ref: str) -> dict:
        """A document by id, stored path, or file name (case-insensitive), else NotFound."""
        ref = ref.strip()
        docs = self.documents()
        norm = ref.lower()
        for test in (lambda d: d["id"] == ref,
                     lambda d: d["path"] == ref or os.path.normpath(d["path"]) == os.path.normpath(ref),
                     lambda d: Path(d["path"]).name.lower() == Path(norm).name,
                     lambda d: Path(d["path"]).name.lower().startswith(norm)):
            found = [d for d in docs if test(d)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                names = ", ".join(Path(d["path"]).name for d in found[:5])
                raise NotFound(f"'{ref}' matches {len(found)} documents ({names}); be more specific")
        raise NotFound(f"no document '{ref}' in the knowledge base")

    def all_passages(self):
        """Every passage record as a dict (id, doc_id, path, title, heading, body, page …), in
        index order: for exports and benchmarks."""
        from whoosh import query as Q

        s = self.searcher()
        for n in s.docs_for_query(Q.Term("rec", "passage")):
            yield ix.passage_fields(s, n)

    def passages(self, doc_id: str) -> list:
        from whoosh import query as Q

        s = self.searcher()
        q = Q.And([Q.Term("rec", "passage"), Q.Term("doc_id", doc_id)])
        hits = [ix.passage_from_fields(ix.passage_fields(s, n)) for n in s.docs_for_query(q)]
        return sorted(hits, key=lambda p: p.seq)

    def passage(self, passage_id: str):
        s = self.searcher()
        fields = next((f for f in (ix.passage_fields(s, n) for n in s.docs_for_query(ix.passage_lookup(passage_id)))
                       if f.get("id") == passage_id), None)
        if fields is None:
            raise NotFound(f"no passage '{passage_id}' in the knowledge base")
        return ix.passage_from_fields(fields)

    def show(self, ref: str) -> dict:
        """A document's metadata with its passages (page and heading of each)."""
        doc = self.find_document(ref)
        return {**doc, "passage_list": [ix.passage_json(p) for p in self.passages(doc["id"])]}

    # -- search ------------------------------------------------------------------------------
    def search(self, text: str, **options):
        """Ranked passages for a query (see polkb.search.search for the options)."""
        from .search import search

        return search(self.searcher(), text, **options)

    def similar(self, ref: str, limit: int = 10):
        """Precedents: passages of other documents most like a passage (by id) or a document."""
        from .search import similar

        try:
            passage = self.passage(ref)
            text, doc_id = passage.text, passage.doc_id
        except NotFound:
            doc = self.find_document(ref)
            text, doc_id = " ".join(p.text for p in self.passages(doc["id"])[:20]), doc["id"]
        return similar(self.searcher(), text, exclude_doc=doc_id, limit=limit)

    def term_statistics(self):
        """Index terms and passage frequencies of the current index state (for the answer stage)."""
        return ix.TermStatistics(self.searcher())

    def ask(self, question: str):
        """A short answer with citations, or answer None with related passages (polkb.answer)."""
        from .answer.reader import Answerer

        searcher = self.searcher()
        if self._answerer is None or not self._answerer.stats.belongs_to(searcher):
            self._answerer = Answerer(self)  # its term statistics belong to one index state
        return self._answerer.ask(question)

    # -- structured records -----------------------------------------------------------------
    def initiatives(self, **filters):
        """Initiatives across documents (filters: org, target, topic, country, name)."""
        from . import records

        return records.initiatives(self.documents(), **filters)

    def partners(self, name: str):
        """The initiative called `name` with its coordinator and partners, else NotFound."""
        from . import records

        found = records.find_initiative(self.documents(), name)
        if found is None:
            raise NotFound(f"no initiative '{name}' in the knowledge base")
        return found

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
            return records.figures(self.documents(), None, wanted)[:limit]
        hits = [h for h in self.search(query, limit=100).hits if not h.weak]
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
        return [r for _, _, r in sorted(kept, key=lambda x: (-x[0], x[1]))][:limit]

    def qa_pairs(self, query: str | None = None, minister: str | None = None,
                 asker: str | None = None, limit: int = 50):
        """Parliamentary question/answer pairs, all or those matching `query`, by minister/asker."""
        from . import records

        ids = [h.passage_id for h in self.search(query, limit=100).hits] if query else None
        return records.qa_pairs(self.documents(), ids, minister, asker)[:limit]
