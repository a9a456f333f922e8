#!/usr/bin/env python3
"""Fresh readers against frequent commits: how many opens fail while an ingest commits again and
again (merging and deleting segments under the readers).

    python bench/open_race.py [--commits 150] [--opens 3000] [--corpus corpus]

A writer process re-ingests a small folder `--commits` times, changing one file each time; this
process meanwhile opens the index afresh (a new KnowledgeBase: search, the document list and a
document) as often as it can, until the writer is done and at least `--opens` opens were made.
Any exception out of an open is a failure. The target is 0 failures in 3,000 opens during 150
commits (issue "Bounded by design"); tests/test_lock.py runs the same race small.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from polkb.kb import KnowledgeBase

WRITER = """
import sys
from pathlib import Path
from polkb.kb import KnowledgeBase
docs, index, commits = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
for i in range(commits):
    (docs / f"extra_{i % 5}.txt").write_text(f"Notitie {i} over studiefinanciering.\\n" * (i + 1), encoding="utf-8")
    KnowledgeBase(index).ingest([docs], workers=1)
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--commits", type=int, default=150)
    ap.add_argument("--opens", type=int, default=3000)
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent.parent / "corpus")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="polkb-race-"))
    try:
        docs = work / "docs"
        docs.mkdir()
        for p in sorted(a.corpus.glob("*.txt"))[:4]:
            shutil.copy(p, docs / p.name)
        index = work / "index"
        KnowledgeBase(index).ingest([docs])
        started = time.perf_counter()
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(docs), str(index), str(a.commits)])
        opens, during, failures = 0, 0, Counter()
        while writer.poll() is None or opens < a.opens:
            busy = writer.poll() is None
            try:
                with KnowledgeBase(index) as kb:
                    kb.search("studenten", limit=5)
                    kb.show(kb.documents()[0]["id"])
            except Exception as e:  # noqa: BLE001 - every failure is what this bench counts
                failures[f"{type(e).__name__}: {str(e)[:90]}"] += 1
            opens += 1
            during += busy
        seconds = time.perf_counter() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{opens} fresh opens ({during} while the writer ran) during {a.commits} commits in {seconds:.0f} s; "
          f"writer exit {writer.returncode}; failures {sum(failures.values())}")
    for f, n in failures.most_common(10):
        print(f"  {n} x {f}")
    ok = writer.returncode == 0 and not failures and during >= a.opens
    print(f"target: 0 failures in {a.opens} opens made while {a.commits} commits ran: {'PASS' if ok else 'FAIL'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
