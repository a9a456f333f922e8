"""The Whoosh backend behind `polkb.store.protocol.SearchBackend`: one index folder on one machine.

Reading keeps one searcher open between calls and reopens it when another process has committed
(checked at most once a second: a directory listing). Writing holds polkb's ingest lock (an
operating-system lock on a descriptor: it dies with its process), checks the index whole before
writing to it, and commits every change at once; a failure cancels, and removes what a failed
commit left behind.
"""
from __future__ import annotations

import json
import time
from contextlib import contextmanager
from pathlib import Path

from . import index as ix

NAME = "whoosh"


class WhooshBackend:
    name = NAME
    FRESHNESS_CHECK_S = 1.0

    def __init__(self, location):
        self.index_dir = Path(location)
        self._searcher = None
        self._checked = 0.0

    # -- state --------------------------------------------------------------------------------
    def searcher(self):
        """The searcher of the current index state (reopened when another process committed).
        Whoosh's own object: for the code of this backend only."""
        now = time.monotonic()
        if self._searcher is not None and now - self._checked >= self.FRESHNESS_CHECK_S:
            self._checked = now
            if not self._searcher.up_to_date():
                # not closed: an answer in progress may still read the old one (it closes when no
                # longer referenced); and Whoosh's refresh() fails on a reader of an empty index
                self._searcher = None
        if self._searcher is None:
            self._searcher = ix.open_searcher(ix.open_index(self.index_dir))
            self._checked = now
        return self._searcher

    def state(self):
        return self.searcher()

    def _read(self, read):
        """`read(searcher)`, and once more on the new generation when it failed because a commit
        replaced the index's files under this reader (Whoosh deletes a merged segment's files at
        once: a reader that opened the old table of contents may find one gone)."""
        searcher = self.searcher()
        try:
            return read(searcher)
        except Exception:
            try:
                current = searcher.up_to_date()
            except Exception:
                current = False
            if current:
                raise
            self._searcher = None
            return read(self.searcher())

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def exists(self) -> bool:
        return ix.exists(self.index_dir)

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.index_dir.iterdir() if p.is_file())

    # -- records ------------------------------------------------------------------------------
    def documents(self) -> list[dict]:
        return self._read(lambda s: [json.loads(f["data"]) for f in s.documents(rec="doc")])

    def documents_by_id(self, doc_ids) -> list[dict]:
        def read(searcher):
            return [json.loads(searcher.stored_fields(docnum)["data"]) for doc_id in dict.fromkeys(doc_ids)
                    for docnum in searcher.docs_for_query(ix.document_lookup(doc_id))]
        return self._read(read)

    def passages(self, doc_id: str | None = None):
        from whoosh import query as Q

        if doc_id is None:  # every passage, read as it is used (exports of a large index)
            s = self.searcher()
            return (ix.passage_fields(s, n) for n in s.docs_for_query(Q.Term("rec", "passage")))
        q = Q.And([Q.Term("rec", "passage"), Q.Term("doc_id", doc_id)])
        return iter(self._read(lambda s: [ix.passage_fields(s, n) for n in s.docs_for_query(q)]))

    def records(self):
        """Every document's records (see index.export_records), from one state of the index."""
        return ix.export_records(self.searcher())

    def records_note(self) -> str | None:
        """What an export of this index cannot give whole (None: nothing is missing)."""
        if ix.stores_context(self.searcher().schema):
            return None
        return ("this index was written before passage contexts were stored: the export gives each passage its "
                "title and heading path, not the headings inside it; ingest the files again (--rebuild) for an "
                "exact export")

    def passage(self, passage_id: str) -> dict | None:
        return self._read(lambda s: next((f for f in (ix.passage_fields(s, n) for n in s.docs_for_query(
            ix.passage_lookup(passage_id))) if f.get("id") == passage_id), None))

    # -- search -------------------------------------------------------------------------------
    def search(self, text: str, **options):
        from .search import search

        return self._read(lambda s: search(s, text, **options))

    def similar(self, text: str, **options):
        from .search import similar

        return self._read(lambda s: similar(s, text, **options))

    def filter_values(self, field: str) -> list[str]:
        reader = self.searcher().reader()
        if field not in reader.schema:
            return []
        return sorted({t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon(field)})

    def filter_matches(self, field: str, value: str) -> bool:
        from .search import _tag_terms

        return bool(_tag_terms(self.searcher().reader(), field, value))

    def term_statistics(self):
        return ix.TermStatistics(self.searcher())

    # -- writing ------------------------------------------------------------------------------
    @contextmanager
    def writer(self, *, rebuild: bool = False, wait: float = 0.0):
        index_dir = self.index_dir
        self.close()
        deadline = time.monotonic() + wait
        try:
            with ix.ingest_lock(index_dir, wait):
                try:
                    index = _open_for_writing(index_dir, rebuild)
                    writer = _WhooshWriter(index, _open_writer(index, deadline))
                    try:
                        yield writer
                        if not writer.done:
                            writer.cancel()
                    except BaseException:
                        writer.cancel()
                        raise
                finally:
                    ix.remove_leftovers(index_dir)
        except OSError as e:
            raise ix.os_problem(e, index_dir, "write the index") from e

    def check(self) -> list[str]:
        return ix.check_index(self.index_dir)


class _WhooshWriter:
    """One ingest's changes through Whoosh's writer (see index.open_writer)."""

    def __init__(self, index, writer):
        self._index, self._writer = index, writer
        self.done = False

    def state(self) -> dict[str, dict]:
        return ix.load_state(self._writer.searcher())

    def analysis(self):
        """The text fields the reading workers analyse (both cores analyse, not only the one
        writing); None for an older index whose plain TEXT fields the writer analyses."""
        fields = ix.analysed_fields(self._index.schema)
        return (ix.preanalyse, fields) if fields else None

    def add(self, records: list[dict]) -> None:
        for rec in records:
            self._writer.add_document(**rec)

    def remove(self, doc_id: str) -> None:
        self._writer.delete_by_term("doc_id", doc_id)

    def commit(self, rebuild: bool = False) -> None:
        if rebuild:
            from whoosh.writing import CLEAR

            self._writer.commit(mergetype=CLEAR)
        else:
            self._writer.commit()
        self.done = True

    def cancel(self) -> None:
        """Cancel, never hiding the failure that led here behind one of the cancellation (a full
        disk can fail both); what it leaves, remove_leftovers takes."""
        self.done = True
        try:
            self._writer.cancel()
        except Exception:
            pass


def _open_for_writing(index_dir: Path, rebuild: bool):
    """The index to write to, checked whole first: a damaged index is reported (or, with
    `rebuild`, started over), never written to or reported unchanged."""
    if not ix.exists(index_dir):
        return ix.create_index(index_dir)
    problems = ix.check_index(index_dir)
    if problems and rebuild:
        ix.clear_index(index_dir)
        return ix.create_index(index_dir)
    if problems:
        more = f" ({len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise ix.IndexDamaged(problems[0] + more)
    index = ix.open_index(index_dir)
    ix.check_writable(index, index_dir)
    return index


def _open_writer(index, deadline: float):
    """The index writer, waiting until `deadline` for Whoosh's own write lock (see
    index.open_writer)."""
    while True:
        try:
            return ix.open_writer(index)
        except ix.IndexBusy:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.1)


open_backend = WhooshBackend
