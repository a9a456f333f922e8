"""What polkb asks of a storage backend: the one seam between the pipeline and the index.

`KnowledgeBase` (the API every front end calls) and `ingest` reach the index only through these
two protocols, and hand over only plain data: the records `polkb.store.records` builds (dicts of
field -> value, one per document and one per passage) go in; stored document data (dicts),
passage fields (dicts), `polkb.query.results.SearchResult` and `TermStatistics` come out. No
backend type ever leaves a backend. A backend is one module under `polkb/store/` that registers
a factory (see `polkb.store.register`); `tests/test_backend_contract.py` is the suite every
backend must pass.
"""
from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Iterable, Iterator, Protocol, runtime_checkable


@runtime_checkable
class TermStatistics(Protocol):
    """Index terms of a text and how many passages hold each (what the answer stage weighs the
    words of a question with, IDF), for one state of the index."""

    passages: int

    def index_terms(self, text: str) -> list[str]: ...

    def query_terms(self, text: str) -> list[str]: ...

    def doc_frequency(self, term: str) -> int: ...

    def belongs_to(self, state) -> bool: ...


@runtime_checkable
class IndexWriter(Protocol):
    """One ingest's changes, invisible to readers until `commit` (all or nothing)."""

    def state(self) -> dict[str, dict]:
        """stored path -> {"doc_id", "sha256"} of every document the index holds now."""

    def analysis(self):
        """What the reading workers do with each file's records for this backend, as (function,
        argument), both picklable (workers may be spawned): `function(records, argument)` changes
        the records in place. None: nothing."""

    def add(self, records: list[dict]) -> None:
        """A document's records (its document record first, then its passages)."""

    def remove(self, doc_id: str) -> None:
        """A document and its passages."""

    def commit(self, rebuild: bool = False) -> None:
        """Make every change visible at once; `rebuild`: the index holds only what was added."""

    def cancel(self) -> None:
        """Drop every change; the last commit stays as it was."""

    # failures: list[tuple[str, str]] — after `commit`, the documents the backend refused (stored
    # path, reason), which ingest reports as failed files; a backend that refuses none may leave
    # the attribute out.


@runtime_checkable
class SearchBackend(Protocol):
    """An index of polkb's records, for reading and for writing."""

    name: str

    # -- state ------------------------------------------------------------------------------------
    def state(self):
        """A token for the index state being read (refreshed when another process committed);
        what per-state caches are kept against."""

    def close(self) -> None: ...

    def exists(self) -> bool:
        """Whether an index is there to read (an ingest creates it)."""

    def size_bytes(self) -> int: ...

    # -- records ----------------------------------------------------------------------------------
    def documents(self) -> list[dict]:
        """Every document's stored data (its metadata and records)."""

    def documents_by_id(self, doc_ids: Iterable[str]) -> list[dict]: ...

    def passages(self, doc_id: str | None = None) -> Iterator[dict]:
        """Passage fields (id, doc_id, path, title, heading, body, page, seq …), of one
        document or of all, in index order."""

    def passage(self, passage_id: str) -> dict | None: ...

    def records(self) -> Iterator[list[dict]]:
        """Every document's records as ingest handed them to `IndexWriter.add` (its document
        record first, then its passages in order), one document at a time, from one state of the
        index: what `polkb export` writes and `polkb ingest --from-jsonl` adds again to any
        backend. Fields a backend derives from a record (pre-analysed text, its own ids) are left
        out; tag fields are comma-separated strings, as `polkb.store.records` makes them."""

    # -- search -----------------------------------------------------------------------------------
    def search(self, text: str, *, limit: int = 10, offset: int = 0, per_doc: bool = False,
               facets: bool = False, filters: dict[str, list[str]] | None = None):
        """Ranked passages (a `polkb.query.results.SearchResult`)."""

    def similar(self, text: str, *, exclude_doc: str | None = None, limit: int = 10): ...

    def filter_values(self, field: str) -> list[str]:
        """The values the index holds in a filter field (for "org:Harvard matches nothing")."""

    def filter_matches(self, field: str, value: str) -> bool:
        """Whether a filter value finds anything, matched as the search matches it."""

    def term_statistics(self) -> TermStatistics: ...

    # -- writing ----------------------------------------------------------------------------------
    def writer(self, *, rebuild: bool = False, wait: float = 0.0) -> AbstractContextManager[IndexWriter]:
        """A writer holding the backend's write lock (waiting up to `wait` seconds for it);
        leaving the block without commit cancels."""

    def check(self) -> list[str]:
        """Problems found by verifying the whole index (empty: it is whole)."""
