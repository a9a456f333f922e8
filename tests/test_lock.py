"""One ingest at a time, whatever happens to lock files; workers hold no lock; polkb starts
without fcntl and ingests with spawned workers (what Windows and macOS use)."""
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from polkb.store.whoosh import index as ix
from polkb.kb import KnowledgeBase

from .test_ingest import small_corpus

POLKB = [sys.executable, "-c", "from polkb.cli import main; main()"]


def polkb(*args, index, timeout=300):
    return subprocess.run(POLKB + ["--index", str(index)] + [str(a) for a in args],
                          capture_output=True, text=True, timeout=timeout)


def _generated(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"notitie_{i:04d}.txt").write_text(
            f"Notitie {i}\n\n" + "Een alinea over studiefinanciering en huisvesting van studenten. " * 40,
            encoding="utf-8")
    return folder


def _start_slow_ingest(tmp_path, index) -> subprocess.Popen:
    """An ingest of 300 files, returned once its writer is open (MAIN.tmp exists)."""
    docs = _generated(tmp_path / "veel", 300)
    proc = subprocess.Popen(POLKB + ["--index", str(index), "ingest", str(docs)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (index / "MAIN.tmp").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, proc.communicate()
    return proc


def test_deleting_every_lock_file_does_not_let_a_second_ingest_in(tmp_path, corpus):
    index = tmp_path / "index"
    first = _start_slow_ingest(tmp_path, index)
    for name in ("polkb.lock", "MAIN_WRITELOCK"):
        if (index / name).exists():
            (index / name).unlink()
    second = polkb("ingest", "--wait", "0.5", small_corpus(tmp_path, corpus), index=index)
    out, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    assert second.returncode == 1 and second.stderr.startswith("Error: index busy: another ingest is writing to")
    assert second.stderr.strip().count("\n") == 0 and "Traceback" not in second.stderr
    with KnowledgeBase(index) as kb:
        assert kb.stats()["documents"] == 300


def test_workers_hold_nothing_of_the_index(tmp_path):
    """No descriptor of a reading worker points into the index folder (its lock, Whoosh's write
    lock, the writer's files): a worker outliving a killed ingest could hold none of them."""
    index = tmp_path / "index"
    first = _start_slow_ingest(tmp_path, index)
    try:
        real = os.path.realpath(index)
        deadline = time.monotonic() + 30
        kids = []
        while not kids and time.monotonic() < deadline:
            kids = [int(p) for p in os.listdir("/proc") if p.isdigit() and _parent(int(p)) == first.pid]
        assert kids, "no workers seen"
        time.sleep(0.5)  # the workers are past their start-up
        for pid in kids:
            held = []
            for fd in os.listdir(f"/proc/{pid}/fd"):
                try:
                    target = os.readlink(f"/proc/{pid}/fd/{fd}")
                except OSError:
                    continue
                if target == real or target.startswith(real + os.sep):
                    held.append(target)
            assert not held, (pid, held)
    finally:
        first.kill()
        first.communicate()


def _parent(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return -1


def test_a_killed_ingest_frees_the_index_at_once(tmp_path, corpus):
    index = tmp_path / "index"
    first = _start_slow_ingest(tmp_path, index)
    first.kill()
    first.communicate()
    t0 = time.monotonic()
    again = polkb("ingest", "--wait", "0", small_corpus(tmp_path, corpus), index=index)
    assert again.returncode == 0, again.stderr
    assert time.monotonic() - t0 < 30


def test_a_foreign_holder_of_whoosh_lock_gets_a_sentence(tmp_path, corpus):
    """Whoosh's own write lock held outside polkb's protocol: not 'LockError: ', but a line that
    names the file and says what to do, after --wait."""
    from whoosh.filedb.filestore import FileStorage

    folder = small_corpus(tmp_path, corpus)
    index = tmp_path / "index"
    assert polkb("ingest", folder / "000_1f330cebb3caba7e.txt", index=index).returncode == 0
    lock = FileStorage(str(index)).lock("MAIN_WRITELOCK")
    assert lock.acquire()
    try:
        t0 = time.monotonic()
        result = polkb("ingest", "--wait", "1", folder, index=index)
    finally:
        lock.release()
    assert result.returncode == 1 and time.monotonic() - t0 >= 1
    line = result.stderr.strip()
    assert "\n" not in line and line.startswith("Error: index busy: another process holds "), line
    assert str(index / "MAIN_WRITELOCK") in line and "wait for it to end" in line


def test_lock_waits_then_names_the_folder(tmp_path):
    index = tmp_path / "index"
    with ix.ingest_lock(index, timeout=0):
        t0 = time.monotonic()
        with pytest.raises(ix.IndexBusy, match=r"another ingest is writing to .*--wait SECONDS"):
            with ix.ingest_lock(index, timeout=0.3):
                pass
        assert time.monotonic() - t0 >= 0.3
    with ix.ingest_lock(index, timeout=0):  # released with its holder
        pass


def test_start_up_needs_no_fcntl(tmp_path):
    """Windows has no fcntl: importing polkb and running a command must not need it."""
    code = ("import sys; sys.modules['fcntl'] = None\n"
            "import polkb.cli, polkb.kb, polkb.ingest, polkb.store.whoosh.index\n"
            "from click.testing import CliRunner\n"
            "r = CliRunner().invoke(polkb.cli.cli, ['--help'])\n"
            "assert r.exit_code == 0, r.output\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_ingest_with_spawned_workers(tmp_path, corpus):
    """The start method of Windows and macOS: workers import polkb afresh and get their fields and
    limits pickled. Same documents and passages as with fork."""
    folder = small_corpus(tmp_path, corpus)
    counts = {}
    for method in ("spawn", "fork"):
        with KnowledgeBase(tmp_path / f"index-{method}") as kb:
            report = kb.ingest([folder], workers=2, start_method=method)
            assert report.ok and report.counts["added"] == 4, report.failures
            counts[method] = kb.stats()["passages"]
            assert kb.search("studentenwelzijn").hits
    assert counts["spawn"] == counts["fork"]


RACE_WRITER = """
import sys
from pathlib import Path
from polkb.kb import KnowledgeBase
docs, index, commits = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
for i in range(commits):
    (docs / f"extra_{i % 5}.txt").write_text(f"Notitie {i} over studiefinanciering.\\n" * (i + 1), encoding="utf-8")
    KnowledgeBase(index).ingest([docs], workers=1)
"""


def test_fresh_readers_during_commits_never_fail(tmp_path, corpus):
    """Fresh opens (search, documents, show) while another process commits again and again,
    merging and deleting segments: each reader opens every column file of its segments up front
    (an open file outlives its deletion) and re-reads a table of contents replaced under it."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in sorted(corpus.glob("*.txt"))[:4]:
        (docs / p.name).write_bytes(p.read_bytes())
    index = tmp_path / "index"
    KnowledgeBase(index).ingest([docs])
    writer = subprocess.Popen([sys.executable, "-c", RACE_WRITER, str(docs), str(index), "20"])
    opens, errors = 0, []
    while writer.poll() is None:
        try:
            with KnowledgeBase(index) as kb:
                kb.search("studenten", limit=5)
                kb.show(kb.documents()[0]["id"])
            opens += 1
        except Exception as e:  # noqa: BLE001 - any failure is what this test counts
            errors.append(f"{type(e).__name__}: {e}")
    assert writer.returncode == 0
    assert opens > 20 and not errors, (opens, errors[:3])
