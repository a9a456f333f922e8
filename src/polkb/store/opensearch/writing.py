"""Writing polkb's records into OpenSearch: the index body (settings, mappings, version), the
write lock, incremental and rebuilding writers, and `check` (see backend.py for the design)."""
from __future__ import annotations

import json
import os
import threading
import time
import uuid
from contextlib import contextmanager

from ...errors import IndexBusy, IndexDamaged, IndexOutdated, IndexProblem
from ...model import TAG_FIELDS
from . import analysis as A
from .backend import (BULK_BYTES, BULK_RECORDS, COMMIT_WAIT_S, LEASE_S, META_ID, LOCK_ID, STALE_TXN_S,
                      TEMPLATE_VERSION, OpenSearchBackend, _shown, host_id)


# -- the index ----------------------------------------------------------------------------------
def index_body(backend: OpenSearchBackend) -> dict:
    """Settings and mappings of a concrete index (version TEMPLATE_VERSION, in `_meta`)."""
    from ...query.rank import BM25_B, BM25_K1

    settings = A.index_settings(backend.compounds, shards=backend.shards, replicas=backend.replicas)
    settings["index"].update({
        "refresh_interval": "-1",  # only a commit makes records searchable
        "similarity": {"default": {"type": "BM25", "k1": BM25_K1, "b": BM25_B}},  # polkb's BM25 (query/rank.py)
        "max_terms_count": 65536,
    })
    keyword = {"type": "keyword"}
    stored = {"type": "keyword", "index": False, "doc_values": False}
    props = A.passage_mappings(backend.compounds)["properties"]
    props.update({name: dict(keyword) for name in ("rec", "doc_id", "id", "path", "file", "format", "lang", "txn",
                                                   "sha256", "year", *TAG_FIELDS)})
    props.update({
        "kind": {"type": "keyword"},
        "docinfo": stored, "heading": {"type": "text", "index": False},
        "data": {"type": "text", "index": False},
        "seq": {"type": "integer"}, "page": {"type": "integer"}, "words": {"type": "integer"},
        "start": {"type": "integer", "index": False}, "end": {"type": "integer", "index": False},
        "terms": stored, "gaps": stored, "terms_en": stored, "gaps_en": stored, "context_terms": stored,
        "pending": keyword, "commits": {"type": "long", "index": False}, "owners": {"type": "object", "enabled": False},
    })
    return {"settings": settings,
            "mappings": {"dynamic": "strict", "_meta": {"polkb_template": TEMPLATE_VERSION, "compounds": backend.compounds},
                         "_source": {"excludes": ["body_en", "body_parts"]},
                         "properties": props}}


def new_index_name(alias: str) -> str:
    return f"{alias}-v{TEMPLATE_VERSION}-{time.strftime('%Y%m%d%H%M%S', time.gmtime())}-{uuid.uuid4().hex[:6]}"


def create_index(backend: OpenSearchBackend) -> str:
    name = new_index_name(backend.alias)
    backend.call("create the index", backend.client.indices.create, index=name, body=index_body(backend))
    backend.call("create the index", backend.client.index, index=name, id=META_ID,
                 body={"rec": "meta", "pending": [], "commits": 0, "owners": {}}, refresh="true")
    return name


def template_version(backend: OpenSearchBackend, index: str) -> int | None:
    got = backend.call("read the index mapping", backend.client.indices.get_mapping, index=index)
    return (got[index]["mappings"].get("_meta") or {}).get("polkb_template")


# -- the lock -------------------------------------------------------------------------------------
class Lock:
    """polkb's write lock on the cluster: a document in `<alias>-lock`, created only if absent,
    renewed by a thread while held, taken over when its lease ran out or its holder (on this
    machine) is gone."""

    def __init__(self, backend: OpenSearchBackend, purpose: str):
        self.backend, self.purpose = backend, purpose
        self.owner = uuid.uuid4().hex
        self._seq = None
        self._stop = threading.Event()
        self._thread = None

    def _body(self) -> dict:
        return {"owner": self.owner, "host": host_id(), "pid": os.getpid(), "purpose": self.purpose,
                "expires": time.time() + LEASE_S}

    def acquire(self, wait: float) -> None:
        from opensearchpy.exceptions import ConflictError, NotFoundError

        b = self.backend
        deadline = time.monotonic() + wait
        while True:
            try:
                got = b.call("take the write lock", b.client.index, index=b.lock_index, id=LOCK_ID, body=self._body(),
                             op_type="create")
                self._seq = (got["_seq_no"], got["_primary_term"])
                break
            except ConflictError:
                pass
            try:
                held = b.call("read the write lock", b.client.get, index=b.lock_index, id=LOCK_ID)
                if _dead(held["_source"]):
                    b.call("take over a dead write lock", b.client.delete, index=b.lock_index, id=LOCK_ID,
                           if_seq_no=held["_seq_no"], if_primary_term=held["_primary_term"])
                    continue
                holder = held["_source"]
            except (NotFoundError, ConflictError):
                continue
            if time.monotonic() >= deadline:
                what = "rebuild" if holder.get("purpose") == "rebuild" else "ingest"
                raise IndexBusy(f"index busy: another {what} is writing to {b.alias} at {_shown(b.url)} "
                                f"(process {holder.get('pid')} on {holder.get('host')}); wait for it to finish, "
                                f"or give it longer with --wait SECONDS") from None
            time.sleep(0.2)
        self._thread = threading.Thread(target=self._renew, daemon=True, name="polkb-lock")
        self._thread.start()

    def _renew(self) -> None:
        b = self.backend
        while not self._stop.wait(LEASE_S / 4):
            try:
                got = b.client.index(index=b.lock_index, id=LOCK_ID, body=self._body(),
                                     if_seq_no=self._seq[0], if_primary_term=self._seq[1])
                self._seq = (got["_seq_no"], got["_primary_term"])
            except Exception:
                pass  # the next renewal tries again; a lost lease shows at release

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        try:
            self.backend.client.delete(index=self.backend.lock_index, id=LOCK_ID,
                                       if_seq_no=self._seq[0], if_primary_term=self._seq[1])
        except Exception:
            pass


def _dead(holder: dict) -> bool:
    """Whether a lock's or a transaction's holder is gone: its lease ran out, or it is a process of
    this machine that no longer runs."""
    if holder.get("expires", 0) < time.time():
        return True
    return holder.get("host") == host_id() and not _alive(int(holder.get("pid", 0)))


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


@contextmanager
def held(backend: OpenSearchBackend, purpose: str, wait: float):
    lock = Lock(backend, purpose)
    lock.acquire(wait)
    try:
        yield lock
    finally:
        lock.release()


# -- the meta record ------------------------------------------------------------------------------
def update_meta(backend: OpenSearchBackend, index: str, change) -> dict:
    """Read-modify-write of the meta record, retried on a concurrent change."""
    from opensearchpy.exceptions import ConflictError

    for _ in range(100):
        got = backend.call("read the index", backend.client.get, index=index, id=META_ID)
        meta = change(dict(got["_source"]))
        try:
            backend.call("write the index", backend.client.index, index=index, id=META_ID, body=meta,
                         if_seq_no=got["_seq_no"], if_primary_term=got["_primary_term"])
            return meta
        except ConflictError:
            time.sleep(0.05)
    raise IndexProblem(f"could not update the meta record of {index}: too many concurrent changes")


# -- records --------------------------------------------------------------------------------------
def prepare_records(records: list[dict], compounds: str) -> None:
    """In a reading worker: each passage's terms and positions as polkb's analysers make them
    (`terms`/`gaps`, and `terms_en`/`gaps_en` for English passages; what the re-ranking reads),
    the index terms of its context (`context_terms`), its token count (`words`, what BM25's length
    norm reads) and, in "parts" mode, polkb's compound parts of its body (`body_parts`)."""
    from .search import analyzers, encode_stream

    nl, en = analyzers()
    contexts: dict[str, str] = {}  # a document's passages share most of their context
    for rec in records:
        body = rec.get("body")
        if rec.get("rec") == "passage" and isinstance(body, str):
            tokens = [(t.text, t.pos) for t in nl(body, mode="index", positions=True)]
            rec["words"] = len(tokens)
            rec["terms"], rec["gaps"] = encode_stream(tokens)
            if rec.get("lang") == "en":
                rec["terms_en"], rec["gaps_en"] = encode_stream((t.text, t.pos) for t in en(body, mode="index", positions=True))
            context = rec.get("context") or ""
            if context not in contexts:
                contexts[context] = " ".join(sorted({t.text for t in nl(context, mode="index")}))
            rec["context_terms"] = contexts[context]
            if compounds == "parts":
                rec["body_parts"] = " ".join(_length_and_parts(body)[1])


def _length_and_parts(text: str) -> tuple[int, list[str]]:
    """One pass over the text: its token count as polkb's Dutch analyser counts it (words that
    are no stop words, and the compound parts beside them) and the compound parts, in text order
    (what `analysis.compound_parts` gives)."""
    from polkb.analysis import split_compound
    from polkb.analysis.filters import fold
    from polkb.analysis.tokenizers import PolicyTokenizer
    from polkb.analysis.vocabulary import stopwords

    stop = stopwords("nl")
    count, parts = 0, []
    for t in PolicyTokenizer("procent")(text, mode="index"):
        word = fold(t.text)
        if not word or word in stop:
            continue
        count += 1
        if len(word) >= A.MIN_COMPOUND_LENGTH:
            found = split_compound(word)
            parts.extend(found)
            count += len(found)
    return count, parts


def to_source(rec: dict, txn: str) -> tuple[str, dict]:
    """(_id, _source) of one polkb record."""
    src = {k: v for k, v in rec.items() if v is not None}
    for name in (*TAG_FIELDS, "year"):
        if isinstance(src.get(name), str):
            src[name] = [v.strip() for v in src[name].split(",") if v.strip()]
    if "kind" in src:
        src["kind"] = str(src["kind"]).lower()
    src["txn"] = txn
    if src.get("rec") == "doc":
        data = json.loads(src["data"])
        src["sha256"] = data.get("sha256") or ""
        src["id"] = f"doc:{src['doc_id']}"
    else:
        src["id"] = f"{src['doc_id']}-{int(src.get('seq', 0)):04d}"
    return f"{src['id']}@{txn}", src


class _Writer:
    """Buffers records and sends them through the bulk API in batches."""

    def __init__(self, backend: OpenSearchBackend, index: str, txn: str):
        self.backend, self.index, self.txn = backend, index, txn
        self._buffer: list[tuple[str, dict]] = []
        self._bytes = 0
        self.written: list[str] = []  # _ids sent (what a cancel deletes)
        self.added: set[str] = set()
        self.removed: set[str] = set()
        self._paths: dict[str, str] = {}  # doc_id -> stored path (for failure lines)
        self.failures: list[tuple[str, str]] = []
        self._failed_docs: set[str] = set()
        self.done = False

    def analysis(self):
        """The reading workers count each passage's tokens and split its compounds (both cores)."""
        return (prepare_records, self.backend.compounds)

    def add(self, records: list[dict]) -> None:
        for rec in records:
            if "words" not in rec and rec.get("rec") == "passage":  # not prepared by a reading worker
                rec = dict(rec)
                prepare_records([rec], self.backend.compounds)
            _id, src = to_source(rec, self.txn)
            if src["rec"] == "doc":
                self._paths[src["doc_id"]] = src.get("path", "")
            self.added.add(src["doc_id"])
            self._buffer.append((_id, src))
            self._bytes += len(src.get("body", "")) + len(src.get("data", "")) + 200
            if len(self._buffer) >= self.backend.bulk_records or self._bytes >= BULK_BYTES:
                self.flush()

    def remove(self, doc_id: str) -> None:
        self.removed.add(doc_id)

    def flush(self) -> None:
        if not self._buffer:
            return
        from opensearchpy.helpers import bulk

        actions = [{"_op_type": "index", "_index": self.index, "_id": _id, "_source": src} for _id, src in self._buffer]
        docs = {_id: src["doc_id"] for _id, src in self._buffer}
        self._buffer, self._bytes = [], 0
        _, errors = self.backend.call("write records", bulk, self.backend.client, actions, raise_on_error=False,
                                      raise_on_exception=True, max_retries=3, initial_backoff=1, refresh=False,
                                      request_timeout=120)
        bad = {}
        for err in errors:
            item = next(iter(err.values()))
            bad[item.get("_id")] = _reason(item.get("error"))
        for _id in docs:
            self.written.append(_id)
        for _id, why in bad.items():
            doc_id = docs.get(_id)
            if doc_id and doc_id not in self._failed_docs:
                self._failed_docs.add(doc_id)
                self.failures.append((doc_id, why))

    def _drop_failed(self) -> None:
        """Delete every record of a document the cluster refused part of (by _id: they may not be
        searchable yet), and keep which and why in `failures`."""
        if not self._failed_docs:
            return
        ids = [i for i in self.written if i.rsplit("@", 1)[0].removeprefix("doc:").rsplit("-", 1)[0] in self._failed_docs
               or i.rsplit("@", 1)[0].removeprefix("doc:") in self._failed_docs]
        self._delete_ids(ids)
        # (stored path, reason): ingest reports each as a failed file, in one line
        self.failures = [(self._paths.get(doc_id, doc_id), why) for doc_id, why in self.failures]
        self.added -= self._failed_docs

    def _delete_ids(self, ids: list[str]) -> None:
        from opensearchpy.helpers import bulk

        for start in range(0, len(ids), 1000):
            actions = [{"_op_type": "delete", "_index": self.index, "_id": i} for i in ids[start:start + 1000]]
            self.backend.call("delete records", bulk, self.backend.client, actions, raise_on_error=False, refresh=False)


def _reason(error) -> str:
    if isinstance(error, dict):
        why = error.get("reason") or error.get("type") or "refused"
        cause = error.get("caused_by") or {}
        if cause.get("reason"):
            why += f" ({cause['reason']})"
        return " ".join(str(why).split())[:300]
    return str(error)[:300]


class IncrementalWriter(_Writer):
    """Writes into the live index under a pending transaction (see backend.py)."""

    def state(self) -> dict[str, dict]:
        b = self.backend
        out = {}
        for h in b.scan(lambda i: b.query(i, {"term": {"rec": "doc"}}), source=["path", "doc_id", "sha256"]):
            s = h["_source"]
            out[s["path"]] = {"doc_id": s["doc_id"], "sha256": s.get("sha256")}
        return out

    def commit(self, rebuild: bool = False, wait: float = COMMIT_WAIT_S) -> None:
        b = self.backend
        self.flush()
        self._drop_failed()
        with held(b, "commit", max(wait, COMMIT_WAIT_S)):
            if b.concrete() != self.index:
                self.cancel()
                raise IndexProblem(f"the index {b.alias} was rebuilt while this ingest ran; nothing of it was "
                                   f"committed; run the ingest again")
            b.call("refresh the index", b.client.indices.refresh, index=self.index)
            meta = b.call("read the index", b.client.get, index=self.index, id=META_ID)["_source"]
            _clean_dead(b, self.index, meta)
            meta = b.call("read the index", b.client.get, index=self.index, id=META_ID)["_source"]
            pending = list(meta.get("pending", []))
            older = sorted(self.added | self.removed)
            for start in range(0, len(older), 1000):
                chunk = older[start:start + 1000]
                b.delete_matching(self.index, {"bool": {"filter": [{"terms": {"doc_id": chunk}}],
                                                        "must_not": [{"terms": {"txn": pending + [self.txn]}}]}},
                                  "remove replaced records")

            def done(m):
                m["pending"] = [t for t in m.get("pending", []) if t != self.txn]
                m.get("owners", {}).pop(self.txn, None)
                m["commits"] = int(m.get("commits", 0)) + 1
                return m

            update_meta(b, self.index, done)
            b.call("refresh the index", b.client.indices.refresh, index=self.index)
        self.done = True

    def cancel(self) -> None:
        """Delete what this writer sent (by _id: it need not be searchable) and take its
        transaction off the pending list."""
        if self.done:
            return
        self.done = True
        b = self.backend
        try:
            self._buffer = []
            self._delete_ids(self.written)

            def drop(m):
                m["pending"] = [t for t in m.get("pending", []) if t != self.txn]
                m.get("owners", {}).pop(self.txn, None)
                return m

            update_meta(b, self.index, drop)
        except Exception:
            pass  # a dead transaction is cleaned up by the next commit


class RebuildWriter(_Writer):
    """Writes a new concrete index; its commit moves the alias there (see backend.py)."""

    def state(self) -> dict[str, dict]:
        return {}

    def commit(self, rebuild: bool = True) -> None:
        b = self.backend
        self.flush()
        self._drop_failed()
        b.call("refresh the index", b.client.indices.refresh, index=self.index)
        update_meta(b, self.index, lambda m: {**m, "commits": int(m.get("commits", 0)) + 1})
        b.call("refresh the index", b.client.indices.refresh, index=self.index)
        old = _aliased(b)
        actions = [{"remove": {"index": name, "alias": b.alias}} for name in old]
        actions.append({"add": {"index": self.index, "alias": b.alias}})
        b.call("move the alias", b.client.indices.update_aliases, body={"actions": actions})
        self.done = True
        for name in old:
            try:
                b.client.indices.delete(index=name)
            except Exception:
                pass

    def cancel(self) -> None:
        if self.done:
            return
        self.done = True
        try:
            self.backend.client.indices.delete(index=self.index)
        except Exception:
            pass


def _aliased(b: OpenSearchBackend) -> list[str]:
    from opensearchpy.exceptions import NotFoundError

    try:
        return sorted(b.call("read the alias", b.client.indices.get_alias, name=b.alias))
    except NotFoundError:
        return []


def _clean_dead(b: OpenSearchBackend, index: str, meta: dict) -> None:
    """Delete the records of pending transactions whose process is gone (with the lock held,
    after a refresh)."""
    owners = meta.get("owners", {})
    dead = [t for t in meta.get("pending", []) if _dead_txn(owners.get(t))]
    if not dead:
        return
    b.delete_matching(index, {"terms": {"txn": dead}}, "remove what a dead ingest left")

    def drop(m):
        m["pending"] = [t for t in m.get("pending", []) if t not in dead]
        for t in dead:
            m.get("owners", {}).pop(t, None)
        return m

    update_meta(b, index, drop)


def _dead_txn(owner: dict | None) -> bool:
    if not owner:
        return True
    if owner.get("host") == host_id():
        return not _alive(int(owner.get("pid", 0)))
    return owner.get("started", 0) < time.time() - STALE_TXN_S


def _orphans(b: OpenSearchBackend) -> None:
    """Delete concrete indexes of this alias that no alias names (a killed rebuild's), with the
    lock held (so no rebuild is running)."""
    try:
        names = b.call("list indexes", b.client.indices.get, index=f"{b.alias}-v*", expand_wildcards="open,closed")
    except Exception:
        return
    live = set(_aliased(b))
    for name in names:
        if name not in live and name.startswith(f"{b.alias}-v"):
            try:
                b.client.indices.delete(index=name)
            except Exception:
                pass


def _ensure_lock_index(b: OpenSearchBackend) -> None:
    from opensearchpy.exceptions import RequestError

    if b.call("read the lock index", b.client.indices.exists, index=b.lock_index):
        return
    try:
        b.call("create the lock index", b.client.indices.create, index=b.lock_index,
               body={"settings": {"index": {"number_of_shards": 1, "number_of_replicas": b.replicas}},
                     "mappings": {"dynamic": True}})
    except RequestError as e:  # created by another process meanwhile
        if "resource_already_exists" not in str(e):
            raise


@contextmanager
def open_writer(b: OpenSearchBackend, *, rebuild: bool, wait: float):
    _ensure_lock_index(b)
    if rebuild:
        with held(b, "rebuild", wait):
            _orphans(b)
            index = create_index(b)
            yield from _served(RebuildWriter(b, index, uuid.uuid4().hex[:12]))
        return
    index = b.concrete()
    if index is None:
        with held(b, "create", wait):
            index = b.concrete()
            if index is None:
                _orphans(b)
                index = create_index(b)
                b.call("create the alias", b.client.indices.update_aliases,
                       body={"actions": [{"add": {"index": index, "alias": b.alias}}]})
    else:
        _wait_for_rebuild(b, wait)
    version = template_version(b, index)
    if version != TEMPLATE_VERSION:
        raise IndexOutdated(f"the index {b.alias} at {_shown(b.url)} has layout version {version}, this polkb "
                            f"writes version {TEMPLATE_VERSION}; it still answers searches: run "
                            f"'polkb ingest --rebuild' to build it again")
    txn = uuid.uuid4().hex[:12]

    def register(m):
        m["pending"] = [*m.get("pending", []), txn]
        m.setdefault("owners", {})[txn] = {"host": host_id(), "pid": os.getpid(), "started": time.time()}
        return m

    update_meta(b, index, register)
    yield from _served(IncrementalWriter(b, index, txn))


def _served(w):
    """Hand the writer to the `with` block; a block left without a commit, or by an error, cancels."""
    try:
        yield w
        if not w.done:
            w.cancel()
    except BaseException:
        w.cancel()
        raise


def _wait_for_rebuild(b: OpenSearchBackend, wait: float) -> None:
    """An incremental ingest does not start while a rebuild holds the lock (its records would be
    lost with the old index); it waits up to `wait` seconds."""
    from opensearchpy.exceptions import NotFoundError

    deadline = time.monotonic() + wait
    while True:
        try:
            holder = b.call("read the write lock", b.client.get, index=b.lock_index, id=LOCK_ID)["_source"]
        except NotFoundError:
            return
        if holder.get("purpose") != "rebuild" or _dead(holder):
            return
        if time.monotonic() >= deadline:
            raise IndexBusy(f"index busy: a rebuild is writing {b.alias} at {_shown(b.url)} (process "
                            f"{holder.get('pid')} on {holder.get('host')}); wait for it, or give it longer "
                            f"with --wait SECONDS")
        time.sleep(0.2)


def check(b: OpenSearchBackend) -> list[str]:
    """Problems of the index: unreachable, missing, of another layout version, not healthy, or a
    document whose passages are not all there."""
    problems = []
    try:
        index = b.concrete()
        if index is None:
            return [f"no index {b.alias} at {_shown(b.url)}; run 'polkb ingest PATH' first"]
        version = template_version(b, index)
        if version != TEMPLATE_VERSION:
            problems.append(f"the index {index} has layout version {version}, not {TEMPLATE_VERSION}; "
                            f"run 'polkb ingest --rebuild'")
        health = b.call("read the index health", b.client.cluster.health, index=index)
        if health.get("status") == "red":
            problems.append(f"the index {index} is red (a primary shard is missing); see the cluster's log")
        b._fresh()
        expected = {d["id"]: d.get("passages", 0) for d in b.documents()}
        res = b.search_raw(lambda i: {"size": 0, "query": b.query(i, {"term": {"rec": "passage"}}),
                                      "aggs": {"d": {"terms": {"field": "doc_id", "size": max(10, len(expected) + 10)}}}})
        have = {x["key"]: x["doc_count"] for x in res["aggregations"]["d"]["buckets"]}
        for doc_id, n in expected.items():
            if have.get(doc_id, 0) != n:
                problems.append(f"document {doc_id} has {have.get(doc_id, 0)} of its {n} passages in {index}; "
                                f"run 'polkb ingest --rebuild' on your document folders")
        for doc_id in set(have) - set(expected):
            problems.append(f"passages of document {doc_id} without its document record in {index}; "
                            f"run 'polkb ingest --rebuild'")
    except IndexProblem as e:
        problems.append(str(e))
    return problems[:50]


__all__ = ["index_body", "create_index", "open_writer", "check", "prepare_records", "Lock", "IndexDamaged"]
