"""Kill harness: SIGKILL an ingest at random moments and check the index every time.

Each trial starts from a committed index of version 1 of a generated corpus (a few hundred small
documents cut from the shipped corpus), runs `polkb ingest` on version 2 of that folder (a third of
the files changed, some deleted, some new) in a subprocess, and kills it with SIGKILL after a
seeded random delay spread over the measured duration of an uninterrupted run (a little beyond,
so some kills land during or after the commit). After each kill it checks that

- the index opens and `stats()` works;
- the documents are exactly version 1 or exactly version 2 (path and sha256 of every document):
  whole documents of the last commit, never a mixture;
- every document record has all its passages, every passage has its document record, no passage
  id occurs twice;
- a re-run of the same ingest, started at once with `--wait 0` (nothing may still hold the
  index), completes (exit 0) to exactly version 2, with the same checks, and the index folder
  holds only what a clean index holds (no stale temp files or folders);
- no process of the killed ingest (its reading workers) outlives it.

The calibrating run (an uninterrupted ingest of version 2) also records when its commit begins;
odd seeds kill inside the commit, even seeds anywhere in the run.

Run standalone for the full figures:

    python bench/kill_harness.py --trials 50 [--seed 1] [--docs 300]

`tests/test_crash.py` imports this file and runs a few trials (all 50 under `-m slow`).
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
INGEST = [sys.executable, "-c", "from polkb.cli import main; main()"]


# -- the generated corpus -------------------------------------------------------------------------
def _paragraphs(corpus: Path) -> list[str]:
    paras = []
    for p in sorted(corpus.iterdir()):
        if p.suffix not in (".txt", ".md"):
            continue
        text = p.read_text(encoding="utf-8", errors="replace")
        for para in re.split(r"\n\s*\n", text):
            para = " ".join(para.split())
            if len(para) >= 80 and not para.startswith(("#", "|", "---")):
                paras.append(para)
    return paras


def make_corpus(folder: Path, n_docs: int = 300, corpus: Path = CORPUS, seed: int = 0) -> Path:
    """Write `n_docs` small .txt documents (a title and 3-6 paragraphs, ~1-3 KB) into `folder`."""
    rng = random.Random(seed)
    paras = _paragraphs(corpus)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_docs):
        start = rng.randrange(len(paras))
        body = paras[start:start + rng.randint(3, 6)] or paras[:3]
        text = f"Beleidsnotitie {i:04d}\n\n" + "\n\n".join(p[:700] for p in body) + "\n"
        (folder / f"doc_{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def make_version_2(folder: Path, seed: int = 0) -> None:
    """Change a third of the files, delete a tenth, add a tenth: an ingest of updates, removals and
    additions, so a partial commit would show as a mixture of versions."""
    rng = random.Random(seed + 1)
    files = sorted(folder.glob("doc_*.txt"))
    n = len(files)
    for p in files[: n // 3]:
        p.write_text(p.read_text(encoding="utf-8") + "\nVersie twee: herziene alinea over studentenwelzijn.\n",
                     encoding="utf-8")
    for p in files[n // 3: n // 3 + n // 10]:
        p.unlink()
    paras = _paragraphs(CORPUS)
    for i in range(n, n + n // 10):
        body = paras[rng.randrange(len(paras) - 6):][:4]
        (folder / f"doc_{i:04d}.txt").write_text(f"Nieuwe notitie {i:04d}\n\n" + "\n\n".join(body) + "\n",
                                                 encoding="utf-8")


# -- checking an index -------------------------------------------------------------------------------
CLEAN_FILE = re.compile(r"^(?:MAIN_WRITELOCK|polkb\.lock|polkb\.sums|_MAIN_\d+\.toc)$")
SEGMENT_FILE = re.compile(r"^(MAIN_[0-9a-z]+)\.[\w.]+$")  # a compound .seg, or a segment's parts


def leftovers(index_dir: Path) -> list[str]:
    """Names in the index folder that a clean, committed index does not hold: a committed Whoosh
    index is its lock files, one table of contents and the files of the segments it names."""
    from whoosh import index

    live = set()
    if index.exists_in(str(index_dir), indexname="MAIN"):
        live = {seg.segment_id() for seg in index.open_dir(str(index_dir), indexname="MAIN")._segments()}

    def clean(p: Path) -> bool:
        m = SEGMENT_FILE.match(p.name)
        return bool(CLEAN_FILE.match(p.name)) or (m is not None and m.group(1) in live)

    return sorted(p.name + ("/" if p.is_dir() else "") for p in Path(index_dir).iterdir()
                  if p.is_dir() or not clean(p))


def check_index(index_dir: Path) -> dict:
    """Open the index through the API and check it is whole; returns {path: sha256} of its documents.

    Raises AssertionError naming the first inconsistency.
    """
    from polkb.kb import KnowledgeBase

    with KnowledgeBase(index_dir) as kb:
        stats = kb.stats()
        docs = kb.documents()
        assert stats["documents"] == len(docs)
        doc_ids = [d["id"] for d in docs]
        assert len(doc_ids) == len(set(doc_ids)), "duplicate document records"
        paths = [d["path"] for d in docs]
        assert len(paths) == len(set(paths)), "two document records for one path"
        for d in docs:
            got = kb.passages(d["id"])
            assert len(got) == d["passages"], f"{d['path']}: {len(got)} passages, record says {d['passages']}"
        passages = list(kb.all_passages())
        ids = [p["id"] for p in passages]
        assert len(ids) == len(set(ids)), "duplicate passage ids"
        assert len(ids) == sum(d["passages"] for d in docs), "passage records != sum of doc['passages']"
        assert {p["doc_id"] for p in passages} <= set(doc_ids), "passage without a document record"
        if docs:  # searches work and return passages of documents in the index
            hits = kb.search("studenten onderwijs", limit=20).hits
            assert hits and all(h.doc_id in set(doc_ids) for h in hits)
        return {d["path"]: d["sha256"] for d in docs}


# -- one trial ----------------------------------------------------------------------------------------
@dataclass
class Setup:
    root: Path
    docs: Path
    base_index: Path
    v1: dict
    v2: dict
    duration: float  # seconds of an uninterrupted ingest of version 2 over version 1
    commit_start: float = 0.0  # seconds into that ingest when its commit began writing the segment


@dataclass
class Trial:
    seed: int
    delay: float
    state: str = ""       # "v1" (killed before the commit), "v2" (after it), or the failure
    killed: bool = True   # False when the ingest ended before the kill
    ok: bool = False
    rerun_seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def run_ingest(index_dir: Path, docs: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(INGEST + ["--index", str(index_dir), "ingest", "--wait", "30", str(docs)],
                          capture_output=True, text=True, timeout=timeout)


def prepare(root: Path, n_docs: int = 300, seed: int = 0) -> Setup:
    """Generate the corpus, commit version 1 into a base index, switch the folder to version 2 and
    time one uninterrupted ingest of it."""
    docs = make_corpus(root / "docs", n_docs, seed=seed)
    base = root / "base" / "index"
    base.parent.mkdir(parents=True)
    proc = run_ingest(base, docs)
    assert proc.returncode == 0, proc.stderr
    v1 = check_index(base)
    make_version_2(docs, seed)
    timed = root / "timed" / "index"
    shutil.copytree(base, timed)
    duration, commit_start = _timed_ingest(timed, docs)
    v2 = check_index(timed)
    assert v1 != v2
    return Setup(root, docs, base, v1, v2, duration, commit_start)


def _timed_ingest(index: Path, docs: Path) -> tuple[float, float]:
    """Run one ingest, watching its index folder: (its duration, the moment its commit began),
    the commit being when the new segment's term index (`.trm`, created empty with the writer and
    written when the commit flushes the postings) first has bytes."""
    before = set(os.listdir(index))
    t0 = time.monotonic()
    proc = subprocess.Popen(INGEST + ["--index", str(index), "ingest", "--wait", "30", str(docs)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    commit_start = None
    while proc.poll() is None:
        if commit_start is None and any(n.endswith(".trm") and n not in before and _size(index / n)
                                        for n in os.listdir(index)):
            commit_start = time.monotonic() - t0
        time.sleep(0.002)
    duration = time.monotonic() - t0
    assert proc.returncode == 0, proc.stderr.read()
    return duration, commit_start if commit_start is not None else 0.8 * duration


def _children(pid: int) -> list[int]:
    """Child processes of `pid` (its parsing workers), from /proc."""
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        kids.append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    return kids


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def kill_delay(setup: Setup, seed: int) -> float:
    """A seeded moment to kill: odd seeds inside the commit as the calibrating run measured it,
    even seeds anywhere in [0, 1.1 x the ingest's duration]."""
    rng = random.Random(seed)
    if seed % 2:
        return round(rng.uniform(setup.commit_start, setup.duration), 3)
    return round(rng.uniform(0.0, 1.1) * setup.duration, 3)


def run_trial(setup: Setup, seed: int) -> Trial:
    """Kill one ingest at a seeded random moment, check, re-run at once, check again."""
    trial = Trial(seed, kill_delay(setup, seed))
    index = setup.root / f"trial_{seed:03d}" / "index"
    shutil.copytree(setup.base_index, index)
    proc = subprocess.Popen(INGEST + ["--index", str(index), "ingest", str(setup.docs)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(trial.delay)
    workers = _children(proc.pid)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    else:
        trial.killed = False
    proc.wait()
    try:
        state = check_index(index)
        trial.state = "v1" if state == setup.v1 else "v2" if state == setup.v2 else "mixed"
        if trial.state == "mixed":
            trial.problems.append("after the kill the index is neither the old nor the new version")
        # at once, without waiting for the killed ingest's workers: they hold no lock, and
        # --wait 0 would fail if anything did
        t0 = time.monotonic()
        rerun = subprocess.run(INGEST + ["--index", str(index), "ingest", "--wait", "0", str(setup.docs)],
                               capture_output=True, text=True, timeout=300)
        trial.rerun_seconds = time.monotonic() - t0
        if rerun.returncode != 0:
            trial.problems.append(f"re-run exit {rerun.returncode}: {rerun.stderr.strip()[-300:]}")
        stray = [w for w in workers if _alive(w)]  # they die with the ingest (PR_SET_PDEATHSIG)
        if stray:
            trial.problems.append(f"worker processes {stray} outlived the killed ingest")
            for w in stray:
                os.kill(w, signal.SIGKILL)
        if check_index(index) != setup.v2:
            trial.problems.append("re-run did not bring the index to version 2")
        left = leftovers(index)
        if left:
            trial.problems.append(f"leftover files after the re-run: {left}")
    except Exception as e:  # an index that does not open or a failed check
        trial.problems.append(f"{type(e).__name__}: {e}")
    trial.ok = not trial.problems
    shutil.rmtree(index.parent, ignore_errors=True)
    return trial


def run(trials: int, seed: int = 1, n_docs: int = 300, root: Path | None = None, log=print) -> tuple[Setup, list[Trial]]:
    own = root is None
    root = Path(tempfile.mkdtemp(prefix="polkb-kill-")) if own else Path(root)
    try:
        setup = prepare(root, n_docs)
        log(f"corpus: {n_docs} documents, v1 {len(setup.v1)} / v2 {len(setup.v2)} in the index; "
            f"uninterrupted ingest of v2 over v1: {setup.duration:.2f} s, its commit from "
            f"{setup.commit_start:.2f} s")
        results = []
        for i in range(trials):
            t = run_trial(setup, seed * 1000 + i)
            results.append(t)
            log(f"trial {i + 1:3d} seed {t.seed:6d} kill at {t.delay:6.2f} s -> "
                f"{t.state or '?':5s} {'ok' if t.ok else 'FAIL ' + '; '.join(t.problems)}"
                + ("" if t.killed else " (ingest had already finished)"))
        return setup, results
    finally:
        if own:
            shutil.rmtree(root, ignore_errors=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--trials", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--docs", type=int, default=300)
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    setup, results = run(args.trials, args.seed, args.docs)
    ok = sum(t.ok for t in results)
    states = {s: sum(t.state == s for t in results) for s in ("v1", "v2")}
    print(f"\ntrials survived: {ok}/{len(results)}  (killed before the commit -> old index: {states['v1']}, "
          f"after -> new index: {states['v2']}, ingest already done at the kill: "
          f"{sum(not t.killed for t in results)})")
    print(f"seeds: {args.seed * 1000}..{args.seed * 1000 + args.trials - 1}; kill delays "
          f"{min(t.delay for t in results):.2f}-{max(t.delay for t in results):.2f} s of a "
          f"{setup.duration:.2f} s ingest; re-run after a kill: max {max(t.rerun_seconds for t in results):.2f} s; "
          f"total {time.monotonic() - t0:.0f} s")
    return 0 if ok == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
