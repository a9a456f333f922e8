"""Where an OpenSearch query's time goes, on an index that exists (one `bench/speed.py --keep`
left, or a user's).

    python bench/opensearch_profile.py URL/INDEX --queries-from WHOOSH_DIR [--queries 300] [--runs 3] [--cold]

The queries are those `bench/speed.py --scale-from WHOOSH_DIR` times (the same sample and seed,
plus the dev queries). Each run sends all of them through `KnowledgeBase.search` and prints p50,
p95 and, per request kind (`OpenSearchBackend.call`: counting terms, the search, reading the
hits' document records, …), the milliseconds a query spends in it; the rest is polkb's own work
in Python. `--cold` turns the index's request cache off and clears its caches before each run,
so repeated runs do not time cached answers. Run two versions of polkb alternately
(`PYTHONPATH=...`) for an A/B on the same index (bench/RESULTS.md, session 10).
"""
from __future__ import annotations

import argparse
import collections
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))


def queries_from(index_dir: Path, n: int, seed: int) -> list[str]:
    import speed
    from polkb.store import open_backend

    wb = open_backend(index_dir, "whoosh")
    bodies = [rec["body"] for g in wb.records() for rec in g[1:] if rec.get("body")]
    wb.close()
    return speed.sample_queries(bodies, n, seed) + speed.dev_queries()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("url", help="http://HOST:PORT/INDEX (an alias polkb made)")
    ap.add_argument("--queries-from", type=Path, required=True, metavar="WHOOSH_DIR")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--cold", action="store_true", help="request cache off, caches cleared before each run")
    args = ap.parse_args(argv)

    import polkb.store.opensearch.backend as OB
    from polkb.kb import KnowledgeBase

    queries = queries_from(args.queries_from, args.queries, args.seed)
    spent: dict[str, float] = collections.defaultdict(float)
    calls: collections.Counter = collections.Counter()
    call = OB.OpenSearchBackend.call

    def timed(self, doing, fn, *a, **k):
        t = time.perf_counter()
        try:
            return call(self, doing, fn, *a, **k)
        finally:
            spent[doing] += time.perf_counter() - t
            calls[doing] += 1

    OB.OpenSearchBackend.call = timed
    with tempfile.TemporaryDirectory() as work, \
            KnowledgeBase(Path(work) / "index", backend="opensearch", url=args.url) as kb:
        backend = kb.backend
        index = backend.concrete()
        if args.cold:
            backend.client.indices.put_settings(index=index, body={"index.requests.cache.enable": False})
        kb.search("onderwijs", limit=10)  # the connection and the per-state counts
        for run in range(1, args.runs + 1):
            if args.cold:
                backend.client.indices.clear_cache(index=index)
            spent.clear()
            calls.clear()
            times = []
            for q in queries:
                t = time.perf_counter()
                kb.search(q, limit=10)
                times.append(time.perf_counter() - t)
            times.sort()
            n = len(times)
            print(f"run {run}: {n} queries, p50 {1000 * statistics.median(times):.1f} ms, "
                  f"p95 {1000 * times[max(0, int(0.95 * n) - 1)]:.1f} ms")
            for doing, s in sorted(spent.items(), key=lambda kv: -kv[1]):
                print(f"    {doing}: {calls[doing]} requests, {1000 * s / n:.1f} ms a query")
            print(f"    polkb in Python: {1000 * (sum(times) - sum(spent.values())) / n:.1f} ms a query")
    return 0


if __name__ == "__main__":
    sys.exit(main())
