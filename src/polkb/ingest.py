"""Ingest: walk the named files and folders, read, structure and index each file.

The loop is built so that nothing already in the knowledge base is ever lost:
- every file is processed in isolation; a file that fails yields one `PATH: reason` outcome and the
  others go on;
- all changes of one ingest go into one Whoosh commit, made only at the end: a crash, a kill or
  Ctrl-C before it leaves the previous index exactly as it was;
- one ingest at a time holds the index's lock; a second waits up to a timeout, then gives up.
Parsing runs in worker processes (both cores), while this process feeds the index writer.
"""
from __future__ import annotations

import hashlib
import os
import signal
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import index as ix
from .read import ReaderError, read_file
from .structure import build_document, cut_passages
from .tag import understand

ADDED, UPDATED, UNCHANGED, REMOVED, FAILED = "added", "updated", "unchanged", "removed", "failed"
SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", "node_modules", ".venv"}
POOL_MIN_FILES = 8
# Memory per file grows ~50x its text in the structure and tag stages: a file with more text than
# this is refused with a reason instead of taking the machine down (the largest shipped document
# holds 0.5 M characters; 8 M is some 4,000 pages). Text formats are checked on their bytes before
# decoding, PDFs (whose bytes are mostly images) on their extracted text.
MAX_TEXT_CHARS = 8_000_000
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS


@dataclass
class FileOutcome:
    path: str
    status: str
    reason: str = ""
    passages: int = 0


@dataclass
class IngestReport:
    counts: Counter = field(default_factory=Counter)
    failures: list[FileOutcome] = field(default_factory=list)
    passages: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        c = self.counts
        return (f"{c[ADDED]} added, {c[UPDATED]} updated, {c[UNCHANGED]} unchanged, "
                f"{c[REMOVED]} removed, {c[FAILED]} failed")


class IngestError(Exception):
    """A usage problem with the ingest as a whole (not one bad file)."""


@dataclass(frozen=True)
class _Task:
    source: Path       # where to read the file
    stored: str        # the path recorded in the index (relative to the index's parent folder)
    known_sha: str | None


def stored_path(path: Path, base: Path) -> str:
    """Record paths relative to the folder holding the index, so index and corpus can move together."""
    try:
        return os.path.relpath(path.absolute(), base.absolute())
    except ValueError:  # another drive on Windows
        return str(path.absolute())


def walk(paths: Iterable[Path], follow_links: bool = False,
         exclude: Path | None = None) -> Iterator[tuple[Path, Path | None]]:
    """Yield (file, root folder or None) for every file named or found under a named folder.

    Hidden files, version-control folders and the index's own folder (`exclude`) are skipped;
    symbolic links are only followed when asked, and then each real folder is visited once, so a
    link loop cannot recurse forever.
    """
    for root in paths:
        root = Path(root)
        if root.is_file():
            yield root, None
            continue
        if not root.is_dir():
            yield root, None  # the ingest loop reports it as missing
            continue
        seen: set[tuple[int, int]] = set()
        for dirpath, dirnames, filenames in os.walk(root, followlinks=follow_links):
            st = os.stat(dirpath)
            if (st.st_dev, st.st_ino) in seen:
                dirnames[:] = []
                continue
            seen.add((st.st_dev, st.st_ino))
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in SKIP_DIRS
                                 and not (exclude and (Path(dirpath) / d).absolute() == exclude))
            for name in sorted(filenames):
                p = Path(dirpath) / name
                if name.startswith(".") or name.endswith(".meta.toml"):
                    continue
                if p.is_symlink() and not follow_links:
                    continue
                yield p, root


def sidecar_path(path: Path) -> Path | None:
    """`NAME.meta.toml` beside a file (for `rapport.pdf`: `rapport.pdf.meta.toml` or `rapport.meta.toml`)."""
    for candidate in (path.with_name(path.name + ".meta.toml"), path.with_name(path.stem + ".meta.toml")):
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path) -> tuple[dict, bytes]:
    """A curator's metadata for a file (kind, title, date, organisation, source_url …), which wins
    over detection; its bytes count in the file's hash so editing it re-ingests the file.

    A sidecar that cannot be read or holds a bad value (see tag.kinds.check_sidecar) raises
    ValueError "bad sidecar NAME: reason": that file fails with one line, the ingest goes on."""
    import tomllib

    from .tag.kinds import check_sidecar

    found = sidecar_path(path)
    if found is None:
        return {}, b""
    try:
        raw = found.read_bytes()
        return check_sidecar(tomllib.loads(raw.decode("utf-8"))), raw
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, ValueError) as e:
        raise ValueError(f"bad sidecar {found.name}: {e}") from e
    except OSError as e:
        raise ValueError(f"bad sidecar {found.name}: cannot read it ({e.strerror or e})") from e


def _process(task: _Task):
    """Worker: read, structure and turn one file into index records (or a failure reason)."""
    try:
        # a named pipe would block the read forever, a device (/dev/zero) never end: regular files only
        mode = task.source.stat().st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            return task.stored, FAILED, "not a regular file (pipe, socket or device)", None
        data = task.source.read_bytes()
    except FileNotFoundError:
        return task.stored, FAILED, "file not found", None
    except IsADirectoryError:
        return task.stored, FAILED, "is a directory", None
    except OSError as e:
        return task.stored, FAILED, f"cannot read file: {e.strerror or e}", None
    try:
        sidecar, sidecar_bytes = read_sidecar(task.source)
    except ValueError as e:
        return task.stored, FAILED, str(e), None
    sha = hashlib.sha256(data + sidecar_bytes).hexdigest()
    if sha == task.known_sha:
        return task.stored, UNCHANGED, "", None
    if len(data) > MAX_TEXT_BYTES and b"%PDF-" not in data[:1024]:
        return task.stored, FAILED, (f"file too large to index ({len(data) / 1e6:.0f} MB; "
                                     f"limit {MAX_TEXT_BYTES / 1e6:.0f} MB of text)"), None
    try:
        read = read_file(task.source, data)
        del data
        chars = sum(len(b.text) for b in read.blocks)
        if chars > MAX_TEXT_CHARS:
            return task.stored, FAILED, (f"too much text to index ({chars / 1e6:.1f} M characters; "
                                         f"limit {MAX_TEXT_CHARS / 1e6:.0f} M)"), None
        read.meta.update(sidecar)
        doc = build_document(task.stored, sha, read)
        passages = cut_passages(doc)
    except ReaderError as e:
        return task.stored, FAILED, str(e), None
    except RecursionError:
        return task.stored, FAILED, "structure too deeply nested", None
    except MemoryError:
        return task.stored, FAILED, "file too large to read", None
    except Exception as e:  # a reader bug must not stop the ingest of the other files
        return task.stored, FAILED, f"unexpected error while reading ({type(e).__name__}: {e})", None
    try:
        understanding = understand(doc, passages)
    except Exception as e:  # an extractor bug costs the tags, never the document
        return task.stored, FAILED, f"unexpected error while tagging ({type(e).__name__}: {e})", None
    doc.kind = understanding.info.kind
    doc.title = understanding.info.title or doc.title
    try:
        records = ix.records_for(doc, passages, understanding)
        ix.preanalyse(records, _ANALYSED)
    except Exception as e:  # e.g. a value that cannot be stored: this file fails, not the ingest
        return task.stored, FAILED, f"unexpected error while indexing ({type(e).__name__}: {e})", None
    return task.stored, None, "", records


# The index's text fields the workers analyse (set for each ingest; see index.analysed_fields).
_ANALYSED: dict = {}


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (prctl PR_SET_PDEATHSIG): a worker
    orphaned by a killed ingest would otherwise wait for work forever, holding the ingest's
    output pipes open. Elsewhere a no-op."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the request took effect
        os._exit(1)


def _init_worker(lock_fd: int | None, analysed: dict):
    """Workers leave Ctrl-C to the main process, and drop their inherited copy of the ingest
    lock: a worker outliving a killed ingest must not keep the next ingest waiting."""
    global _ANALYSED
    _ANALYSED = analysed
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the pool ends its workers with SIGTERM: a worker dies at once, not through a handler it
    # inherited from the command line; and it dies with the ingest that started it
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    if lock_fd is not None:
        try:
            os.close(lock_fd)
        except OSError:
            pass


def _results(tasks: list[_Task], workers: int, lock_fd: int | None = None, analysed: dict | None = None):
    global _ANALYSED
    if workers <= 1 or len(tasks) < POOL_MIN_FILES:
        _ANALYSED = {}  # one process: the writer analyses, as it would anyway
        for t in tasks:
            yield _process(t)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(lock_fd, analysed or {})) as pool:
        try:
            yield from pool.imap(_process, tasks, chunksize=1)
        except BaseException:
            pool.terminate()
            raise


def ingest_paths(
    index_dir: Path,
    paths: Iterable[Path],
    *,
    rebuild: bool = False,
    follow_links: bool = False,
    workers: int | None = None,
    lock_timeout: float = 10.0,
    on_start: Callable[[int], None] | None = None,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> IngestReport:
    """Bring the index at `index_dir` in line with the named files and folders, in one commit."""
    index_dir = Path(index_dir)
    base = index_dir.absolute().parent
    paths = [Path(p) for p in paths]
    workers = workers or min(2, os.cpu_count() or 1)
    report = IngestReport()

    def note(outcome: FileOutcome):
        report.counts[outcome.status] += 1
        if outcome.status == FAILED:
            report.failures.append(outcome)
        if on_file:
            on_file(outcome)

    with ix.ingest_lock(index_dir, lock_timeout) as lock_fd:
        index = ix.open_index(index_dir) if ix.exists(index_dir) else ix.create_index(index_dir)
        ix.check_writable(index, index_dir)
        writer = ix.open_writer(index)
        try:
            state = {} if rebuild else ix.load_state(writer.searcher())
            found = list(walk(paths, follow_links, exclude=index_dir.absolute()))  # never its own files
            roots = {stored_path(r, base) for _, r in found if r is not None}
            tasks = [_Task(f, s, state.get(s, {}).get("sha256")) for f, s in
                     ((f, stored_path(f, base)) for f, _ in found)]
            seen = {t.stored for t in tasks}
            if on_start:
                on_start(len(tasks))
            for stored, status, reason, records in _results(tasks, workers, lock_fd,
                                                            ix.analysed_fields(index.schema)):
                if records is None:
                    note(FileOutcome(stored, status, reason))
                    continue
                known = stored in state
                if known:
                    writer.delete_by_term("doc_id", state[stored]["doc_id"])
                for rec in records:
                    writer.add_document(**rec)
                n = len(records) - 1
                report.passages += n
                note(FileOutcome(stored, UPDATED if known else ADDED, passages=n))
            for stored, info in state.items():
                under_root = any(stored == r or stored.startswith(r.rstrip(os.sep) + os.sep) for r in roots)
                if under_root and stored not in seen:
                    writer.delete_by_term("doc_id", info["doc_id"])
                    note(FileOutcome(stored, REMOVED))
            if rebuild:
                from whoosh.writing import CLEAR

                writer.commit(mergetype=CLEAR)
            else:
                writer.commit()
        except BaseException:
            writer.cancel()
            raise
        ix.remove_leftovers(index_dir)
    return report
