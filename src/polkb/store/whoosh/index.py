"""The Whoosh index itself: its schema, opening and creating it, the ingest lock, checksums, and
reading stored passage fields (the backend, `backend.py`, is what the rest of polkb calls).

One Whoosh index holds two record types, told apart by `rec`:
- `passage`: one per passage, searched by the Dutch (and for English passages, English) analyzer;
- `doc`: one per document, holding its metadata and structured records as JSON in `data`.
Keeping both in one index makes every ingest a single atomic Whoosh commit: the table of contents
is written to a temporary file and renamed, so a reader sees the old index or the new one, never
half of an ingest.
"""
from __future__ import annotations

import functools
import json
import os
import re
import shutil
import time
import zlib
from contextlib import contextmanager
from pathlib import Path

from ..records import (TAG_FIELDS, docinfo, document_data, document_record, passage_context,  # noqa: F401
                       passage_from_fields, passage_json, passage_record, records_for)

INDEX_NAME = "MAIN"
LOCK_FILE = "polkb.lock"
# Snowball 3 "dutch" beat "dutch_porter" on the dev queries (bench/quality.py prints both), and on the
# held-out passage queries of bench/all_sets.py search (S@1/S@5/MRR@10 .620/.765/.683 against
# .590/.718/.651, session 37), though "dutch_porter" joins "probleem"/"problemen" and "groot"/"grote".
STEMMER = "dutch"


from ...errors import IndexBusy, IndexDamaged, IndexMissing, IndexOutdated, IndexProblem, IndexUnwritable  # noqa: F401,E402


def check_writable(index, index_dir: Path) -> None:
    """Refuse to add records to an index of an earlier layout (it still searches; it cannot take
    records with fields it lacks). Rebuilding is the user's call: it means ingesting everything
    again."""
    if "docinfo" not in index.schema:
        raise IndexOutdated(f"the index at {index_dir} was built by an earlier polkb and cannot take new "
                            f"documents; it still answers searches. Move it away and ingest again.")


def build_schema():
    from whoosh import fields

    from ...analysis import dutch_analyzer, english_analyzer
    from .codec import AnalysedText, CompactPositions, SharedColumn

    nl = dutch_analyzer(stem_algorithm=STEMMER)
    en = english_analyzer()
    # canonical spelling kept (facets show "KU Leuven", not "ku leuven"); filters resolve case
    # tags are searched and counted, never read back from a record (a document's tags are in its
    # `data`): not stored
    tags = {name: fields.KEYWORD(commas=True, scorable=False) for name in TAG_FIELDS}
    schema = fields.Schema(
        rec=fields.ID,
        # A passage is found through its document (its id is "<doc_id>-<seq>"): a term per
        # passage would make the term index the largest part of the index. What a passage shares
        # with its document (title, path, kind, format) is one `docinfo` value per document, kept
        # once in a column (see passage_fields); a document record has it all in `data`.
        doc_id=fields.ID,
        path=fields.ID,
        file=fields.ID,
        docinfo=SharedColumn(),
        heading=fields.STORED,
        # what the passage is under: document title, heading path, headings inside the passage;
        # stored (a few dozen bytes a passage, deflated) so that `polkb export` can write the
        # record whole: the headings inside a passage are nowhere else
        context=AnalysedText(analyzer=nl, stored=True, multitoken_query="phrase"),
        body=AnalysedText(analyzer=nl, stored=True, multitoken_query="phrase"),
        body_en=AnalysedText(analyzer=en, multitoken_query="phrase"),
        kind=fields.KEYWORD(lowercase=True, scorable=False),
        format=fields.ID,
        lang=fields.ID(stored=True),
        page=fields.NUMERIC(stored=True),
        seq=fields.NUMERIC(stored=True),
        start=fields.STORED,
        end=fields.STORED,
        year=fields.KEYWORD(commas=True, scorable=False),
        data=fields.STORED,
        **tags,
    )
    for name in ("context", "body", "body_en"):  # positions as varints (see codec.py)
        schema[name].format = CompactPositions(field_boost=schema[name].format.field_boost)
    return schema


def weighting():
    """BM25F with mild length normalisation (B=0.3): passages are already cut to 40-250 words, so
    a longer passage that says more about the query should not be pushed down for its length
    (measured on the dev queries: B 0.3 beat the default 0.75 on S@1 and MRR)."""
    from whoosh import scoring

    from ...query.rank import BM25_B, BM25_K1  # one pair for phase one and the re-ranking

    return scoring.BM25F(B=BM25_B, K1=BM25_K1)


_TOC = re.compile(rf"^_{INDEX_NAME}_(\d+)\.toc$")


def latest_toc(index_dir: Path) -> str | None:
    """The name of the table of contents Whoosh opens (the highest generation), if any."""
    try:
        names = os.listdir(index_dir)
    except OSError:
        return None
    tocs = [(int(m.group(1)), name) for name in names if (m := _TOC.match(name))]
    return max(tocs)[1] if tocs else None


def exists(index_dir: Path) -> bool:
    """Whether the folder holds an index (a table of contents), readable or not."""
    return latest_toc(index_dir) is not None


def open_index(index_dir: Path):
    """The index, its files checked as they are opened (see verify_file)."""
    from whoosh.index import EmptyIndexError

    from .codec import NotIndexData, install_safe_unpickling

    install_safe_unpickling()
    for attempt in range(10):
        toc = latest_toc(index_dir)
        try:
            return checked_storage(str(index_dir)).open_index(INDEX_NAME)
        except FileNotFoundError as e:  # a commit replaced the table of contents as it was read
            if toc is None or attempt == 9:
                raise IndexMissing(f"no index at {index_dir}; run 'polkb ingest PATH' first") from e
            time.sleep(0.05)
        except EmptyIndexError as e:
            raise IndexMissing(f"no index at {index_dir}; run 'polkb ingest PATH' first") from e
        except IndexProblem:
            raise
        except OSError as e:
            raise os_problem(e, index_dir, "read the index") from e
        except NotIndexData as e:
            raise IndexDamaged(damaged(Path(index_dir) / (toc or "?"), str(e).split(" (")[0])) from e
        except Exception as e:  # an unreadable table of contents: Whoosh raises whatever unpickling does
            raise IndexDamaged(damaged(Path(index_dir) / (toc or f"_{INDEX_NAME}_*.toc"),
                                       f"it cannot be read: {type(e).__name__}")) from e


def create_index(index_dir: Path):
    from whoosh.filedb.filestore import FileStorage

    Path(index_dir).mkdir(parents=True, exist_ok=True)
    return FileStorage(str(index_dir)).create_index(build_schema(), indexname=INDEX_NAME)


def clear_index(index_dir: Path) -> None:
    """Delete every file of the index (tables of contents, segments, checksums) and nothing else
    in the folder: what `ingest --rebuild` does to an index that is damaged."""
    for p in Path(index_dir).iterdir():
        if p.is_file() and (p.name.startswith((f"_{INDEX_NAME}_", f"{INDEX_NAME}_")) or p.name.startswith(TOC_SUMS)):
            if p.name != f"{INDEX_NAME}_WRITELOCK":
                p.unlink()


# -- integrity -------------------------------------------------------------------------------------
# Each segment's files get a checksum file `MAIN_<segment>.sums` (JSON: name -> [size, crc32])
# written when a commit adds the segment, before the table of contents names it; Whoosh deletes it
# with its segment. `polkb.sums` holds the crc32 of the current table of contents, written after
# the commit (a kill in between leaves that one table unverified, never reported damaged).
# Every file is verified when it is first opened by this process, so a damaged file is reported,
# never read; crc32 reads ~1 GB/s (an 80 MB index: ~0.1 s once per process).
SUMS = ".sums"
TOC_SUMS = "polkb.sums"
REBUILD = "run `polkb ingest --rebuild` on your document folders to build it again"


def damaged(path: Path, why: str) -> str:
    return f"the index file {path} is damaged ({why}); {REBUILD}"


def file_sum(path: Path) -> list[int]:
    """[size, crc32] of a file."""
    crc, size = 0, 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
    return [size, crc]


def _write_json(path: Path, value) -> None:
    """Write atomically: a temporary file, flushed, renamed over the name."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(value, f, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def write_segment_sums(index_dir: Path, segments) -> None:
    """Checksums of every segment that has none yet (segments never change once written: a
    deletion is recorded in the table of contents)."""
    names = os.listdir(index_dir)
    for seg in segments:
        sid = seg.segment_id()
        target = Path(index_dir) / (sid + SUMS)
        if target.exists():
            continue
        files = sorted(n for n in names if n.startswith(sid + ".") and not n.startswith(sid + SUMS))
        _write_json(target, {n: file_sum(Path(index_dir) / n) for n in files})


def write_toc_sum(index_dir: Path) -> None:
    toc = latest_toc(index_dir)
    if toc:
        _write_json(Path(index_dir) / TOC_SUMS, {toc: file_sum(Path(index_dir) / toc)})


def _expected_sums(index_dir: Path, name: str) -> dict | None:
    """The checksums that cover this index file (None: written before checksums, or a file no
    checksum covers)."""
    if _TOC.match(name):
        return _read_sums(Path(index_dir) / TOC_SUMS)
    if name.endswith(SUMS):
        return None
    return _segment_sums(index_dir, name.split(".", 1)[0])


def _segment_sums(index_dir: Path, segment_id: str) -> dict | None:
    return _read_sums(Path(index_dir) / (segment_id + SUMS))


def _read_sums(sums_path: Path) -> dict | None:
    try:
        raw = sums_path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        sums = json.loads(raw)
        assert isinstance(sums, dict)
    except (ValueError, AssertionError):
        raise IndexDamaged(damaged(sums_path, "its checksums cannot be read")) from None
    return sums


_VERIFIED: dict[tuple, bool] = {}


def verify_file(index_dir: Path, name: str) -> None:
    """Raise IndexDamaged when an index file does not match its checksum. Each file is checked
    once per process for as long as it is the same file (size, time, inode)."""
    path = Path(index_dir) / name
    try:
        st = path.stat()
    except FileNotFoundError:
        return  # opening it raises FileNotFoundError: Whoosh's reader then retries on a newer table
    key = (str(path.absolute()), st.st_size, st.st_mtime_ns, st.st_ino)
    if key in _VERIFIED:
        return
    if len(_VERIFIED) > 10_000:  # a long-lived process over many commits
        _VERIFIED.clear()
    sums = _expected_sums(index_dir, name)
    expected = sums.get(name) if sums else None
    if expected is not None and file_sum(path) != list(expected):
        why = "its size changed" if st.st_size != expected[0] else "its checksum does not match"
        raise IndexDamaged(damaged(path, why))
    _VERIFIED[key] = True


def _checked_storage_class():
    from whoosh.filedb.filestore import FileStorage

    class CheckedStorage(FileStorage):
        """Whoosh's file storage that verifies each index file against its checksum before
        Whoosh reads it."""

        def open_file(self, name, **kwargs):
            verify_file(Path(self.folder), name)
            return super().open_file(name, **kwargs)

    return CheckedStorage


def checked_storage(folder: str):
    return _checked_storage_class()(folder)


def check_index(index_dir: Path) -> list[str]:
    """Every problem of the index at `index_dir`, one sentence each naming the file and what to do
    (empty when the index is whole): each file against its checksum, and an index written before
    checksums read through. What `polkb check` reports, and what ingest checks before it writes
    (a damaged index is never reported unchanged)."""
    index_dir = Path(index_dir)
    toc = latest_toc(index_dir)
    if toc is None:
        return [f"no index at {index_dir}; run 'polkb ingest PATH' first"]
    try:
        verify_file(index_dir, toc)
        index = open_index(index_dir)
        segments = index._segments()
    except IndexProblem as e:
        return [str(e)]
    problems, unverified = [], []
    for seg in segments:
        try:
            sums = _segment_sums(index_dir, seg.segment_id())
        except IndexDamaged as e:
            problems.append(str(e))
            continue
        if sums is None:
            unverified.append(seg)
            continue
        for name in sums:
            try:
                if not (index_dir / name).is_file():
                    raise IndexDamaged(damaged(index_dir / name, "it is missing"))
                verify_file(index_dir, name)
            except IndexDamaged as e:
                problems.append(str(e))
    if unverified and not problems:
        problems += _read_through(index, index_dir)
    return problems


def _read_through(index, index_dir: Path) -> list[str]:
    """Read every stored record and every posting of an index that has no checksums (written by an
    earlier polkb): a damaged file mostly fails to decode."""
    try:
        with index.searcher() as searcher:
            reader = searcher.reader()
            for _ in reader.all_stored_fields():
                pass
            for fieldname, text in reader.all_terms():
                reader.postings(fieldname, text).all_ids()
    except Exception as e:
        return [f"the index at {index_dir} is damaged ({type(e).__name__} while reading it through); {REBUILD}"]
    return []


def os_problem(e: OSError, path: Path, doing: str) -> IndexProblem:
    """One sentence for an OSError met while working on the index: what failed, where, and what
    to do about it."""
    import errno

    where = Path(e.filename) if getattr(e, "filename", None) else Path(path)
    if e.errno == errno.ENOSPC or e.errno == getattr(errno, "EDQUOT", None):
        try:
            free = shutil.disk_usage(path if Path(path).exists() else Path(path).parent).free
        except OSError:
            free = 0
        return IndexUnwritable(f"cannot {doing}: the disk is full ({free / 2**20:.0f} MB free on the disk "
                               f"of {path}); nothing was changed; free some space and try again")
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return IndexUnwritable(f"cannot {doing}: no permission to write {where} (the index folder is "
                               f"read-only for you); use an index folder you can write, with --index DIR")
    return IndexUnwritable(f"cannot {doing}: {e.strerror or e} ({where}); nothing was changed")


# Memory for postings before the writer sorts them into a temporary run on disk (and pickles every
# posting out and back in to merge): 384 MB keeps a 10k-passage ingest in memory and a 100k one
# well under the 1.5 GB the ingest may use.
WRITER_MB = 384


def open_searcher(index):
    """A searcher with polkb's weighting. Each segment's set of deleted records is filled in here:
    Whoosh computes it on first use through the `cached_property` package, whose check imports
    asyncio (~50 ms of every cold `polkb search`)."""
    searcher = index.searcher(weighting=weighting())
    for sub, _ in searcher.leaf_searchers():
        reader = sub.reader()
        if hasattr(reader, "_perdoc") and "deleted_docs_set" not in reader.__dict__:
            reader.__dict__["deleted_docs_set"] = frozenset(reader._perdoc.deleted_docs())
    return searcher


def open_writer(index):
    """A writer that writes new segments with polkb's compact codec, as separate files: Whoosh
    reads a compound segment file by copying each part into memory (BytesIO over the mmap), tens
    of MB on every cold start of a large index.

    Whoosh's own write lock (`MAIN_WRITELOCK`) is free whenever polkb's ingest lock is held,
    unless a process outside that protocol holds it (a worker of a polkb from before it, say):
    then IndexBusy names the file (ingest retries until its --wait is over).

    Its commit writes the checksums of new segments before the table of contents that names them,
    and the table's own checksum after it (see verify_file)."""
    from whoosh.index import LockError

    from .codec import CompactCodec

    try:
        writer = index.writer(codec=CompactCodec(), limitmb=WRITER_MB, compound=False)
    except LockError:
        lock = Path(getattr(index.storage, "folder", ".")) / f"{INDEX_NAME}_WRITELOCK"
        raise IndexBusy(f"index busy: another process holds {lock} "
                        f"(an ingest of an earlier polkb, or one of its workers); wait for it to end, "
                        f"or stop it, and ingest again") from None
    commit_toc = writer._commit_toc
    folder = Path(index.storage.folder)

    def commit_toc_with_sums(segments):
        # the segments' checksums are on disk before the table of contents names them
        write_segment_sums(folder, segments)
        commit_toc(segments)
        write_toc_sum(folder)

    writer._commit_toc = commit_toc_with_sums
    return writer


def analysed_fields(schema) -> dict:
    """The text fields whose values ingest workers may analyse (fields of an index written by
    this polkb; an older index's plain TEXT fields are analysed by the writer as before)."""
    from .codec import AnalysedText

    return {name: schema[name] for name in ("body", "context", "body_en")
            if name in schema and isinstance(schema[name], AnalysedText)}


def preanalyse(records: list[dict], fields: dict) -> None:
    """Analyse the records' text fields in place (in an ingest worker, so both cores analyse)."""
    from .codec import Analysed

    for rec in records:
        for name, field in fields.items():
            value = rec.get(name)
            if isinstance(value, str):
                rec[name] = Analysed(list(field.index(value)))
                if field.stored:
                    rec["_stored_" + name] = value


def _lock_target(index_dir: Path) -> int:
    """A descriptor to lock for the index. POSIX: the index folder itself, which cannot be deleted
    from under the lock while it holds an index (a lock *file* can be: the next ingest would
    create a new one and lock that, and two writers would run at once). Windows: `polkb.lock`,
    which Windows does not let anyone delete while it is open. Descriptors are not inherited by
    spawned processes; forked workers close theirs (see ingest._close_index_files)."""
    if os.name == "nt":
        return os.open(str(Path(index_dir) / LOCK_FILE), os.O_RDWR | os.O_CREAT, 0o644)
    return os.open(str(index_dir), os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))


@contextmanager
def ingest_lock(index_dir: Path, timeout: float):
    """Hold the index's ingest lock, waiting up to `timeout` seconds for another ingest.

    The lock is the operating system's lock on a descriptor (flock, LockFileEx, through the
    `filelock` package): it dies with its process, so a killed ingest never leaves a stale lock.
    """
    from filelock import lock_descriptor

    Path(index_dir).mkdir(parents=True, exist_ok=True)
    fd = _lock_target(index_dir)
    try:
        deadline = time.monotonic() + timeout
        while not lock_descriptor(fd, blocking=False):
            if time.monotonic() >= deadline:
                raise IndexBusy(f"index busy: another ingest is writing to {index_dir}; wait for it to "
                                f"finish, or give it longer with --wait SECONDS") from None
            time.sleep(0.1)
        yield
    finally:
        os.close(fd)  # releases the lock


def remove_leftovers(index_dir: Path) -> list[str]:
    """Delete what a killed or failed writer can leave that Whoosh never cleans up: a table of
    contents written under its temporary name (`_MAIN_<gen>.toc.<time>`) but not yet renamed,
    checksum files half written (`*.tmp`), the writer's temporary folder (`MAIN.tmp/`, left when
    its own clean-up fails, on a full disk say), and the files of a segment it was writing
    (`MAIN_<segment id>.*`) that no table of contents names. Call with the ingest lock held, after
    the commit or its cancellation (no writer is running; readers only open named segments)."""
    folder = Path(index_dir)
    removed = []
    leftovers = list(folder.glob(f"_{INDEX_NAME}_*.toc.*")) + list(folder.glob("*.sums.tmp"))
    try:
        live = {seg.segment_id() for seg in open_index(index_dir)._segments()} if exists(index_dir) else set()
        leftovers += [p for p in folder.glob(f"{INDEX_NAME}_*.*")
                      if p.name.split(".", 1)[0] not in live and p.name != f"{INDEX_NAME}_WRITELOCK"]
    except IndexProblem:  # an index that does not open: its segments are not ours to judge
        pass
    for p in leftovers:
        try:
            p.unlink()
            removed.append(p.name)
        except OSError:
            pass
    tmp = folder / f"{INDEX_NAME}.tmp"
    if tmp.is_dir():
        shutil.rmtree(tmp, ignore_errors=True)
        removed.append(tmp.name + "/")
    return removed


def passage_fields(searcher, docnum: int) -> dict:
    """A passage record as the search and answer stages read it: its stored fields, what it
    shares with its document, and its id. The last PASSAGE_CACHE records read through a searcher
    are kept with it (a long-lived process meets the same passages again); callers get a copy."""
    per = _per_searcher(searcher)
    fields = per.passages.get(docnum)
    if fields is None:
        fields = dict(searcher.stored_fields(docnum))
        fields.pop("context", None)  # the export's (see export_records); search reads it from postings
        info = per.docinfo[docnum] if per.docinfo is not None else None
        if info:
            fields.update(_parse_docinfo(info))
            if "seq" in fields:
                fields["id"] = f"{fields['doc_id']}-{fields['seq']:04d}"
        if len(per.passages) >= PASSAGE_CACHE:
            per.passages.clear()
        per.passages[docnum] = fields
    return dict(fields)


PASSAGE_CACHE = 4096


class _PerSearcher:
    """What polkb keeps beside a Whoosh searcher: its docinfo column and recently read passages."""

    def __init__(self, searcher):
        reader = searcher.reader()
        self.docinfo = reader.column_reader("docinfo") if reader.has_column("docinfo") else None
        self.passages: dict[int, dict] = {}


_PER_SEARCHER = None  # searcher -> _PerSearcher (a WeakKeyDictionary: dropped with the searcher)


def _per_searcher(searcher) -> _PerSearcher:
    global _PER_SEARCHER
    import weakref

    if _PER_SEARCHER is None:
        _PER_SEARCHER = weakref.WeakKeyDictionary()
    got = _PER_SEARCHER.get(searcher)
    if got is None:
        got = _PER_SEARCHER[searcher] = _PerSearcher(searcher)
    return got


@functools.lru_cache(maxsize=4096)
def _parse_docinfo(value) -> dict:
    return json.loads(value)


def passage_lookup(passage_id: str):
    """A query for the records that may be the passage with this id (those of its document)."""
    from whoosh import query as Q

    return Q.And([Q.Term("rec", "passage"), Q.Term("doc_id", passage_id.rsplit("-", 1)[0])])


def document_lookup(doc_id: str):
    from whoosh import query as Q

    return Q.And([Q.Term("rec", "doc"), Q.Term("doc_id", doc_id)])


def load_state(searcher) -> dict[str, dict]:
    """path -> {doc_id, sha256} for every document in the index (what incremental ingest needs)."""
    state = {}
    for fields in searcher.documents(rec="doc"):
        data = json.loads(fields["data"])
        state[data["path"]] = {"doc_id": data["id"], "sha256": data.get("sha256")}
    return state


class TermStatistics:
    """Index terms of a text and how many passages hold each: what the answer stage weighs the
    words of a question with (IDF), without seeing a Whoosh searcher."""

    def __init__(self, searcher):
        self._searcher = searcher
        self._analyzer = searcher.schema["body"].analyzer
        self.passages = max(1, searcher.doc_count())
        self._df: dict[str, int] = {}

    def index_terms(self, text: str) -> list[str]:
        """The terms the index holds for `text`: stems, and the parts of compounds."""
        return [t.text for t in self._analyzer(text, mode="index")]

    def query_terms(self, text: str) -> list[str]:
        """The terms a query word searches for (whole words, no compound parts)."""
        return [t.text for t in self._analyzer(text, mode="query")]

    def doc_frequency(self, term: str) -> int:
        df = self._df.get(term)
        if df is None:
            df = self._df[term] = self._searcher.doc_frequency("body", term)
        return df

    def belongs_to(self, searcher) -> bool:
        return searcher is self._searcher


def export_records(searcher):
    """Every document's records as the ingest wrote them (`polkb.store.records`: the document
    record, then its passages in order), one document at a time, in index order: what
    `polkb export` writes and `polkb ingest --from-jsonl` reads back.

    The document record comes from its stored `data` (path, kind, format, language, tags and the
    year, as `records_for` derives them); a passage from its stored fields, its document's
    `docinfo`, and its tag values, which are indexed only, read back from the tag fields' postings.
    An index written before passage contexts were stored has no context to give: its passages get
    the title and heading path (`passage_context` without the headings inside the passage; see
    `stores_context`)."""
    from whoosh import query as Q

    reader = searcher.reader()
    tags: dict[int, dict[str, list[str]]] = {}
    for name in (*TAG_FIELDS, "year"):
        if name not in reader.schema:
            continue
        for term in reader.lexicon(name):
            value = term.decode("utf-8") if isinstance(term, bytes) else term
            for docnum in reader.postings(name, term).all_ids():
                tags.setdefault(docnum, {}).setdefault(name, []).append(value)
    per = _per_searcher(searcher)
    # in index order: an index rebuilt from the export holds its passages in the same order, so
    # that even a tie in the first search phase breaks the same way
    for data, lang in ((json.loads(f["data"]), f.get("lang")) for f in searcher.documents(rec="doc")):
        doc_tags = {k: list(v) for k, v in (data.get("tags") or {}).items()}
        year = (data.get("info") or {}).get("year")
        if year:
            doc_tags.setdefault("year", []).append(str(year))
        path = data["path"]
        doc = dict(rec="doc", doc_id=data["id"], path=path, file=Path(path).name.lower(),
                   kind=data.get("kind"), format=data.get("format"), lang=data.get("language") or lang,
                   data=json.dumps(data, ensure_ascii=False))
        doc.update(_joined(doc_tags))
        passages = []
        for docnum in searcher.docs_for_query(Q.And([Q.Term("rec", "passage"), Q.Term("doc_id", data["id"])])):
            stored = searcher.stored_fields(docnum)
            info = _parse_docinfo(per.docinfo[docnum]) if per.docinfo is not None else {}
            title = info.get("title") or data.get("title") or ""
            heading = stored.get("heading") or ""
            context = stored.get("context")
            if context is None:
                context = passage_context(title, tuple(h for h in heading.split(" > ") if h), ())
            rec = dict(rec="passage", doc_id=data["id"], file=doc["file"],
                       docinfo=per.docinfo[docnum] if per.docinfo is not None else docinfo_of(data),
                       heading=heading, context=context, body=stored.get("body", ""),
                       kind=info.get("kind", data.get("kind")), format=info.get("format", data.get("format")),
                       lang=stored.get("lang", "nl"), seq=stored.get("seq", 0), start=stored.get("start", 0),
                       end=stored.get("end", 0))
            if stored.get("page"):
                rec["page"] = stored["page"]
            if rec["lang"] == "en":
                rec["body_en"] = rec["body"]
            rec.update(_joined(tags.get(docnum, {})))
            passages.append(rec)
        passages.sort(key=lambda r: r["seq"])
        yield [doc, *passages]


def stores_context(schema) -> bool:
    """Whether the index keeps each passage's context text (an index of this polkb does)."""
    return "context" in schema and bool(schema["context"].stored)


def docinfo_of(data: dict) -> str:
    """The docinfo value of a document's passages, from its stored data (an index without the
    docinfo column)."""
    return json.dumps(dict(doc_id=data["id"], title=data.get("title"), path=data["path"], kind=data.get("kind"),
                           format=data.get("format")), ensure_ascii=False, sort_keys=True)


def _joined(tags: dict[str, list[str]]) -> dict[str, str]:
    """Tag values as the records hold them (records._tag_fields): comma-separated, a comma inside
    a value made a space, each once, in the order given."""
    return {name: ",".join(dict.fromkeys(" ".join(v.replace(",", " ").split()) for v in values))
            for name, values in tags.items() if values and (name in TAG_FIELDS or name == "year")}
