"""Every initiative record polkb finds in a set of documents, as JSON, with the time tagging took.

    python bench/initiatives_dump.py [DIR ...] [--out FILE] [--profile N] [--repeat R]

Each file of each folder (default: corpus/) is read as the pipeline reads it (read_file ->
build_document -> cut_passages) and `find_initiatives` is run on it; only that call is timed (CPU time of this process: the machine is shared, wall time wanders).
The JSON ({file: [record, ...]}) is for diffing two versions of the code: a speed-up must leave it
byte-identical. `--profile N` prints the N costliest functions (cProfile, cumulative time).
The timing printed per folder is the best of `--repeat` runs over all its documents (the folding
cache and the organisation vocabulary are warm after the first run; the first run is printed too).
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import logging
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def load(folder: Path):
    from polkb.read import read_file
    from polkb.structure import build_document, cut_passages

    out = []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
        try:
            doc = build_document(path.name, hashlib.sha256(path.read_bytes()).hexdigest(), read_file(path))
        except Exception as exc:  # an unreadable file is reported, not fatal
            print(f"  skipped {path.name}: {exc}", file=sys.stderr)
            continue
        out.append((path.name, doc, cut_passages(doc)))
    return out


def run(docs) -> tuple[dict, float]:
    from polkb.tag.initiatives import find_initiatives

    result, spent = {}, 0.0
    for name, doc, passages in docs:
        t = time.process_time()
        found = find_initiatives(doc, passages)
        spent += time.process_time() - t
        result[name] = [dataclasses.asdict(i) for i in found]
    return result, spent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", type=Path, nargs="*", default=[REPO / "corpus"])
    ap.add_argument("--out", type=Path, help="write the records here as JSON")
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    everything: dict[str, dict] = {}
    for folder in args.dirs:
        docs = load(folder)
        times = []
        for _ in range(max(1, args.repeat)):
            result, spent = run(docs)
            times.append(spent)
        n = sum(len(v) for v in result.values())
        print(f"{folder}: {len(docs)} documents, {n} initiative records; find_initiatives "
              f"{min(times):.2f} s (first run {times[0]:.2f} s)")
        everything[str(folder)] = result
        if args.profile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.enable()
            run(docs)
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(args.profile)
    if args.out:
        args.out.write_text(json.dumps(everything, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
