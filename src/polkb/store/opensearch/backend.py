"""The OpenSearch backend behind `polkb.store.protocol.SearchBackend`: one index on a cluster.

Location (what `open_backend` takes):

- a URL whose path names the index: `http://127.0.0.1:9200/polkb` (user and password may be in
  the URL: `https://user:secret@host:9200/polkb`); without a path the index is `polkb`; options
  in its query: `?shards=3&replicas=1` (of an index created from then on), `bulk=500` (records
  per bulk request), `timeout=30` (seconds per request), `compounds=parts`;
- a dict: {"url": ..., "index": ..., "shards": 1, "replicas": 0, "compounds": "parts"};
- a folder (what `KnowledgeBase` and `ingest` pass): the URL that `polkb.store.config` resolves
  for it (`--url`, POLKB_OPENSEARCH_URL, or `polkb.toml` in the working folder).

Index layout. The name users give (`polkb`) is an alias. It points to one concrete index,
`<alias>-v<TEMPLATE_VERSION>-<time>-<random>`, holding both record types of polkb (`rec`: "doc",
"passage"), plus one meta record (`rec`: "meta") with the write transactions in flight. A small
second index, `<alias>-lock`, holds the write lock document.

Writing. `refresh_interval` is -1: nothing written becomes searchable until a commit refreshes.

- An incremental writer (ingest without --rebuild) writes into the live index, every record
  tagged with its transaction id (`txn`), which is listed as pending in the meta record first;
  every read leaves out the records of pending transactions (a `terms` lookup of the meta
  record, in the same request). Its commit takes the lock, deletes the older versions of every
  document it added or removed (last commit wins: two ingests of the same file leave one copy),
  takes its transaction off the pending list, and refreshes: the whole change shows at once.
  Several processes (one per machine) may write at the same time; only the commits take turns.
- A rebuild holds the lock throughout, writes a new concrete index, and its commit moves the
  alias in one `_aliases` call and deletes the old index. Cancelled, the new index is deleted;
  killed, it is left without the alias (the next writer deletes it) and the alias stays on the
  old, complete index.
- A transaction whose process died (same host, its process gone; or older than a day) is
  deleted at the next commit.

Records go through the bulk API in batches; a record the cluster refuses fails its whole
document (its other records are deleted before the commit) and the reason is reported
(`writer.failures`, and one `PATH: reason` line on standard error). Connection failures and
timeouts are retried with backoff, then raise `OpenSearchUnavailable` (an IndexProblem) with one
line naming the URL.
"""
from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ...errors import IndexBusy, IndexMissing, IndexOutdated, IndexProblem
from ...model import TAG_FIELDS

NAME = "opensearch"
DEFAULT_INDEX = "polkb"
# The layout of the concrete index (mappings, settings, meta record): a polkb that changes any of
# them raises this, and refuses to write into an index of another version (rebuild it).
TEMPLATE_VERSION = 2
META_ID = "polkb-meta"
LOCK_ID = "write"
LEASE_S = 60.0           # a lock not renewed for this long is free (its holder died elsewhere)
STALE_TXN_S = 24 * 3600  # a pending transaction of another machine this old is dead
BULK_RECORDS = 500       # records per bulk request
BULK_BYTES = 8 * 2**20   # ... or this many bytes, whichever comes first
RETRIES = (0.5, 1.0, 2.0)  # backoff between attempts on a connection failure or a timeout
COMMIT_WAIT_S = 600.0    # how long a commit waits for another's commit (they are short)
KEYWORD_FIELDS = ("rec", "doc_id", "id", "path", "file", "kind", "format", "lang", "txn", "sha256", "year",
                  *TAG_FIELDS)


OPTIONS = ("shards", "replicas", "bulk", "compounds", "timeout")


class OpenSearchUnavailable(IndexProblem):
    """The cluster cannot be reached (refused, timed out, name unknown)."""


# -- location -------------------------------------------------------------------------------------
def parse_location(location) -> dict:
    """{"url": base URL, "index": alias, ...options} from a URL, a dict or an index folder."""
    if isinstance(location, dict):
        spec = dict(location)
    elif isinstance(location, (str, os.PathLike)) and "://" in str(location):
        spec = {"url": str(location)}
    else:
        from ..config import opensearch_location

        spec = opensearch_location(Path(location))
    url = spec.get("url")
    if not url:
        raise IndexProblem("no OpenSearch URL: give --url http://HOST:9200/INDEX, or set POLKB_OPENSEARCH_URL, "
                           "or write it in polkb.toml ([opensearch] url = ...)")
    parts = urlsplit(url)
    from urllib.parse import parse_qsl

    for key, value in parse_qsl(parts.query):  # ?shards=3&replicas=1&bulk=200&compounds=parts&timeout=60
        if key not in OPTIONS:
            raise IndexProblem(f"unknown option {key!r} in the OpenSearch URL; use {', '.join(OPTIONS)}")
        spec[key] = value
    name = parts.path.strip("/") or spec.get("index") or DEFAULT_INDEX
    if "/" in name or name != name.lower() or name.startswith(("_", "-", "+")):
        raise IndexProblem(f"cannot use {name!r} as an OpenSearch index name: lower case, no '/', "
                           f"not starting with _, - or +")
    spec["url"] = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    spec["index"] = name
    return spec


def _shown(url: str) -> str:
    """The URL without its password (for messages)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    return f"{parts.scheme}://{host}{':' + str(parts.port) if parts.port else ''}"


class OpenSearchBackend:
    name = NAME
    FRESHNESS_CHECK_S = 1.0

    def __init__(self, location):
        spec = parse_location(location)
        self.url, self.alias = spec["url"], spec["index"]
        self.shards = int(spec.get("shards", 1))
        self.replicas = int(spec.get("replicas", 0))
        self.compounds = spec.get("compounds", "parts")
        self.timeout = float(spec.get("timeout", 30))
        self.bulk_records = max(1, int(spec.get("bulk", BULK_RECORDS)))
        self.lock_index = f"{self.alias}-lock"
        self._client = None
        self._state = None
        self._checked = 0.0
        self._caches: dict = {}

    # -- connection ---------------------------------------------------------------------------
    @property
    def client(self):
        if self._client is None:
            from opensearchpy import OpenSearch

            self._client = OpenSearch(hosts=[self.url], timeout=self.timeout, max_retries=0,
                                      retry_on_timeout=False, http_compress=False)
        return self._client

    def call(self, doing: str, fn, *args, **kwargs):
        """fn(*args, **kwargs) on the client, retried with backoff on a connection failure or a
        timeout; then OpenSearchUnavailable, one line."""
        from opensearchpy.exceptions import ConnectionError as OSConnectionError, TransportError

        for attempt, pause in enumerate((*RETRIES, None)):
            try:
                return fn(*args, **kwargs)
            except OSConnectionError as e:  # ConnectionTimeout is one
                if pause is None:
                    raise OpenSearchUnavailable(f"cannot {doing}: OpenSearch at {_shown(self.url)} {_why(e)} "
                                                f"(tried {len(RETRIES) + 1} times); start it, or give the right "
                                                f"--url (or POLKB_OPENSEARCH_URL)") from None
                time.sleep(pause)
            except TransportError as e:
                if isinstance(e.status_code, int) and e.status_code in (429, 502, 503, 504) and pause is not None:
                    time.sleep(pause)
                    continue
                raise

    def close(self) -> None:
        if self._client is not None:
            try:
                self._client.close()
            except Exception:
                pass
            self._client = None
        self._state = None

    # -- state --------------------------------------------------------------------------------
    def concrete(self) -> str | None:
        """The concrete index behind the alias, None when there is none."""
        from opensearchpy.exceptions import NotFoundError

        try:
            got = self.call("read the index alias", self.client.indices.get_alias, name=self.alias)
        except NotFoundError:
            return None
        names = sorted(got)
        if len(names) > 1:
            raise IndexProblem(f"the alias {self.alias} at {_shown(self.url)} points to {len(names)} indexes "
                               f"({', '.join(names)}); it must point to one")
        return names[0] if names else None

    def state(self):
        """(concrete index, commits): the same object while no commit happened (checked at most
        once a second)."""
        now = time.monotonic()
        if self._state is not None and now - self._checked < self.FRESHNESS_CHECK_S:
            return self._state
        index = self.concrete()
        if index is None:
            raise IndexMissing(f"no index {self.alias} at {_shown(self.url)}; run 'polkb ingest PATH' first")
        meta = self._meta(index)
        token = (index, meta.get("commits", 0))
        if self._state != token:
            self._state = token
            self._caches = {}
        self._checked = now
        return self._state

    def _meta(self, index: str) -> dict:
        from opensearchpy.exceptions import NotFoundError

        try:
            return self.call("read the index", self.client.get, index=index, id=META_ID)["_source"]
        except NotFoundError:
            return {}

    def _index(self) -> str:
        return self.state()[0]

    def _fresh(self):
        self._state = None
        self._checked = 0.0

    def exists(self) -> bool:
        return self.concrete() is not None

    def size_bytes(self) -> int:
        index = self._index()
        stats = self.call("read the index size", self.client.indices.stats, index=index, metric="store")
        return int(stats["indices"][index]["total"]["store"]["size_in_bytes"])

    # -- reading ------------------------------------------------------------------------------
    def visible(self, index: str) -> dict:
        """The clause that leaves out the records of pending transactions."""
        return {"terms": {"txn": {"index": index, "id": META_ID, "path": "pending"}}}

    def query(self, index: str, *must, filters=()) -> dict:
        return {"bool": {"filter": [*must, *filters], "must_not": [self.visible(index)]}}

    def search_raw(self, body_of, doing: str = "search the index", **params) -> dict:
        """A search of the current index (`body_of(index)` is the request); once more after a
        rebuild replaced the index."""
        from opensearchpy.exceptions import NotFoundError

        index = self._index()
        try:
            return self.call(doing, self.client.search, index=index, body=body_of(index), **params)
        except NotFoundError:
            self._fresh()
            index = self._index()
            return self.call(doing, self.client.search, index=index, body=body_of(index), **params)

    def scan(self, query_of, source=None, sort=None, size=1000, index=None):
        """Every hit of query_of(index), in pages (search_after over a unique sort: id, txn)."""
        index = index or self._index()
        after = None
        while True:
            body = {"query": query_of(index), "size": size, "sort": sort, "track_total_hits": False}
            if source is not None:
                body["_source"] = source
            if sort is None:
                body["sort"] = [{"id": "asc"}, {"txn": "asc"}]
            if after is not None:
                body["search_after"] = after
            hits = self.call("read the index", self.client.search, index=index, body=body)["hits"]["hits"]
            yield from hits
            if len(hits) < size:
                return
            after = hits[-1]["sort"]

    def delete_matching(self, index: str, query: dict, doing: str) -> int:
        """Delete every searchable record `query` matches (a search for their _ids, then bulk
        deletes: `_delete_by_query` is a module a cluster may lack)."""
        from opensearchpy.helpers import bulk

        ids = [h["_id"] for h in self.scan(lambda i: query, source=False, index=index)]
        for start in range(0, len(ids), 1000):
            actions = [{"_op_type": "delete", "_index": index, "_id": i} for i in ids[start:start + 1000]]
            self.call(doing, bulk, self.client, actions, raise_on_error=False, refresh=False)
        return len(ids)

    def documents(self) -> list[dict]:
        return [json.loads(h["_source"]["data"]) for h in
                self.scan(lambda i: self.query(i, {"term": {"rec": "doc"}}), source=["data"])]

    def documents_by_id(self, doc_ids) -> list[dict]:
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return []
        found = {}
        for start in range(0, len(ids), 1000):
            chunk = ids[start:start + 1000]
            res = self.search_raw(lambda i: {"query": self.query(i, {"term": {"rec": "doc"}}, {"terms": {"doc_id": chunk}}),
                                   "size": len(chunk), "_source": ["data", "doc_id"]}, "read documents")
            for h in res["hits"]["hits"]:
                found[h["_source"]["doc_id"]] = json.loads(h["_source"]["data"])
        return [found[d] for d in ids if d in found]

    def passages(self, doc_id: str | None = None):
        if doc_id is None:
            return (passage_fields(h["_source"]) for h in
                    self.scan(lambda i: self.query(i, {"term": {"rec": "passage"}}), source=PASSAGE_SOURCE))
        hits = self.scan(lambda i: self.query(i, {"term": {"rec": "passage"}}, {"term": {"doc_id": doc_id}}),
                         source=PASSAGE_SOURCE, sort=[{"seq": "asc"}, {"txn": "asc"}])
        return iter([passage_fields(h["_source"]) for h in hits])

    def records(self):
        """Every document's records as ingest handed them over (see the protocol), in doc_id
        order: the document records and the passages are read in two scans sorted alike and
        merged, so an export of millions of passages holds one document at a time. What the
        backend derived from a record (`txn`, `id`, `sha256`, `words`, the encoded terms, the
        compound parts) is left out, tag lists are joined with commas again, and an English
        passage's `body_en` (kept out of `_source`) is its body, as `records.passage_record`
        makes it."""
        index = self._index()
        docs = self.scan(lambda i: self.query(i, {"term": {"rec": "doc"}}), sort=[{"doc_id": "asc"}, {"txn": "asc"}],
                         source={"excludes": list(DERIVED)}, index=index, size=200)
        passages = self.scan(lambda i: self.query(i, {"term": {"rec": "passage"}}),
                             sort=[{"doc_id": "asc"}, {"seq": "asc"}, {"txn": "asc"}],
                             source={"excludes": list(DERIVED)}, index=index)
        pending = next(passages, None)
        for hit in docs:
            doc = record_of(hit["_source"])
            group = [doc]
            while pending is not None and pending["_source"]["doc_id"] < doc["doc_id"]:
                pending = next(passages, None)  # passages without a document record: not a document
            while pending is not None and pending["_source"]["doc_id"] == doc["doc_id"]:
                group.append(record_of(pending["_source"]))
                pending = next(passages, None)
            yield group

    def records_note(self) -> str | None:
        return None

    def passage(self, passage_id: str) -> dict | None:
        res = self.search_raw(lambda i: {"query": self.query(i, {"term": {"rec": "passage"}}, {"term": {"id": passage_id}}),
                               "size": 1, "_source": PASSAGE_SOURCE}, "read a passage")
        hits = res["hits"]["hits"]
        return passage_fields(hits[0]["_source"]) if hits else None

    def passages_by_id(self, ids: list[str]) -> dict[str, dict]:
        res = self.search_raw(lambda i: {"query": self.query(i, {"term": {"rec": "passage"}}, {"terms": {"id": ids}}),
                               "size": len(ids), "_source": PASSAGE_SOURCE}, "read passages")
        return {h["_source"]["id"]: passage_fields(h["_source"]) for h in res["hits"]["hits"]}

    # -- search -------------------------------------------------------------------------------
    def search(self, text: str, **options):
        from .search import search

        return search(self, text, **options)

    def similar(self, text: str, **options):
        from .search import similar

        return similar(self, text, **options)

    def filter_values(self, field: str) -> list[str]:
        if field not in KEYWORD_FIELDS:
            return []
        cache = self._cache("values")
        if field not in cache:
            res = self.search_raw(lambda i: {"size": 0, "query": self.query(i, {"terms": {"rec": ["passage", "doc"]}}),
                                   "aggs": {"v": {"terms": {"field": field, "size": 10000}}}}, "read filter values")
            cache[field] = sorted(b["key"] for b in res["aggregations"]["v"]["buckets"])
        return cache[field]

    def filter_matches(self, field: str, value: str) -> bool:
        from .search import tag_terms

        return bool(tag_terms(self, field, value))

    def term_statistics(self):
        from .search import OpenSearchTermStatistics

        state = self.state()
        cache = self._cache("stats")
        if "stats" not in cache:
            cache["stats"] = OpenSearchTermStatistics(self, state)
        return cache["stats"]

    def _cache(self, name: str) -> dict:
        self.state()
        return self._caches.setdefault(name, {})

    def counts(self) -> tuple[int, int, float]:
        """(records, passages, body tokens in all): what BM25's idf and length norm read, per state."""
        cache = self._cache("counts")
        if "counts" not in cache:
            res = self.search_raw(lambda i: {"size": 0, "track_total_hits": True,
                                   "query": self.query(i, {"terms": {"rec": ["passage", "doc"]}}),
                                   "aggs": {"p": {"filter": {"term": {"rec": "passage"}},
                                                  "aggs": {"w": {"sum": {"field": "words"}}}}}}, "count records")
            agg = res["aggregations"]["p"]
            cache["counts"] = (res["hits"]["total"]["value"], agg["doc_count"], agg["w"]["value"] or 0.0)
        return cache["counts"]

    def doc_frequencies(self, pairs) -> dict[tuple[str, str], int]:
        """How many passages hold each (field, term); "body" counts polkb's compound parts too
        (`body_parts`), as the Whoosh index holds them in its body field. Kept per state.

        One count per term, sent together (`_msearch`, which the node runs in parallel): each
        walks only its term's postings. A `filters` aggregation of all terms in one search
        walked every passage instead, and at 500k passages that was most of a query's time (a
        dozen terms: 120-160 ms against 25-45 ms, the counts identical)."""
        cache = self._cache("df")
        wanted = [p for p in dict.fromkeys(pairs) if p not in cache]
        for start in range(0, len(wanted), 200):
            chunk = wanted[start:start + 200]
            for p, n in zip(chunk, self._counts([_term_clause(f, t, self.compounds) for f, t in chunk])):
                cache[p] = n
        return {p: cache[p] for p in pairs}

    def _counts(self, clauses: list[dict]) -> list[int]:
        """How many visible passages match each clause (exactly), in one request; once more after
        a rebuild replaced the index."""
        for attempt in range(2):
            index = self._index()
            lines = []
            for clause in clauses:
                lines += [{}, {"size": 0, "track_total_hits": True,
                               "query": self.query(index, {"term": {"rec": "passage"}}, clause)}]
            got = self.call("count terms", self.client.msearch, index=index, body=lines)["responses"]
            failed = next((r["error"] for r in got if "error" in r), None)
            if failed is None:
                return [r["hits"]["total"]["value"] for r in got]
            if attempt == 0 and "index_not_found" in str(failed):
                self._fresh()
                continue
            raise OpenSearchUnavailable(f"cannot count terms: OpenSearch refused ({str(failed)[:200]})")
        return []

    # -- writing ------------------------------------------------------------------------------
    @contextmanager
    def writer(self, *, rebuild: bool = False, wait: float = 0.0):
        from .writing import open_writer

        self._fresh()
        with open_writer(self, rebuild=rebuild, wait=wait) as w:
            yield w
        self._fresh()

    def check(self) -> list[str]:
        from .writing import check

        return check(self)


def _why(e) -> str:
    text = str(getattr(e, "info", "") or e)
    if "timed out" in text.lower() or type(e).__name__ == "ConnectionTimeout":
        return "did not answer in time"
    if "refused" in text.lower():
        return "refused the connection"
    if "Name or service not known" in text or "nodename nor servname" in text:
        return "is an unknown host name"
    return "cannot be reached"


def _term_clause(field: str, term: str, compounds: str) -> dict:
    if field == "body" and compounds == "parts":
        return {"bool": {"should": [{"term": {"body": term}}, {"term": {"body_parts": term}}]}}
    return {"term": {field: term}}


# fields the backend adds to a record (writing.to_source, writing.prepare_records)
DERIVED = ("txn", "id", "sha256", "words", "terms", "gaps", "terms_en", "gaps_en", "context_terms", "body_parts",
           "body_en")


def record_of(src: dict) -> dict:
    """The polkb record a stored `_source` was made from (see OpenSearchBackend.records)."""
    rec = {k: v for k, v in src.items() if k not in DERIVED}
    for name in (*TAG_FIELDS, "year"):
        if isinstance(rec.get(name), list):
            rec[name] = ",".join(rec[name])
    if rec.get("rec") == "passage" and rec.get("lang") == "en":
        rec["body_en"] = rec.get("body", "")
    return rec


PASSAGE_SOURCE = ["id", "doc_id", "docinfo", "heading", "body", "lang", "page", "seq", "start", "end"]


def passage_fields(src: dict) -> dict:
    """A passage as the Whoosh backend's passage_fields gives it: its stored fields, what it shares
    with its document, and its id."""
    fields = {k: src[k] for k in ("heading", "body", "lang", "page", "seq", "start", "end") if src.get(k) is not None}
    info = src.get("docinfo")
    if info:
        fields.update(_docinfo(info))
    fields["id"] = src.get("id", "")
    fields.setdefault("doc_id", src.get("doc_id", ""))
    return fields


_DOCINFO: dict[str, dict] = {}


def _docinfo(value: str) -> dict:
    got = _DOCINFO.get(value)
    if got is None:
        if len(_DOCINFO) > 4096:
            _DOCINFO.clear()
        got = _DOCINFO[value] = json.loads(value)
    return got


def host_id() -> str:
    return socket.gethostname()


def open_backend(location) -> OpenSearchBackend:
    return OpenSearchBackend(location)


__all__ = ["NAME", "open_backend", "OpenSearchBackend", "OpenSearchUnavailable", "parse_location",
           "TEMPLATE_VERSION", "passage_fields", "host_id", "threading", "sys", "uuid", "IndexBusy",
           "IndexOutdated"]
