"""Web benchmark: concurrent clients against `polkb serve` (search and ask pages) for a while.

    python bench/web.py --index IDX [--clients 8] [--seconds 30] [--facets] [--api] [--workers N]
    python bench/web.py --size 10k          # builds (once) a 10k-passage corpus and index

An index of about 10,000 passages comes from the speed benchmark's generator:

    python bench/corpus.py --size 10k       # bench/out/corpus-10k-s42/ (416 files, ~10k passages)
    polkb --index bench/out/web-10k/index ingest bench/out/corpus-10k-s42

(`--size 10k` does both, once, and reuses bench/out/web-10k/index afterwards.)

The server runs as a user runs it: `polkb serve` (the click command) in its own process, one
uvicorn process. Each client is a thread with one keep-alive connection that sends, in turn, a
search page (`/?q=…`, the hits a user waits for) and an ask page (`/ask?q=…`), queries and
questions taken in order from bench/eval/dev_passages.jsonl and dev_questions.jsonl. With
`--facets` a client also fetches the facet counts after each search (`/facets?q=…`, as the page's
script does) and they are reported on their own line; `--api` uses /api/search and /api/ask
instead of the pages. A warm-up (--warmup seconds, same load) goes first and is not counted; a request that starts
within the window counts when it ends, even after the window.

Prints requests, throughput, p50/p95/p99/max latency and errors per kind, and the targets:
p95 ≤ 150 ms for search, ≤ 1 s for ask, no errors.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
EVAL = BENCH / "eval"
TARGETS = {"search": 0.150, "ask": 1.0}
FALLBACK_QUERIES = ["welzijn van studenten", "migratieachtergrond", "bindend studieadvies", "collegegeld",
                    "internationale studenten", "financiering hoger onderwijs"]
FALLBACK_QUESTIONS = ["Welke organisaties zijn betrokken bij #IBelong?",
                      "Welke maatregelen neemt de minister voor internationale studenten?"]


def _read_q(path: Path, fallback: list[str]) -> list[str]:
    if not path.is_file():
        return fallback
    return [json.loads(line)["q"] for line in path.read_text("utf-8").splitlines() if line.strip()] or fallback


def build_index(size: str) -> Path:
    """The generated corpus of `size` passages and its index under bench/out/web-<size>/ (once)."""
    sys.path.insert(0, str(BENCH))
    import corpus as gen

    n = gen.parse_size(size)
    index = gen.OUT / f"web-{gen.size_label(n)}" / "index"
    from polkb.store.whoosh.index import exists

    if not exists(index):
        folder, _ = gen.generate(n, 42, gen.OUT, log=lambda msg: print(msg, file=sys.stderr))
        print(f"ingesting {folder} into {index} …", file=sys.stderr)
        subprocess.run([sys.executable, "-c", "from polkb.cli import main; main()", "--index", str(index),
                        "ingest", str(folder)], check=True)
    return index


def start_server(index: Path, port: int, workers: int | None) -> subprocess.Popen:
    code = "import sys; from polkb.web import serve; serve(sys.argv[1:])"
    extra = ["--workers", str(workers)] if workers else []
    proc = subprocess.Popen([sys.executable, "-c", code, "--index", str(index), "--port", str(port), *extra],
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server did not start: {proc.stderr.read()}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/api/stats")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not answer within 60 s")


class Client(threading.Thread):
    def __init__(self, n: int, port: int, plan: list[tuple[str, str]], stop: threading.Event,
                 counting: threading.Event, results: dict):
        super().__init__(daemon=True)
        self.n, self.port, self.plan, self.stop, self.counting, self.results = n, port, plan, stop, counting, results

    def _get(self, conn, path: str) -> tuple[http.client.HTTPConnection, bool]:
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            return conn, response.status == 200
        except (OSError, http.client.HTTPException):
            conn.close()
            return http.client.HTTPConnection("127.0.0.1", self.port, timeout=30), False

    def run(self):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        i = self.n  # clients start at different places in the plan
        while not self.stop.is_set():
            kind, path = self.plan[i % len(self.plan)]
            i += 1
            counted = self.counting.is_set()  # a request started in the window counts, however long it takes
            start = time.perf_counter()
            conn, ok = self._get(conn, path)
            took = time.perf_counter() - start
            if counted:
                times, errors = self.results.setdefault(kind, ([], [0]))
                times.append(took)
                errors[0] += not ok


def plan(queries: list[str], questions: list[str], facets: bool, api: bool) -> list[tuple[str, str]]:
    steps = []
    for i in range(max(len(queries), len(questions))):
        q = queries[i % len(queries)]
        steps.append(("search", ("/api/search?" if api else "/?") + urlencode({"q": q})))
        if facets:
            steps.append(("facets", "/facets?" + urlencode({"q": q})))
        steps.append(("ask", ("/api/ask?" if api else "/ask?") + urlencode({"q": questions[i % len(questions)]})))
    return steps


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--index", type=Path, help="an existing polkb index")
    where.add_argument("--size", help="build (once) a generated corpus of this many passages, e.g. 10k")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--warmup", type=float, default=5.0)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--facets", action="store_true", help="also fetch the facet counts after each search")
    ap.add_argument("--api", action="store_true", help="the JSON API instead of the pages")
    ap.add_argument("--workers", type=int, help="server processes (default: serve's, one per core)")
    args = ap.parse_args(argv)
    index = args.index or build_index(args.size)
    queries = _read_q(EVAL / "dev_passages.jsonl", FALLBACK_QUERIES)
    questions = _read_q(EVAL / "dev_questions.jsonl", FALLBACK_QUESTIONS)
    steps = plan(queries, questions, args.facets, args.api)
    server = start_server(index, args.port, args.workers)
    try:
        stats = server_stats(args.port)
        print(f"index {index}: {stats['documents']} documents, {stats['passages']} passages; "
              f"{args.clients} clients, {args.seconds:.0f} s (+{args.warmup:.0f} s warm-up), "
              f"{args.workers or 'default'} server processes, {os.cpu_count()} cores", flush=True)
        stop, counting, results = threading.Event(), threading.Event(), {}
        clients = [Client(n * 3, args.port, steps, stop, counting, results) for n in range(args.clients)]
        for c in clients:
            c.start()
        time.sleep(args.warmup)
        counting.set()
        started = time.perf_counter()
        time.sleep(args.seconds)
        counting.clear()
        elapsed = time.perf_counter() - started
        stop.set()
        for c in clients:
            c.join(60)
    finally:
        server.terminate()
        server.wait(30)
    return report(results, elapsed, [kind for kind, _ in steps])


def server_stats(port: int) -> dict:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/api/stats")
    return json.loads(conn.getresponse().read())


def report(results: dict, elapsed: float, kinds: list[str]) -> int:
    """One row per kind of request in the plan; a kind none of whose requests started in the
    window (a machine so busy that every client was still waiting on its warm-up request) shows
    0 requests and fails its target, instead of leaving its row out."""
    ok = True
    print(f"{'kind':<8}{'requests':>10}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'errors':>8}")
    for kind in ("search", "facets", "ask"):
        if kind not in kinds:
            continue
        if kind not in results:
            print(f"{kind:<8}{0:>10}{0:>8.1f}{'-':>9}{'-':>9}{'-':>9}{'-':>9}{0:>8}")
            continue
        times, errors = results[kind]
        print(f"{kind:<8}{len(times):>10}{len(times) / elapsed:>8.1f}{statistics.median(times) * 1e3:>9.0f}"
              f"{percentile(times, .95) * 1e3:>9.0f}{percentile(times, .99) * 1e3:>9.0f}{max(times) * 1e3:>9.0f}"
              f"{errors[0]:>8}")
        ok &= errors[0] == 0
    for kind, limit in TARGETS.items():
        if kind in kinds and kind not in results:
            print(f"target {kind}: no request started in the {elapsed:.1f} s window: FAIL")
            ok = False
        elif kind in results:
            p95 = percentile(results[kind][0], .95)
            verdict = "PASS" if p95 <= limit and results[kind][1][0] == 0 else "FAIL"
            ok &= verdict == "PASS"
            print(f"target {kind}: p95 {p95 * 1e3:.0f} ms <= {limit * 1e3:.0f} ms, no errors: {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
