"""Ingest: walk the named files and folders, read, structure and index each file.

The loop is built so that nothing already in the knowledge base is ever lost:
- every file is processed in isolation; a file that fails yields one `PATH: reason` outcome and the
  others go on;
- all changes of one ingest go into one Whoosh commit, made only at the end: a crash, a kill or
  Ctrl-C before it leaves the previous index exactly as it was;
- one ingest at a time holds the index's lock; a second waits up to a timeout, then gives up;
- every file is read in a worker process under Limits (processor and wall time, memory, text):
  a file over a limit costs its worker, replaced at once, and one line naming the limit.
Reading runs in the workers (both cores), while this process feeds the index writer.
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import signal
import stat
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .store import open_backend
from .store.records import records_for
from .paths import escape, one_line, shown_path
from .read import ReaderError, read_file
from .structure import build_document, cut_passages
from .tag import understand

ADDED, UPDATED, UNCHANGED, REMOVED, FAILED = "added", "updated", "unchanged", "removed", "failed"
SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", "node_modules", ".venv"}


@dataclass(frozen=True)
class Limits:
    """What reading one file may cost. A file over a limit fails with one line naming it; the
    ingest goes on.

    - `seconds`: processor time for one file (read, structure, tag, analyse) in its worker, which
      is killed and replaced past it. Processor time, not wall time, so that a busy machine does
      not refuse a file an idle one reads (where it cannot be measured, Windows and macOS, wall
      time counts). 50 s keeps any one file, with start-up and commit, under a minute on an idle
      machine; the slowest shipped document (a 1.8 MB PDF) takes ~15 s.
    - `wall_seconds`: wall time for one file whatever it does (a worker blocked on a file system
      that hangs uses no processor).
    - `memory_mb`: address space a worker may add to what it holds at start; an allocation past
      it fails in that worker only. A 5 MB text peaks near 340 MB; 768 MB leaves room and keeps
      the ingest under 1 GB. A forked worker may also refill the free C heap it inherits from the
      ingest's process, which the cap does not see (small for the CLI, large in a long-lived host).
    - `text_chars`: memory grows ~50x the text in the structure and tag stages, so a document with
      more text is refused after reading (the largest shipped one has 0.5 M characters; 8 M is
      some 4,000 pages).
    - `text_bytes`: text formats are refused on their size before decoding; PDFs, Office and
      OpenDocument files and images (mostly pictures, or packed) on their extracted text, and
      their readers bound what they unpack.
    """
    seconds: float = 50.0
    wall_seconds: float = 300.0
    memory_mb: int = 768
    text_chars: int = 8_000_000
    text_bytes: int = 32_000_000

    def time_reason(self) -> str:
        what = "of processor time" if _CPU_MEASURED else ""
        return " ".join(f"reading took more than {self.seconds:g} s {what}".split())

    def wall_reason(self) -> str:
        return f"reading took longer than {self.wall_seconds:g} s"

    def memory_reason(self) -> str:
        return f"reading needs more than {self.memory_mb} MB of memory"


# files whose size says little about their text: PDF, zip containers (DOCX, ODT, PPTX, ODP), images
_PACKED = (b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def _packed(data: bytes) -> bool:
    return data.startswith(_PACKED[1:]) or _PACKED[0] in data[:1024]


@dataclass
class FileOutcome:
    path: str          # as stored in the index (see polkb.paths: escaped, one line)
    status: str
    reason: str = ""   # why a file failed
    passages: int = 0
    note: str = ""     # what was left out of a file that landed (a sidecar not read)


@dataclass
class IngestReport:
    counts: Counter = field(default_factory=Counter)
    failures: list[FileOutcome] = field(default_factory=list)
    notes: list[FileOutcome] = field(default_factory=list)
    passages: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        c = self.counts
        return (f"{c[ADDED]} added, {c[UPDATED]} updated, {c[UNCHANGED]} unchanged, "
                f"{c[REMOVED]} removed, {c[FAILED]} failed")


@dataclass(frozen=True)
class _Task:
    source: Path       # where to read the file
    stored: str        # the path recorded in the index (relative to the index's parent folder)
    known_sha: str | None
    follow_links: bool = False  # whether a sidecar that is a symbolic link is read


def stored_path(path: Path, base: Path) -> str:
    """Record paths relative to the folder holding the index, so index and corpus can move together;
    escaped (polkb.paths.escape) so that any name the file system has is one line of valid text:
    bytes that are not UTF-8 and control characters become `\\xHH`, `\\n` …, and come back with
    polkb.paths.unescape."""
    try:
        return escape(os.path.relpath(path.absolute(), base.absolute()))
    except ValueError:  # another drive on Windows
        return escape(str(path.absolute()))


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


def sidecar_path(path: Path, follow_links: bool = True) -> Path | None:
    """`NAME.meta.toml` beside a file (for `rapport.pdf`: `rapport.pdf.meta.toml` or `rapport.meta.toml`).
    Without `follow_links` a sidecar that is a symbolic link is found too (to be skipped, see
    read_sidecar); with it, one whose link leads nowhere is not."""
    for candidate in (path.with_name(path.name + ".meta.toml"), path.with_name(path.stem + ".meta.toml")):
        if candidate.is_file() or (not follow_links and candidate.is_symlink()):
            return candidate
    return None


def linked_sidecar_note(found: Path) -> str:
    """The line for a sidecar skipped because it is a symbolic link (documents that are links are
    not read without --follow-links either; a link could bring in any file of the machine)."""
    return (f"sidecar {shown_path(found.name)} not read: it is a symbolic link "
            "(read only with --follow-links)")


def read_sidecar(path: Path, follow_links: bool = True) -> tuple[dict, bytes, str]:
    """A curator's metadata for a file (kind, title, date, organisation, source_url …), which wins
    over detection; its bytes count in the file's hash so editing it re-ingests the file. Returns
    (metadata, bytes, note): without `follow_links` a sidecar that is a symbolic link is not read,
    like a document that is one, and the note says so (the file lands without it).

    A sidecar that cannot be read or holds a bad value (see tag.kinds.check_sidecar) raises
    ValueError "bad sidecar NAME: reason": that file fails with one line, the ingest goes on."""
    import tomllib

    from .tag.kinds import check_sidecar

    found = sidecar_path(path, follow_links)
    if found is None:
        return {}, b"", ""
    if not follow_links and found.is_symlink():
        return {}, b"", linked_sidecar_note(found)
    name = shown_path(found.name)
    try:
        raw = _read_regular(found, follow_links)
        return check_sidecar(tomllib.loads(raw.decode("utf-8"))), raw, ""
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, ValueError) as e:
        raise ValueError(f"bad sidecar {name}: {e}") from e
    except OSError as e:
        if not follow_links and e.errno == errno.ELOOP:  # became a link after the check
            return {}, b"", linked_sidecar_note(found)
        raise ValueError(f"bad sidecar {name}: cannot read it ({e.strerror or e})") from e


def _read_regular(path: Path, follow_links: bool) -> bytes:
    """A sidecar's bytes; without `follow_links` it is opened with O_NOFOLLOW where the platform has
    it, so a link put in its place after the check is not followed either."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) * (not follow_links) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    with open(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise ValueError("not a regular file")
        return f.read()


def _process(task: _Task, limits: Limits):
    """Worker: read, structure and turn one file into index records (or a failure reason): a tuple
    (stored path, status, reason, records). For a file that did not fail the reason slot holds its
    note, if any (a sidecar left out). MemoryError is left to the worker loop, which reports the
    memory limit and replaces itself."""
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
        sidecar, sidecar_bytes, sidecar_note = read_sidecar(task.source, task.follow_links)
    except ValueError as e:
        return task.stored, FAILED, str(e), None
    sha = hashlib.sha256(data + sidecar_bytes).hexdigest()
    if sha == task.known_sha:
        return task.stored, UNCHANGED, sidecar_note, None
    if len(data) > limits.text_bytes and not _packed(data):
        return task.stored, FAILED, (f"file too large to index ({len(data) / 1e6:.0f} MB; "
                                     f"limit {limits.text_bytes / 1e6:.0f} MB of text)"), None
    try:
        read = read_file(task.source, data)
        del data
        chars = sum(len(b.text) for b in read.blocks)
        if chars > limits.text_chars:
            return task.stored, FAILED, (f"too much text to index ({chars / 1e6:.1f} M characters; "
                                         f"limit {limits.text_chars / 1e6:.0f} M)"), None
        read.meta.update(sidecar)
        doc = build_document(task.stored, sha, read)
        passages = cut_passages(doc)
    except ReaderError as e:
        return task.stored, FAILED, str(e), None
    except RecursionError:
        return task.stored, FAILED, "structure too deeply nested", None
    except MemoryError:
        raise
    except Exception as e:  # a reader bug must not stop the ingest of the other files
        return task.stored, FAILED, f"unexpected error while reading ({type(e).__name__}: {e})", None
    try:
        understanding = understand(doc, passages)
    except MemoryError:
        raise
    except Exception as e:  # an extractor bug fails this file (one line), never the ingest
        return task.stored, FAILED, f"unexpected error while tagging ({type(e).__name__}: {e})", None
    doc.kind = understanding.info.kind
    doc.title = understanding.info.title or doc.title
    try:
        records = records_for(doc, passages, understanding)
        if _PREPARE is not None:  # what the backend lets the workers do for it (IndexWriter.analysis)
            _PREPARE[0](records, _PREPARE[1])
    except MemoryError:
        raise
    except Exception as e:  # e.g. a value that cannot be stored: this file fails, not the ingest
        return task.stored, FAILED, f"unexpected error while indexing ({type(e).__name__}: {e})", None
    return task.stored, None, sidecar_note, records


# What the workers do for the backend with each file's records, (function, argument) or None: the
# Whoosh backend analyses the text fields there, so both cores analyse (IndexWriter.analysis).
_PREPARE: tuple | None = None


# -- reading workers ----------------------------------------------------------------------------
# Every file is read in a worker process under Limits: a file that exceeds one costs its worker
# (replaced at once) and one line naming the limit, never the ingest or the machine.

def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (prctl PR_SET_PDEATHSIG): a worker
    orphaned by a killed ingest would otherwise wait for work forever, holding the ingest's
    output pipes open. Elsewhere a no-op."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError, TypeError):
        return
    if os.getppid() == 1:  # the parent died before the request took effect
        os._exit(1)


def _close_index_files(index_dir: str) -> None:
    """A forked worker drops every descriptor it inherited on the index folder (the ingest lock,
    Whoosh's MAIN_WRITELOCK, the writer's open files): a worker outliving its ingest must hold
    no lock. Linux lists them in /proc/self/fd; a spawned worker inherits none."""
    try:
        fds = os.listdir("/proc/self/fd")
    except OSError:
        return
    for name in fds:
        try:
            target = os.readlink(f"/proc/self/fd/{name}")
        except OSError:
            continue
        if target == index_dir or target.startswith(index_dir + os.sep):
            try:
                os.close(int(name))
            except OSError:
                pass


def _cap_memory(limit_mb: int) -> None:
    """Cap the worker's address space at what it holds now plus `limit_mb`: an allocation past it
    raises MemoryError in this worker instead of swapping the machine. Where the platform has no
    RLIMIT_AS (Windows) the time limit still holds."""
    try:
        import resource

        with open("/proc/self/statm") as f:
            now = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        cap = now + limit_mb * 2**20
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, OSError, ValueError, AttributeError):
        pass


def _worker_main(conn, prepare: tuple | None, limits: Limits, index_dir: str) -> None:
    """A reading worker: tasks in, results out, until the ingest closes the pipe. Ctrl-C is the
    main process's to handle; SIGTERM (the ingest ending it) kills at once; a MemoryError is
    reported as the memory limit and ends this worker, so the next file gets a fresh one."""
    global _PREPARE
    _PREPARE = prepare
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    _close_index_files(index_dir)
    _cap_memory(limits.memory_mb)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        try:
            result = _process(task, limits)
            if result[1] == FAILED and _OUT_OF_MEMORY.search(result[2]):
                result = None
            else:
                conn.send(result)
        except MemoryError:
            result = None
        if result is None:
            conn.send((task.stored, FAILED, limits.memory_reason(), None))
            return


# How a library wrapped in a reader's reason says an allocation failed under the memory cap
# (zlib: "Unable to allocate output buffer"; ENOMEM: "Cannot allocate memory").
_OUT_OF_MEMORY = re.compile(r"\ballocat|out of memory|MemoryError|insufficient memory", re.I)


@dataclass
class _Worker:
    process: object
    conn: object
    task: _Task | None = None
    deadline: float = 0.0      # wall clock (time.monotonic) by which the task must be done
    cpu_start: float | None = None  # the worker's processor seconds when the task was sent


def _start_method() -> str:
    """Fork where it is safe (Linux, one thread: fast, and readers registered at run time come
    along); spawn elsewhere (Windows, macOS) and in threaded hosts such as the web server."""
    import threading

    return "fork" if sys.platform == "linux" and threading.active_count() == 1 else "spawn"


def _start_worker(ctx, prepare: tuple | None, limits: Limits, index_dir: str) -> _Worker:
    parent_end, child_end = ctx.Pipe()
    process = ctx.Process(target=_worker_main, args=(child_end, prepare, limits, index_dir), daemon=True)
    process.start()
    child_end.close()  # the worker's end lives in the worker only: its death reads as EOF here
    return _Worker(process, parent_end)


def _stop(worker: _Worker) -> None:
    try:
        worker.conn.close()
    except OSError:
        pass
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join(5)


def _death_reason(worker: _Worker, limits: Limits) -> str:
    """Why a worker died without an answer: SIGKILL is the kernel's out-of-memory killer."""
    code = worker.process.exitcode
    if code is not None and code < 0:
        if -code == signal.SIGKILL:
            return limits.memory_reason()
        try:
            how = signal.Signals(-code).name
        except ValueError:
            how = f"signal {-code}"
    else:
        how = f"exit code {code}"
    return f"the reading process stopped unexpectedly ({how})"


def _answer(worker: _Worker, limits: Limits):
    """The result a worker sent, or a failure naming why it has none (a worker whose answer
    cannot be read is ended: its pipe is no longer to be trusted)."""
    try:
        return worker.conn.recv()
    except Exception:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        return worker.task.stored, FAILED, _death_reason(worker, limits), None


# How far past the oldest unfinished file the workers may run ahead: results are handed out in
# the order of the files (the index is the same whatever the timing), so a slow file holds at
# most this many finished ones in memory while the other workers go on.
READ_AHEAD = 64


def _read_in_workers(tasks: list[_Task], workers: int, prepare: tuple | None, limits: Limits,
                     index_dir: str, start_method: str | None):
    """Results of every task, in task order. A worker past the time limit is killed; a dead or
    killed worker is replaced for the next task."""
    import multiprocessing as mp
    from multiprocessing.connection import wait

    ctx = mp.get_context(start_method or _start_method())
    idle: list[_Worker] = []
    busy: dict[int, _Worker] = {}  # task number -> the worker reading it
    done: dict[int, tuple] = {}
    sent = handed = 0
    try:
        while handed < len(tasks):
            while sent < len(tasks) and len(busy) < workers and sent < handed + READ_AHEAD:
                worker = idle.pop() if idle else _start_worker(ctx, prepare, limits, index_dir)
                worker.task = tasks[sent]
                worker.deadline = time.monotonic() + (limits.wall_seconds if _CPU_MEASURED else limits.seconds)
                worker.cpu_start = _cpu_seconds(worker.process.pid)
                worker.conn.send(worker.task)
                busy[sent] = worker
                sent += 1
            if busy and handed not in done:
                timeout = max(0.0, min(min(w.deadline for w in busy.values()) - time.monotonic(), _POLL_S))
                wait([w.conn for w in busy.values()] + [w.process.sentinel for w in busy.values()], timeout)
            for number, worker in list(busy.items()):
                result = _collect(worker, limits)
                if result is None:
                    continue
                del busy[number]
                done[number] = result
                if _still_serving(worker, result, limits):
                    idle.append(worker)
                else:
                    _stop(worker)
            while handed in done:
                yield done.pop(handed)
                handed += 1
    finally:
        for worker in idle + list(busy.values()):
            _stop(worker)


def _collect(worker: _Worker, limits: Limits):
    """A worker's result if it has one: its answer, a failure when it died, or the time limit
    (the worker is killed); None while it is still reading in time."""
    if worker.conn.poll() or not worker.process.is_alive():
        return _answer(worker, limits)
    cpu = _cpu_seconds(worker.process.pid)
    if cpu is not None and worker.cpu_start is not None and cpu - worker.cpu_start >= limits.seconds:
        worker.process.kill()
        return worker.task.stored, FAILED, limits.time_reason(), None
    if time.monotonic() >= worker.deadline:
        worker.process.kill()
        return worker.task.stored, FAILED, limits.wall_reason() if _CPU_MEASURED else limits.time_reason(), None
    return None


_POLL_S = 0.25  # how often the processor time of busy workers is read


def _cpu_seconds(pid: int) -> float | None:
    """Processor time (user + system) of a process so far, from /proc (Linux); None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


_CPU_MEASURED = _cpu_seconds(os.getpid()) is not None


def _still_serving(worker: _Worker, result, limits: Limits) -> bool:
    """Whether a worker that answered can take the next file (not one that ended itself after a
    MemoryError, was killed, or died)."""
    return worker.process.is_alive() and result[2] not in (limits.memory_reason(), limits.time_reason(),
                                                           limits.wall_reason())


def ingest_paths(
    index_dir: Path,
    paths: Iterable[Path],
    *,
    rebuild: bool = False,
    follow_links: bool = False,
    workers: int | None = None,
    lock_timeout: float = 10.0,
    limits: Limits | None = None,
    start_method: str | None = None,
    on_start: Callable[[int], None] | None = None,
    on_file: Callable[[FileOutcome], None] | None = None,
    backend: str | None = None,
) -> IngestReport:
    """Bring the index at `index_dir` in line with the named files and folders, in one commit.

    Files are read by `workers` processes (default: one per core, at most 2) started with
    `start_method` ("fork" or "spawn"; default: see _start_method), each file under `limits`.
    A damaged index raises IndexDamaged (with `rebuild` it is started over); an OSError of the
    index (disk full, read-only folder) becomes IndexUnwritable with one sentence; either way the
    previous commit stays as it was and a failed commit's files are removed before returning."""
    index_dir = Path(index_dir)
    report = IngestReport()

    def note(outcome: FileOutcome):
        report.counts[outcome.status] += 1
        if outcome.status == FAILED:
            report.failures.append(outcome)
        elif outcome.note:
            report.notes.append(outcome)
        if on_file:
            on_file(outcome)

    with open_backend(index_dir, backend).writer(rebuild=rebuild, wait=lock_timeout) as writer:
        _ingest_into(writer, index_dir, paths, rebuild, follow_links, workers or min(2, os.cpu_count() or 1),
                     limits or Limits(), start_method, on_start, note, report)
    return report


def _ingest_into(writer, index_dir: Path, paths, rebuild: bool, follow_links: bool, workers: int,
                 limits: Limits, start_method: str | None, on_start, note, report: IngestReport) -> None:
    """Read every file, add what changed, remove what is gone, and commit once."""
    base = index_dir.absolute().parent
    state = {} if rebuild else writer.state()
    found = list(walk([Path(p) for p in paths], follow_links, exclude=index_dir.absolute()))  # never its own files
    roots = {stored_path(r, base) for _, r in found if r is not None}
    tasks = [_Task(f, s, state.get(s, {}).get("sha256"), follow_links) for f, s in
             ((f, stored_path(f, base)) for f, _ in found)]
    seen = {t.stored for t in tasks}
    if on_start:
        on_start(len(tasks))
    landed: dict[str, FileOutcome] = {}  # stored path -> its added/updated outcome
    results = _read_in_workers(tasks, min(workers, len(tasks)), writer.analysis(),
                               limits, os.path.realpath(index_dir), start_method)
    for stored, status, reason, records in results:
        if records is None:
            if status == FAILED:
                note(FileOutcome(stored, status, one_line(reason)))
            else:
                note(FileOutcome(stored, status, note=reason))
            continue
        known = stored in state
        if known:
            writer.remove(state[stored]["doc_id"])
        writer.add(records)
        n = len(records) - 1
        report.passages += n
        landed[stored] = FileOutcome(stored, UPDATED if known else ADDED, passages=n, note=reason)
        note(landed[stored])
    for stored, info in state.items():
        under_root = any(stored == r or stored.startswith(r.rstrip(os.sep) + os.sep) for r in roots)
        if under_root and stored not in seen:
            writer.remove(info["doc_id"])
            note(FileOutcome(stored, REMOVED))
    writer.commit(rebuild)
    _refused(writer, landed, report, note)


def _refused(writer, landed: dict[str, FileOutcome], report: IngestReport, note) -> None:
    """A document the backend refused at commit fails like a bad file, in the report and the exit
    code (OpenSearch refuses a record its mapping rejects, and then drops the whole document)."""
    for stored, why in getattr(writer, "failures", None) or ():
        outcome = landed.get(stored)
        if outcome is None:
            continue
        report.counts[outcome.status] -= 1
        report.passages -= outcome.passages
        note(FileOutcome(stored, FAILED, one_line(f"not indexed: {why}")))


def ingest_jsonl(
    index_dir: Path,
    source: Path,
    *,
    rebuild: bool = False,
    lock_timeout: float = 10.0,
    backend: str | None = None,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> IngestReport:
    """Add the documents of a `polkb export --jsonl` file to the index at `index_dir`, in one
    commit, without reading their original files: any backend takes what any backend exported.

    As with files: a document whose path the index holds with the same sha256 is unchanged, with
    another it is replaced; `rebuild` starts the index over with the file's documents only (no
    document is removed otherwise). A line that cannot be imported is a failed outcome whose path
    is `FILE:LINE` (see polkb.store.jsonl.read_export); the others land. The records are analysed
    for the backend here, in this process (`IndexWriter.analysis`), not in reading workers.
    A file that is not an export raises UsageProblem before the index is touched."""
    from .errors import UsageProblem
    from .store.jsonl import BadLine, read_export

    index_dir, source = Path(index_dir), Path(source)
    shown = shown_path(str(source))
    try:
        handle = open(source, encoding="utf-8", errors="replace")
    except OSError as e:
        raise UsageProblem(f"cannot read {shown}: {e.strerror or e}") from None
    report = IngestReport()

    def note(outcome: FileOutcome):
        report.counts[outcome.status] += 1
        if outcome.status == FAILED:
            report.failures.append(outcome)
        if on_file:
            on_file(outcome)

    with handle:
        items = read_export(handle)
        try:
            first = next(items, None)
        except ValueError as e:
            raise UsageProblem(f"{shown}: {e}") from None
        with open_backend(index_dir, backend).writer(rebuild=rebuild, wait=lock_timeout) as writer:
            state = {} if rebuild else writer.state()
            prepare = writer.analysis()
            landed: dict[str, FileOutcome] = {}
            for item in _chain(first, items):
                if isinstance(item, BadLine):
                    note(FileOutcome(f"{shown}:{item.line}", FAILED, one_line(item.reason)))
                    continue
                known = state.get(item.path)
                if known is not None and known.get("sha256") == item.sha256:
                    note(FileOutcome(item.path, UNCHANGED))
                    continue
                if known is not None:
                    writer.remove(known["doc_id"])
                if prepare is not None:
                    prepare[0](item.records, prepare[1])
                writer.add(item.records)
                n = len(item.records) - 1
                report.passages += n
                landed[item.path] = FileOutcome(item.path, UPDATED if known else ADDED, passages=n)
                note(landed[item.path])
            writer.commit(rebuild)
            _refused(writer, landed, report, note)
    return report


def _chain(first, rest):
    if first is not None:
        yield first
    yield from rest
