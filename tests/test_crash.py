"""Crash safety: an ingest killed with SIGKILL at any moment, or stopped with Ctrl-C, leaves the
last committed index whole, and a re-run completes it with no duplicates and no leftovers.

The harness itself lives in bench/kill_harness.py (run it standalone for the full 50 trials and
the figures); here a few seeded trials run by default and all 50 under `pytest -m slow`.
"""
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from .bench_scripts import bench_script

kh = bench_script("kill_harness")

DEFAULT_TRIALS = 6
FULL_TRIALS = 50


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """A generated corpus (v1 committed in a base index, the folder at v2) and the measured
    duration of an uninterrupted ingest of v2."""
    return kh.prepare(tmp_path_factory.mktemp("kill"), n_docs=120)


def _run(setup, seeds):
    results = [kh.run_trial(setup, s) for s in seeds]
    failed = [(t.seed, t.delay, t.problems) for t in results if not t.ok]
    assert not failed, failed
    assert all(t.state in ("v1", "v2") for t in results)
    return results


def test_sigkill_at_random_moments_leaves_a_whole_index(setup):
    results = _run(setup, range(1000, 1000 + DEFAULT_TRIALS))
    assert len(results) == DEFAULT_TRIALS


@pytest.mark.slow
def test_sigkill_full_harness(setup):
    results = _run(setup, range(1000, 1000 + FULL_TRIALS))
    # the delays are spread over the whole ingest, so both sides of the commit are hit
    assert {t.state for t in results} == {"v1", "v2"}


def test_clean_index_holds_no_leftovers(setup):
    """What the leftover check compares with: a committed index is locks, one TOC, segments."""
    assert kh.leftovers(setup.base_index) == []
    assert kh.check_index(setup.base_index) == setup.v1


def _fresh_copy(setup, tmp_path) -> Path:
    # beside the base index, so the stored paths (relative to the index's parent) are the same
    index = setup.root / tmp_path.name / "index"
    shutil.copytree(setup.base_index, index)
    return index


KILL_BEFORE_TOC_RENAME = textwrap.dedent("""
    import os, signal, sys
    from whoosh.filedb.filestore import FileStorage
    def rename_then_die(self, frm, to, safe=False):
        # the new table of contents is fully written under its temporary name: die before the rename
        if ".toc." in frm:
            os.kill(os.getpid(), signal.SIGKILL)
    FileStorage.rename_file = rename_then_die
    from polkb.cli import main
    sys.argv = ["polkb", "--index", sys.argv[1], "ingest", sys.argv[2]]
    main()
""")


def test_kill_between_toc_write_and_rename(setup, tmp_path):
    """The narrowest window of the commit: every segment and the new TOC are on disk, only the
    rename is missing. The old index must still be the one that opens, and the re-run must not
    leave the orphaned temporary TOC behind."""
    index = _fresh_copy(setup, tmp_path)
    proc = subprocess.run([sys.executable, "-c", KILL_BEFORE_TOC_RENAME, str(index), str(setup.docs)],
                          capture_output=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL
    assert any(".toc." in p.name for p in index.iterdir())  # the orphan is really there
    assert kh.check_index(index) == setup.v1
    rerun = kh.run_ingest(index, setup.docs)
    assert rerun.returncode == 0, rerun.stderr
    assert kh.check_index(index) == setup.v2
    assert kh.leftovers(index) == []


def test_ctrl_c_ends_cleanly_and_leaves_the_index_as_it_was(setup, tmp_path):
    index = _fresh_copy(setup, tmp_path)
    proc = subprocess.Popen(kh.INGEST + ["--index", str(index), "ingest", str(setup.docs)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            # a shell starts background jobs with Ctrl-C ignored; a user's terminal does not
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # the writer's temporary folder appears once the ingest loop is under way
    deadline = time.monotonic() + 60
    while not (index / "MAIN.tmp").exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)
    assert proc.poll() is None, "the ingest ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)  # 128 + SIGINT, as shells report Ctrl-C
    assert "Interrupted" in err and "Traceback" not in err, err
    assert err.strip().count("\n") == 0, err  # one line
    assert kh.check_index(index) == setup.v1  # unchanged and usable
    rerun = kh.run_ingest(index, setup.docs)
    assert rerun.returncode == 0, rerun.stderr
    assert kh.check_index(index) == setup.v2
    assert kh.leftovers(index) == []
