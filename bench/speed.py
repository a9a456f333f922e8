"""Speed benchmark: polkb against raw Whoosh (same analyzer, same passages) at growing sizes.

    python bench/speed.py --sizes 1k,10k,100k [--seed 42] [--quick]

For each size (target passage count) the same run measures:

* ingest: `polkb --index DIR ingest FOLDER` as a subprocess (what a user runs: read, structure,
  tag, index, commit; its worker processes included), against raw Whoosh indexing the passages
  polkb produced (read back from the polkb index; not timed) into a schema of an id and one
  stored TEXT body with `polkb.analysis.dutch_analyzer()`, one writer, limitmb=256, also in a
  subprocess. Wall time, passages/s, MB/s of extracted text (UTF-8 bytes of the passage bodies),
  peak memory of the process tree (sum of RSS and of PSS over the process and its children,
  polled from /proc every 50 ms; PSS counts the pages forked workers share with their parent
  once) and the largest single process' max RSS (wait4), and the index size on disk;
* query latency in process, searcher reused, over 500 sampled 1-4 word queries plus the dev
  queries: polkb `KnowledgeBase.search(q, limit=10)` against Whoosh's QueryParser (OrGroup) on the
  body field, limit 10, reading the stored body of the hits. The two run interleaved, query by
  query, so machine noise hits both alike;
* `polkb search` and `polkb ask` as cold processes (median of 5, after one untimed run that warms
  the OS file cache and Python's bytecode cache, as on a user's machine: PYTHONDONTWRITEBYTECODE
  is dropped from their environment); "n/a" when the command does not exist;
* re-ingest of the unchanged corpus (time and ratio to the first ingest);
* index size / extracted text size, and the ratios polkb/raw.
If the `tantivy` package is importable it is a further reference (indexing and query latency with
its default tokenizer); otherwise that column is skipped.

`--backend opensearch [--url http://HOST:9200]` measures the OpenSearch backend beside the Whoosh
backend (on the test node of tests/opensearch_node when no --url: `--heap 4g`, `--jvm server`
for OpenSearch's own JVM options, the default, or `test` for the tests' quick-start ones). Per
size in --sizes: `polkb ingest` of the generated corpus into Whoosh (wall time); the records of
that index (`SearchBackend.records`, what ingest hands any backend) analysed as each backend's
reading workers would (not timed) and added through each backend's writer into a new index,
timed alone (indexing; reading + tagging = ingest minus indexing); the same sampled and dev
queries on both indexes, interleaved query by query (p50/p95/p99, per query shape, slowest).
`--opensearch-ingest` also times `polkb --url URL ingest` of the same corpus, last (it takes
half an hour at 100k on two busy cores). Larger OpenSearch indexes are not ingested file by file
(a real 1M ingest takes hours here) but built from those records:

* `--scale-to 1m`: sent 10 times (copy 0 as ingested; copies 1-9 every document under a new id
  and path, each Dutch passage's text drawn anew by bench/corpus.py from the corpus sentences,
  so that term statistics grow like a larger archive's, not like 10 copies of one index;
  headings, context and tags kept) through the bulk writer into one rebuilding index, committed
  once; preparing (polkb's analysis, 2 processes) and indexing timed apart; `--force-merge`
  times the queries again after merging the index to one segment;
* `--scale-from DIR --scale-to 1m --checkpoint-every N`: the same copies from the Whoosh index
  DIR of an earlier run, each copy one incremental ingest (bulk requests and a commit), the
  queries timed every N copies and printed at once, so that a run cut short reports every size
  it reached.

Those modes print their tables and write no RESULTS.md. Neither does `--shipped [--baseline-src
DIR]`: cold `polkb ask` and `polkb search` on the shipped corpus only, beside another checkout's.

Prints a table, the targets with PASS/FAIL, and writes bench/RESULTS.md (with the machine's cores
and memory). Corpora come from bench/corpus.py and are cached under bench/out/; indexes are built
under bench/out/run/ and removed afterwards unless --keep.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
if str(REPO / "src") not in sys.path:  # run from a checkout without installing too
    sys.path.append(str(REPO / "src"))
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import corpus as gen  # noqa: E402  (bench/corpus.py)

DEV_QUERIES = REPO.parent / "shared" / "eval" / "dev_passages.jsonl"
DEV_QUESTIONS = REPO.parent / "shared" / "eval" / "dev_questions.jsonl"
RESULTS = BENCH / "RESULTS.md"
# the installed console script (what a user runs), else the same entry point through this Python
_SCRIPT = Path(sys.executable).parent / "polkb"
POLKB = [str(_SCRIPT)] if _SCRIPT.is_file() else [
    sys.executable, "-c", "import sys; from polkb.cli import main; sys.argv[0] = 'polkb'; main()"]
PAGE = os.sysconf("SC_PAGE_SIZE")
MB = 1e6

# (key, label, format) in table order
ROWS = [
    ("files", "corpus files", "{:,.0f}"),
    ("passages", "passages (polkb ingest)", "{:,.0f}"),
    ("text_mb", "extracted text MB", "{:.1f}"),
    ("polkb_ingest_s", "polkb ingest s", "{:.1f}"),
    ("raw_ingest_s", "raw Whoosh index s", "{:.1f}"),
    ("polkb_pps", "polkb passages/s", "{:,.0f}"),
    ("raw_pps", "raw passages/s", "{:,.0f}"),
    ("polkb_mbps", "polkb MB/s", "{:.3f}"),
    ("raw_mbps", "raw MB/s", "{:.3f}"),
    ("ingest_ratio", "ingest throughput polkb/raw", "{:.2f}"),
    ("polkb_rss_mb", "polkb peak RSS tree MB (sum RSS)", "{:,.0f}"),
    ("polkb_pss_mb", "polkb peak PSS tree MB", "{:,.0f}"),
    ("polkb_maxrss_mb", "polkb largest process max RSS MB", "{:,.0f}"),
    ("raw_rss_mb", "raw peak RSS MB", "{:,.0f}"),
    ("polkb_index_mb", "polkb index MB", "{:.1f}"),
    ("raw_index_mb", "raw index MB", "{:.1f}"),
    ("index_text_ratio", "polkb index / text", "{:.2f}"),
    ("raw_index_text_ratio", "raw index / text", "{:.2f}"),
    ("queries", "queries timed", "{:,.0f}"),
    ("polkb_p50_ms", "polkb query p50 ms", "{:.1f}"),
    ("polkb_p95_ms", "polkb query p95 ms", "{:.1f}"),
    ("raw_p50_ms", "raw query p50 ms", "{:.1f}"),
    ("raw_p95_ms", "raw query p95 ms", "{:.1f}"),
    ("p50_ratio", "query p50 polkb/raw", "{:.2f}"),
    ("p95_ratio", "query p95 polkb/raw", "{:.2f}"),
    ("cold_search_s", "cold `polkb search` s (median)", "{:.2f}"),
    ("cold_ask_s", "cold `polkb ask` s (median)", "{:.2f}"),
    ("reingest_s", "re-ingest unchanged s", "{:.1f}"),
    ("reingest_ratio", "re-ingest / first ingest", "{:.3f}"),
    ("bench_s", "benchmark wall s (this size)", "{:,.0f}"),
    ("tantivy_ingest_s", "tantivy index s", "{:.1f}"),
    ("tantivy_p50_ms", "tantivy query p50 ms", "{:.2f}"),
    ("tantivy_p95_ms", "tantivy query p95 ms", "{:.2f}"),
]

# (label, key, comparison, limit, scope note)
TARGETS = [
    ("ingest throughput >= 0.5x raw Whoosh", "ingest_ratio", ">=", 0.5, ""),
    ("query p50 <= 1.5x raw Whoosh", "p50_ratio", "<=", 1.5, ""),
    ("query p95 <= 200 ms", "polkb_p95_ms", "<=", 200.0, "at 100k"),
    ("cold `polkb search` <= 0.4 s", "cold_search_s", "<=", 0.4, "at 100k"),
    ("cold `polkb ask` <= 1 s", "cold_ask_s", "<=", 1.0, "at 100k"),
    ("peak RSS ingesting <= 1.5 GB (PSS sum of tree)", "polkb_pss_mb", "<=", 1500.0, "at 100k"),
    ("index <= 1.5x extracted text", "index_text_ratio", "<=", 1.5, ""),
    ("re-ingest unchanged <= 10% of first ingest", "reingest_ratio", "<=", 0.10, "at 100k"),
]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- processes and memory ------------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += _children(p)
    return out


def _rss_pss(pid: int) -> tuple[int, int]:
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/statm") as f:
            rss = int(f.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0, 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
                    break
    except OSError:
        pss = rss
    return rss, pss


def run_measured(cmd: list[str], cwd: Path | None = None, interval: float = 0.05) -> dict:
    """Run a command; wall time, exit code, output, and peak memory of its process tree."""
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    peak = {"rss": 0, "pss": 0}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd)
    done = threading.Event()

    def poll():
        while not done.is_set():
            rss = pss = 0
            for p in _tree(proc.pid):
                r, s = _rss_pss(p)
                rss += r
                pss += s
            peak["rss"] = max(peak["rss"], rss)
            peak["pss"] = max(peak["pss"], pss)
            done.wait(interval)

    th = threading.Thread(target=poll, daemon=True)
    th.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    done.set()
    th.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    err.seek(0)
    return dict(wall=wall, rc=proc.returncode, stdout=out.read().decode("utf-8", "replace"),
                stderr=err.read().decode("utf-8", "replace"), rss=peak["rss"], pss=peak["pss"],
                maxrss=usage.ru_maxrss * 1024)


# Commands run as on a user's machine, where Python caches compiled modules: a
# PYTHONDONTWRITEBYTECODE=1 in this environment would make every cold run compile polkb anew.
USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_wall(cmd: list[str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=USER_ENV).returncode
    return time.perf_counter() - t0, rc


def dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    if not s:
        return float("nan")
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


# -- raw Whoosh (run in its own process by `speed.py _raw PASSAGES INDEX`) ------------------------

def raw_schema():
    from whoosh import fields

    from polkb.analysis import dutch_analyzer

    return fields.Schema(id=fields.ID(stored=True, unique=True),
                         body=fields.TEXT(analyzer=dutch_analyzer(), stored=True))


def raw_index_main(passages_file: str, index_dir: str) -> None:
    """Index the passages with raw Whoosh; prints the indexing seconds (loading not counted)."""
    from whoosh import index

    with open(passages_file, encoding="utf-8") as f:
        passages = [json.loads(line) for line in f]
    t0 = time.perf_counter()
    Path(index_dir).mkdir(parents=True, exist_ok=True)
    ix = index.create_in(index_dir, raw_schema())
    w = ix.writer(limitmb=256)
    for p in passages:
        w.add_document(id=p["id"], body=p["body"])
    w.commit()
    print(json.dumps({"seconds": time.perf_counter() - t0, "passages": len(passages)}))


# -- queries ------------------------------------------------------------------------------------

_QWORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ-]*[A-Za-zÀ-ÿ]")
_QSTOP = gen._STOP | frozenset("and or not andnot andmaybe".split())


def sample_queries(bodies: list[str], n: int, seed: int) -> list[str]:
    """n realistic 1-4 word queries: runs of neighbouring content words of random passages."""
    rng = random.Random(f"queries:{seed}")
    out = []
    while len(out) < n:
        words = [w for w in _QWORD.findall(rng.choice(bodies)) if len(w) >= 4 and w.lower() not in _QSTOP]
        k = rng.choices((1, 2, 3, 4), weights=(30, 35, 25, 10))[0]
        if len(words) < k:
            continue
        i = rng.randrange(len(words) - k + 1)
        out.append(" ".join(w.lower() if rng.random() < 0.7 else w for w in words[i:i + k]))
    return out


def dev_queries() -> list[str]:
    if not DEV_QUERIES.is_file():
        return []
    return [json.loads(line)["q"] for line in DEV_QUERIES.read_text("utf-8").splitlines() if line.strip()]


def dev_questions() -> list[str]:
    if not DEV_QUESTIONS.is_file():
        return ["Welke maatregelen neemt de minister voor internationale studenten?"]
    return [json.loads(line)["q"] for line in DEV_QUESTIONS.read_text("utf-8").splitlines() if line.strip()]


def time_queries(polkb_dir: Path, raw_dir: Path, queries: list[str], warmup: int = 20) -> dict:
    """In-process latency, polkb and raw Whoosh interleaved query by query, searchers reused."""
    from whoosh import index, qparser

    from polkb.kb import KnowledgeBase

    kb = KnowledgeBase(polkb_dir)
    kb.searcher()
    rix = index.open_dir(str(raw_dir))
    rs = rix.searcher()
    qp = qparser.QueryParser("body", rix.schema, group=qparser.OrGroup)

    def polkb_q(q):
        return len(kb.search(q, limit=10).hits)

    def raw_q(q):
        return len([h["body"] for h in rs.search(qp.parse(q), limit=10)])

    for q in queries[:warmup]:
        polkb_q(q)
        raw_q(q)
    tp, tr = [], []
    for i, q in enumerate(queries):
        pair = ((polkb_q, tp), (raw_q, tr))
        for fn, acc in (pair if i % 2 == 0 else pair[::-1]):
            t0 = time.perf_counter()
            fn(q)
            acc.append((time.perf_counter() - t0) * 1000)
    kb.close()
    rs.close()
    return dict(queries=len(queries), polkb_p50_ms=percentile(tp, 0.5), polkb_p95_ms=percentile(tp, 0.95),
                raw_p50_ms=percentile(tr, 0.5), raw_p95_ms=percentile(tr, 0.95),
                polkb_slowest=sorted(zip(tp, queries), reverse=True)[:5])


# -- tantivy (optional reference) ---------------------------------------------------------------

def tantivy_available() -> bool:
    try:
        import tantivy  # noqa: F401
    except Exception:
        return False
    return True


def tantivy_bench(passages: list[dict], queries: list[str], workdir: Path) -> dict:
    """Index the same passages with tantivy (default tokenizer) and time the same queries."""
    import tantivy

    path = workdir / "tantivy"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True)
    sb.add_text_field("body", stored=True)
    schema = sb.build()
    ix = tantivy.Index(schema, path=str(path))
    t0 = time.perf_counter()
    w = ix.writer()
    for p in passages:
        w.add_document(tantivy.Document(id=p["id"], body=p["body"]))
    w.commit()
    if hasattr(w, "wait_merging_threads"):
        w.wait_merging_threads()
    seconds = time.perf_counter() - t0
    ix.reload()
    s = ix.searcher()
    times = []
    for q in queries:
        clean = " ".join(_QWORD.findall(q)) or "onderwijs"
        t0 = time.perf_counter()
        try:
            hits = s.search(ix.parse_query(clean, ["body"]), 10).hits
            [s.doc(addr)["body"] for _, addr in hits]
        except Exception:
            pass
        times.append((time.perf_counter() - t0) * 1000)
    return dict(tantivy_ingest_s=seconds, tantivy_p50_ms=percentile(times, 0.5),
                tantivy_p95_ms=percentile(times, 0.95), tantivy_index_mb=dir_bytes(path) / MB)


# -- one size -----------------------------------------------------------------------------------

def polkb_has(command: str) -> bool:
    return run_wall(POLKB + [command, "--help"])[1] == 0


def bench_size(size: int, args) -> dict:
    res: dict = {"size": size}
    t_start = time.perf_counter()
    folder, manifest = gen.generate(size, args.seed, args.corpus_dir, log=log)
    res["files"] = manifest["files"]
    res["corpus_mb"] = manifest["bytes"] / MB
    work = args.workdir / gen.size_label(size)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    pdir, rdir = work / "polkb", work / "raw"

    log(f"{gen.size_label(size)}: polkb ingest of {manifest['files']} files")
    cmd = POLKB + ["--index", str(pdir), "ingest", str(folder), "--json"]
    r = run_measured(cmd)
    if r["rc"] != 0:
        raise SystemExit(f"polkb ingest failed ({r['rc']}): {r['stderr'][-2000:]}")
    report = json.loads(r["stdout"])
    res.update(polkb_ingest_s=r["wall"], polkb_rss_mb=r["rss"] / MB, polkb_pss_mb=r["pss"] / MB,
               polkb_maxrss_mb=r["maxrss"] / MB, passages=report["passages"],
               failed=len(report.get("failed", [])))
    res["polkb_index_mb"] = dir_bytes(pdir) / MB

    # the passages polkb produced, read back (not timed)
    from polkb.kb import KnowledgeBase

    with KnowledgeBase(pdir) as kb:
        passages = [{"id": f["id"], "body": f.get("body", "")} for f in kb.all_passages()]
    passages.sort(key=lambda p: p["id"])
    text_bytes = sum(len(p["body"].encode("utf-8")) for p in passages)
    res["text_mb"] = text_bytes / MB
    pfile = work / "passages.jsonl"
    with open(pfile, "w", encoding="utf-8") as f:
        for p in passages:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")

    log(f"{gen.size_label(size)}: raw Whoosh index of {len(passages)} passages")
    r = run_measured([sys.executable, str(Path(__file__).resolve()), "_raw", str(pfile), str(rdir)])
    if r["rc"] != 0:
        raise SystemExit(f"raw Whoosh indexing failed: {r['stderr'][-2000:]}")
    raw = json.loads(r["stdout"].strip().splitlines()[-1])
    res.update(raw_ingest_s=raw["seconds"], raw_process_s=r["wall"], raw_rss_mb=r["rss"] / MB,
               raw_index_mb=dir_bytes(rdir) / MB)

    n = max(len(passages), 1)
    res["polkb_pps"] = n / res["polkb_ingest_s"]
    res["raw_pps"] = n / res["raw_ingest_s"]
    res["polkb_mbps"] = res["text_mb"] / res["polkb_ingest_s"]
    res["raw_mbps"] = res["text_mb"] / res["raw_ingest_s"]
    res["ingest_ratio"] = res["polkb_pps"] / res["raw_pps"]
    res["index_text_ratio"] = res["polkb_index_mb"] / res["text_mb"]
    res["raw_index_text_ratio"] = res["raw_index_mb"] / res["text_mb"]

    bodies = [p["body"] for p in passages if p["body"]]
    queries = sample_queries(bodies, args.queries, args.seed) + dev_queries()
    log(f"{gen.size_label(size)}: {len(queries)} queries in process")
    res.update(time_queries(pdir, rdir, queries))
    res["p50_ratio"] = res["polkb_p50_ms"] / res["raw_p50_ms"]
    res["p95_ratio"] = res["polkb_p95_ms"] / res["raw_p95_ms"]

    if not args.skip_cold:
        log(f"{gen.size_label(size)}: cold processes")
        cold = queries[:5] + queries[:5]
        run_wall(POLKB + ["--index", str(pdir), "search", cold[0]])  # warms the OS file cache
        walls = [run_wall(POLKB + ["--index", str(pdir), "search", q])[0] for q in cold[:args.cold_runs]]
        res["cold_search_s"] = statistics.median(walls)
        if polkb_has("ask"):
            qs = (dev_questions() * args.cold_runs)[:args.cold_runs]
            run_wall(POLKB + ["--index", str(pdir), "ask", qs[0]])
            res["cold_ask_s"] = statistics.median(run_wall(POLKB + ["--index", str(pdir), "ask", q])[0] for q in qs)
        else:
            res["cold_ask_s"] = None  # printed as n/a

    log(f"{gen.size_label(size)}: re-ingest of the unchanged corpus")
    r = run_measured(cmd)
    res["reingest_s"] = r["wall"]
    res["reingest_ratio"] = r["wall"] / res["polkb_ingest_s"]

    if not args.skip_tantivy and tantivy_available():
        log(f"{gen.size_label(size)}: tantivy reference")
        try:
            res.update(tantivy_bench(passages, queries, work))
        except Exception as e:  # a reference only: never fail the run for it
            log(f"tantivy failed: {type(e).__name__}: {e}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    res["bench_s"] = time.perf_counter() - t_start
    return res


# -- report -------------------------------------------------------------------------------------

def fmt(value, spec: str) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "n/a"
    return spec.format(value)


def verdict(value, op: str, limit: float) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "n/a"
    ok = value >= limit if op == ">=" else value <= limit
    return "PASS" if ok else "FAIL"


def table_rows(results: list[dict], skip_missing: bool = True) -> list[tuple[str, list[str]]]:
    rows = []
    for key, label, spec in ROWS:
        if skip_missing and all(key not in r for r in results):
            continue  # e.g. the tantivy rows without tantivy, the cold rows with --skip-cold
        rows.append((label, [fmt(r.get(key), spec) for r in results]))
    return rows


def target_rows(results: list[dict]) -> list[tuple[str, list[str]]]:
    rows = []
    for label, key, op, limit, scope in TARGETS:
        spec = next(s for k, _, s in ROWS if k == key)
        cells = []
        for r in results:
            if key not in r:
                continue
            if scope == "at 100k" and r["size"] != 100_000:  # a target set for 100k: shown, not judged
                cells.append(f"{fmt(r.get(key), spec)} (info)")
                continue
            cells.append(f"{fmt(r.get(key), spec)} {verdict(r.get(key), op, limit)}")
        if cells:
            rows.append((label + (f" ({scope})" if scope else ""), cells))
    return rows


def machine() -> dict:
    mem = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1]) * 1024
    except OSError:
        pass
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        from importlib.metadata import version
        whoosh_v = version("whoosh-reloaded")
    except Exception:
        whoosh_v = "?"
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                                text=True).stdout.strip()
    except OSError:
        commit = ""
    return dict(cores=os.cpu_count(), memory_gb=mem / 2**30, cpu=cpu, python=platform.python_version(),
                whoosh=whoosh_v, commit=commit, date=time.strftime("%Y-%m-%d %H:%M"))


def render_text(results: list[dict]) -> str:
    header = ["size"] + [gen.size_label(r["size"]) for r in results]
    body = table_rows(results)
    targets = target_rows(results)
    w0 = max(len(label) for label, _ in body + targets + [("size", [])])
    w = max([10] + [len(c) for _, cells in body + targets for c in cells])
    lines = [f"{header[0]:<{w0}}  " + "  ".join(f"{h:>{w}}" for h in header[1:])]
    lines.append("-" * len(lines[0]))
    lines += [f"{label:<{w0}}  " + "  ".join(f"{c:>{w}}" for c in cells) for label, cells in body]
    lines += ["", "targets"]
    lines += [f"{label:<{w0}}  " + "  ".join(f"{c:>{w}}" for c in cells) for label, cells in targets]
    return "\n".join(lines)


def render_markdown(results: list[dict], info: dict, argv: list[str]) -> str:
    sizes = [gen.size_label(r["size"]) for r in results]
    out = ["# polkb speed benchmark", "",
           f"`python bench/speed.py {' '.join(argv)}` — {info['date']}, commit {info['commit'] or '?'}", "",
           f"Machine: {info['cores']} cores ({info['cpu']}), {info['memory_gb']:.1f} GB memory; "
           f"Python {info['python']}, whoosh-reloaded {info['whoosh']}"
           + ("" if any("tantivy_ingest_s" in r for r in results) else "; tantivy not installed (skipped)")
           + ".", "",
           "Corpora: bench/corpus.py (seeded, text recombined from corpus/; .txt/.md/.html and a few "
           "pypdf-made PDFs). polkb ingest runs as a subprocess (`polkb --index DIR ingest FOLDER`, "
           "its worker processes included) and is timed end to end; raw Whoosh indexes the passages "
           "polkb produced with the same Dutch analyzer (one stored TEXT body, one writer, "
           "limitmb=256) and is timed from writer creation to commit. Memory is the peak over the "
           "process tree (polled every 50 ms). Query latency is in process, searchers reused, "
           "polkb and raw interleaved.", "",
           "| metric | " + " | ".join(sizes) + " |", "|---|" + "---:|" * len(sizes)]
    out += [f"| {label} | " + " | ".join(cells) + " |" for label, cells in table_rows(results)]
    out += ["", "## Targets", "", "Targets the issue sets \"at 100k\" are judged at 100k only; other sizes show the "
            "value as (info).", "", "| target | " + " | ".join(sizes) + " |", "|---|" + "---:|" * len(sizes)]
    out += [f"| {label} | " + " | ".join(cells) + " |" for label, cells in target_rows(results)]
    slow = [(gen.size_label(r["size"]), r.get("polkb_slowest", [])) for r in results]
    out += ["", "## Slowest polkb queries", ""]
    for label, items in slow:
        out.append(f"- {label}: " + "; ".join(f"`{q}` {t:.0f} ms" for t, q in items))
    return "\n".join(out) + "\n"


# -- the OpenSearch backend (--backend opensearch) ----------------------------------------------
#
# One run: per size in --sizes, the same generated corpus ingested by `polkb ingest` into the
# Whoosh backend and into OpenSearch (each split into the backend's indexing and the rest), and
# the same queries timed on both, interleaved query by query; then, with --scale-to, a larger
# OpenSearch index built from the records of the last size's OpenSearch ingest (see
# `opensearch_scaled`). One table, printed.

def _timed_queries(searchers: dict, queries: list[str], warmup: int = 50) -> dict[str, list[float]]:
    """ms per query of each named search function, interleaved query by query (the order turns
    each query), after `warmup` untimed queries."""
    names = list(searchers)
    for q in queries[:warmup]:
        for fn in searchers.values():
            fn(q)
    times = {n: [] for n in names}
    for i, q in enumerate(queries):
        order = names[i % len(names):] + names[:i % len(names)]
        for n in order:
            t0 = time.perf_counter()
            searchers[n](q)
            times[n].append((time.perf_counter() - t0) * 1000)
    return times


def _latency(times: list[float], queries: list[str], shapes: list[str]) -> dict:
    """p50/p95 of a list of query times, per query shape too, and the slowest queries."""
    out = dict(p50_ms=percentile(times, 0.5), p95_ms=percentile(times, 0.95), p99_ms=percentile(times, 0.99),
               queries=len(times), slowest=sorted(zip(times, queries), reverse=True)[:8])
    by_shape: dict[str, list[float]] = {}
    for t, s in zip(times, shapes):
        by_shape.setdefault(s, []).append(t)
    out["by_shape"] = {s: (len(v), percentile(v, 0.5), percentile(v, 0.95)) for s, v in sorted(by_shape.items())}
    return out


def _shape(q: str, dev: set[str]) -> str:
    return "dev query" if q in dev else f"{min(len(q.split()), 4)} words"


def _prepared_for(backend, groups: list[list[dict]]) -> list[dict]:
    """The records of a writer's `add`, analysed as its reading workers would (not timed)."""
    records = [dict(r) for g in groups for r in g]
    with backend.writer(rebuild=True) as w:  # a writer only to ask what its workers do; cancelled
        prepare = w.analysis()
    if prepare is not None:
        prepare[0](records, prepare[1])
    return records


def _index_alone(backend_name: str, location, records: list[dict]) -> float:
    """Seconds to add the prepared records through a backend's writer and commit (a rebuild)."""
    from polkb.store import open_backend

    target = open_backend(location, backend_name)
    t0 = time.perf_counter()
    with target.writer(rebuild=True) as w:
        w.add(records)
        w.commit(rebuild=True)
    seconds = time.perf_counter() - t0
    target.close()
    return seconds


def _drop_alias(backend) -> None:
    backend.client.indices.delete(index=f"{backend.alias}-v*,{backend.lock_index}", ignore_unavailable=True)


def opensearch_size(size: int, args, url: str, queries_of) -> tuple[list[dict], dict]:
    """At one size, in this order (the figures that matter most first, each table printed as it
    is ready):

    1. `polkb ingest` of the generated corpus into the Whoosh backend (wall time);
    2. the records of that index (`SearchBackend.records`: what ingest handed the backend, the
       same for every backend), analysed for each backend as its reading workers would (not
       timed), then each backend's indexing alone: its writer's `add` and `commit` into a new
       index; for Whoosh, reading + tagging = its ingest minus its indexing;
    3. query latency of the Whoosh index and of the OpenSearch index of step 2, on the same
       queries, interleaved query by query;
    4. with --opensearch-ingest, `polkb --url URL ingest` of the same corpus into OpenSearch
       (wall time; its reading + tagging = that minus step 2's OpenSearch indexing), last because
       on two busy cores it takes about half an hour at 100k.

    Returns the results (Whoosh, OpenSearch) and what the scaled build needs (the records, the
    queries)."""

    from polkb.kb import KnowledgeBase
    from polkb.store import open_backend

    label = gen.size_label(size)
    folder, manifest = gen.generate(size, args.seed, args.corpus_dir, log=log)
    work = args.workdir / f"os-{label}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    index_url = _index_url(url, "polkb-speed", args)

    wdir = work / "whoosh"
    log(f"{label}: polkb ingest into Whoosh ({manifest['files']} files)")
    r = run_measured(POLKB + ["--index", str(wdir), "ingest", str(folder), "--json"])
    if r["rc"] != 0:
        raise SystemExit(f"polkb ingest (whoosh) failed ({r['rc']}): {r['stderr'][-2000:]}")
    wres = {"size": size, "backend": "whoosh", "column": f"Whoosh {label}", "files": manifest["files"],
            "ingest_s": r["wall"], "passages": json.loads(r["stdout"])["passages"], "pss_mb": r["pss"] / MB}
    ores = {"size": size, "backend": "opensearch", "column": f"OpenSearch {label}", "files": manifest["files"],
            "passages": wres["passages"]}
    wb = open_backend(wdir, "whoosh")
    groups = list(wb.records())
    wres["index_mb"] = wb.size_bytes() / MB
    wb.close()
    log(f"{label}: Whoosh indexing alone ({sum(map(len, groups)):,} records)")
    records = _prepared_for(open_backend(work / "whoosh-again", "whoosh"), groups)
    wres["indexing_s"] = _index_alone("whoosh", work / "whoosh-again", records)
    del records
    shutil.rmtree(work / "whoosh-again", ignore_errors=True)
    log(f"{label}: OpenSearch indexing alone")
    records = _prepared_for(open_backend(index_url, "opensearch"), groups)
    ores["indexing_s"] = _index_alone("opensearch", index_url, records)
    del records
    backend = open_backend(index_url, "opensearch")
    ores["index_mb"] = backend.size_bytes() / MB
    results = [wres, ores]
    _rates(results)

    bodies = [rec["body"] for g in groups for rec in g[1:] if rec.get("body")]
    queries = queries_of(bodies)
    dev = set(dev_queries())
    shapes = [_shape(q, dev) for q in queries]
    log(f"{label}: {len(queries)} queries in process, Whoosh and OpenSearch interleaved")
    kbs = {"opensearch": KnowledgeBase(work / "index", backend="opensearch", url=index_url),
           "whoosh": KnowledgeBase(wdir, backend="whoosh")}
    times = _timed_queries({n: (lambda q, kb=kb: kb.search(q, limit=10)) for n, kb in kbs.items()}, queries)
    for res in results:
        res.update(_latency(times[res["backend"]], queries, shapes))
    for kb in kbs.values():
        kb.close()
    if not args.keep:
        _drop_alias(backend)
        shutil.rmtree(work / "whoosh", ignore_errors=True)
    backend.close()
    print(render_opensearch(results), flush=True)
    return results, {"groups": groups, "queries": queries, "shapes": shapes, "label": label, "folder": folder,
                     "work": work}


def opensearch_ingest(res: dict, base: dict, url: str, args) -> None:
    """`polkb --url URL ingest` of the base corpus into a new OpenSearch index (wall time)."""

    from polkb.store import open_backend

    index_url = _index_url(url, "polkb-ingest", args)
    log(f"{base['label']}: polkb ingest into OpenSearch")
    r = run_measured(POLKB + ["--index", str(base["work"] / "index"), "--url", index_url, "ingest",
                              str(base["folder"]), "--json"])
    backend = open_backend(index_url, "opensearch")
    try:
        if r["rc"] != 0:
            log(f"polkb ingest (opensearch) failed ({r['rc']}): {r['stderr'][-500:]}")
            return
        res.update(ingest_s=r["wall"], pss_mb=r["pss"] / MB, ingest_passages=json.loads(r["stdout"])["passages"])
        _rates([res])
    finally:
        _drop_alias(backend)
        backend.close()


def _rates(results: list[dict]) -> None:
    for res in results:
        if res.get("ingest_s"):
            res["reading_tagging_s"] = max(0.0, res["ingest_s"] - res["indexing_s"])
            res["pps"] = res["passages"] / res["ingest_s"]
        res["indexing_pps"] = res["passages"] / res["indexing_s"] if res.get("indexing_s") else None


def _copy_of(group: list[dict], k: int, pool, seed: int) -> list[dict]:
    """Copy `k` of one document's records: its own doc_id and path (`copy-K/…`), and each Dutch
    passage's body replaced by a paragraph of about as many words that bench/corpus.py draws from
    its pool of real corpus sentences (compounds and numbers varied), so that the index's terms
    and their frequencies grow as a larger archive's do instead of repeating one index. The
    headings, context, tags and document data stay those of the original."""
    import hashlib
    import random as _random

    old = group[0]["doc_id"]
    new = hashlib.sha1(f"{old}:{k}".encode()).hexdigest()[:12]
    path = f"copy-{k}/{group[0]['path']}"
    out = []
    for rec in group:
        rec = dict(rec)
        rec["doc_id"] = new
        if rec["rec"] == "doc":
            data = json.loads(rec["data"])
            data.update(id=new, path=path)
            rec.update(path=path, data=json.dumps(data, ensure_ascii=False))
        else:
            info = json.loads(rec["docinfo"])
            info.update(doc_id=new, path=path)
            rec["docinfo"] = json.dumps(info, ensure_ascii=False, sort_keys=True)
            if rec.get("lang") != "en" and rec.get("body"):
                rng = _random.Random(f"{seed}:{k}:{new}:{rec.get('seq')}")
                rec["body"] = gen._paragraph(rng, pool, max(20, len(rec["body"].split())))
        out.append(rec)
    return out


def _prepare_chunk(args: tuple) -> list[dict]:
    """In a pool worker: copy `k` of some documents, analysed as the OpenSearch writer needs."""
    groups, k, seed, compounds = args
    from polkb.store.opensearch.writing import prepare_records

    pool = _POOL.get("pool")
    if pool is None:
        pool = _POOL["pool"] = gen.load_pool()
    records = [r for g in groups for r in (_copy_of(g, k, pool, seed) if k else [dict(x) for x in g])]
    prepare_records(records, compounds)
    return records


_POOL: dict = {}


def _segments(backend, index: str) -> int:
    """How many Lucene segments the index has, over all its shards."""
    shards = backend.client.indices.segments(index=index)["indices"][index]["shards"]
    return sum(len(s["segments"]) for copies in shards.values() for s in copies)


def _heap(backend) -> dict:
    """The node's JVM heap, maximum and in use, in MB."""
    mem = next(iter(backend.client.nodes.stats(metric="jvm")["nodes"].values()))["jvm"]["mem"]
    return {"heap_max_mb": mem["heap_max_in_bytes"] / MB, "heap_used_mb": mem["heap_used_in_bytes"] / MB}


def _query_latency(kb, base: dict) -> dict:
    """p50/p95/p99 and by shape of the base run's queries, searched through `kb`."""
    times = _timed_queries({"os": lambda q: kb.search(q, limit=10)}, base["queries"])["os"]
    return _latency(times, base["queries"], base["shapes"])


def _force_merged(backend, index: str, kb, base: dict, who: str) -> dict:
    """Merge the index to one segment per shard, then time the queries again (`merged_` keys)."""
    log(f"{who}: force merge to one segment per shard")
    t0 = time.perf_counter()
    backend.call("force merge", backend.client.indices.forcemerge, index=index, max_num_segments=1,
                 request_timeout=7200)
    out = {"merge_s": time.perf_counter() - t0}
    backend.call("refresh", backend.client.indices.refresh, index=index)
    out["merged_index_mb"] = backend.size_bytes() / MB
    out.update({f"merged_{key}": v for key, v in _query_latency(kb, base).items()})
    return out


def opensearch_scaled(target: int, base: dict, args, url: str) -> dict:
    """An OpenSearch index of about `target` passages built from the records of a real `polkb
    ingest` (base["groups"]): copy 0 is those records, copies 1.. each add every document again
    under a new id with new passage text (see `_copy_of`), until the target is reached. Each copy
    is made and analysed by polkb's OpenSearch preparation (`prepare_records`, in 2 processes),
    then sent through the backend's own bulk writer into one rebuilding index, committed once.
    Timed apart: preparing, and indexing (bulk requests and the commit). The queries of the base
    size are then timed on it."""
    import multiprocessing as mp

    from polkb.kb import KnowledgeBase
    from polkb.store import open_backend

    groups = base["groups"]
    per_copy = sum(len(g) - 1 for g in groups)
    copies = max(1, -(-target // per_copy))
    index_url = _index_url(url, "polkb-scaled", args)
    backend = open_backend(index_url, "opensearch")
    res = {"size": target, "backend": "opensearch", "column": f"OpenSearch {gen.size_label(target)} (resent)",
           "copies": copies, "base": base["label"], "prepare_s": 0.0, "indexing_s": 0.0}
    chunk = max(1, len(groups) // 40)
    ctx = mp.get_context("fork")
    t_commit = 0.0
    try:
        with ctx.Pool(args.prepare_workers) as pool, backend.writer(rebuild=True) as w:
            for k in range(copies):
                t0 = time.perf_counter()
                parts = pool.map(_prepare_chunk, [(groups[i:i + chunk], k, args.seed, backend.compounds)
                                                  for i in range(0, len(groups), chunk)])
                t1 = time.perf_counter()
                for records in parts:
                    w.add(records)
                w.flush()
                t2 = time.perf_counter()
                res["prepare_s"] += t1 - t0
                res["indexing_s"] += t2 - t1
                log(f"scaled: copy {k + 1}/{copies}: prepared {t1 - t0:.0f} s, sent {t2 - t1:.0f} s "
                    f"({sum(len(p) for p in parts):,} records)")
                del parts
            t0 = time.perf_counter()
            w.commit(rebuild=True)
            t_commit = time.perf_counter() - t0
        res["indexing_s"] += t_commit
        res["commit_s"] = t_commit
        backend._fresh()
        index = backend.concrete()
        counts = backend.counts()
        res["passages"] = counts[1]
        res["indexing_pps"] = res["passages"] / res["indexing_s"]
        res["index_mb"] = backend.size_bytes() / MB
        res["segments"] = _segments(backend, index)
        log(f"scaled: {res['passages']:,} passages, {res['index_mb']:.0f} MB, {res['segments']} segments; "
            f"{len(base['queries'])} queries")
        with KnowledgeBase(args.workdir / "os-scaled", backend="opensearch", url=index_url) as kb:
            res.update(_query_latency(kb, base))
            if args.force_merge:
                res.update(_force_merged(backend, index, kb, base, "scaled"))
        res.update(_heap(backend))
    finally:
        if not args.keep:
            _drop_alias(backend)
        backend.close()
    return res


def _index_url(url: str, prefix: str, args) -> str:
    """A new index on the node at `url`, with --shards primary shards: OpenSearch searches the
    shards of one query in parallel, one thread each, so on a node with spare cores more shards
    lower a single query's latency (and cost throughput under many concurrent queries)."""
    import uuid

    shards = getattr(args, "shards", 1)
    return f"{url.rstrip('/')}/{prefix}-{uuid.uuid4().hex[:6]}" + (f"?shards={shards}" if shards != 1 else "")


def opensearch_staged(target: int, base: dict, args, url: str) -> list[dict]:
    """Like `opensearch_scaled`, but grown in steps a user can watch: copy `k` of the base
    records (copy 0 as ingested, then new ids and text, see `_copy_of`) is one incremental
    ingest (the backend's writer without --rebuild: bulk requests, then a commit), and after
    every `--checkpoint-every` copies the queries are timed on the index as it then is. Each
    checkpoint is printed (and written to --json) as soon as it is measured, so a run cut short
    still reports the sizes it reached."""
    import multiprocessing as mp

    from polkb.kb import KnowledgeBase
    from polkb.store import open_backend

    groups = base["groups"]
    per_copy = sum(len(g) - 1 for g in groups)
    copies = max(1, -(-target // per_copy))
    index_url = _index_url(url, "polkb-staged", args)
    backend = open_backend(index_url, "opensearch")
    chunk = max(1, len(groups) // 40)
    points: list[dict] = []
    done = {"prepare_s": 0.0, "indexing_s": 0.0}
    try:
        with mp.get_context("fork").Pool(args.prepare_workers) as pool:
            for k in range(copies):
                t0 = time.perf_counter()
                parts = pool.map(_prepare_chunk, [(groups[i:i + chunk], k, args.seed, backend.compounds)
                                                  for i in range(0, len(groups), chunk)])
                t1 = time.perf_counter()
                with backend.writer(wait=60) as w:
                    for records in parts:
                        w.add(records)
                    w.commit()
                t2 = time.perf_counter()
                done["prepare_s"] += t1 - t0
                done["indexing_s"] += t2 - t1
                log(f"staged: copy {k + 1}/{copies}: prepared {t1 - t0:.0f} s, indexed and committed {t2 - t1:.0f} s "
                    f"({sum(len(p) for p in parts):,} records)")
                del parts
                if (k + 1) % args.checkpoint_every and k + 1 != copies:
                    continue
                backend._fresh()
                passages = backend.counts()[1]
                index = backend.concrete()
                res = {"size": passages, "backend": "opensearch", "copies": k + 1, "base": base["label"],
                       "column": f"OpenSearch {passages / 1000:,.0f}k (staged)", "passages": passages,
                       "prepare_s": done["prepare_s"], "indexing_s": done["indexing_s"],
                       "indexing_pps": passages / done["indexing_s"], "index_mb": backend.size_bytes() / MB,
                       "segments": _segments(backend, index)}
                with KnowledgeBase(args.workdir / "os-staged", backend="opensearch", url=index_url) as kb:
                    res.update(_query_latency(kb, base))
                    res["load"] = os.getloadavg()[0]
                    if args.force_merge and k + 1 == copies:
                        res.update(_force_merged(backend, index, kb, base, "staged"))
                        res["merged_load"] = os.getloadavg()[0]
                res.update(_heap(backend))
                points.append(res)
                log(f"staged: {passages:,} passages, {res['index_mb']:.0f} MB, {res['segments']} segments: "
                    f"p50 {res['p50_ms']:.1f} ms, p95 {res['p95_ms']:.1f} ms, p99 {res['p99_ms']:.1f} ms")
                print(render_opensearch(points), flush=True)
                if args.json:
                    args.json.with_suffix(".staged.json").write_text(
                        json.dumps({"machine": machine(), "results": points}, indent=2, default=str), "utf-8")
    finally:
        if not args.keep:
            _drop_alias(backend)
        backend.close()
    return points


def base_from_index(index_dir: Path, args) -> dict:
    """What the scaled builds need, from a Whoosh index of a generated corpus made by an earlier
    run (`--scale-from DIR`): its records and the same sampled queries as that run."""
    from polkb.store import open_backend

    wb = open_backend(index_dir, "whoosh")
    groups = list(wb.records())
    wb.close()
    bodies = [rec["body"] for g in groups for rec in g[1:] if rec.get("body")]
    queries = sample_queries(bodies, args.queries, args.seed) + dev_queries()
    dev = set(dev_queries())
    label = gen.size_label(round(len(bodies), -3)) if len(bodies) >= 1000 else str(len(bodies))
    return {"groups": groups, "queries": queries, "shapes": [_shape(q, dev) for q in queries], "label": label}


OS_ROWS = [
    ("passages", "passages", "{:,.0f}"),
    ("ingest_s", "polkb ingest s (wall)", "{:.1f}"),
    ("pps", "polkb ingest passages/s", "{:,.0f}"),
    ("reading_tagging_s", "  reading + tagging s (ingest - indexing)", "{:.1f}"),
    ("indexing_s", "  backend indexing s (writer add + commit)", "{:.1f}"),
    ("indexing_pps", "  backend indexing passages/s", "{:,.0f}"),
    ("prepare_s", "  preparing the resent records s (analysis)", "{:.1f}"),
    ("index_mb", "index MB", "{:.1f}"),
    ("segments", "index segments", "{:,.0f}"),
    ("heap_max_mb", "OpenSearch heap MB (max / used at end)", "{:,.0f}"),
    ("queries", "queries timed", "{:,.0f}"),
    ("p50_ms", "query p50 ms", "{:.1f}"),
    ("p95_ms", "query p95 ms", "{:.1f}"),
    ("p99_ms", "query p99 ms", "{:.1f}"),
    ("merge_s", "force merge to 1 segment s", "{:.0f}"),
    ("merged_index_mb", "index MB after the merge", "{:.1f}"),
    ("merged_p50_ms", "query p50 ms after the merge", "{:.1f}"),
    ("merged_p95_ms", "query p95 ms after the merge", "{:.1f}"),
]


def render_opensearch(results: list[dict]) -> str:
    labels = [r["column"] for r in results]
    w = max(12, *(len(x) for x in labels))
    lines = [f"| {'measure':<44} | " + " | ".join(f"{x:>{w}}" for x in labels) + " |",
             f"|{'-' * 46}|" + "|".join("-" * (w + 2) for _ in labels) + "|"]
    for key, label, spec in OS_ROWS:
        if all(r.get(key) is None for r in results):
            continue
        cells = []
        for r in results:
            value = fmt(r.get(key), spec) if key in r else "-"
            if key == "heap_max_mb" and key in r:
                value += f" / {r['heap_used_mb']:,.0f}"
            cells.append(value)
        lines.append(f"| {label:<44} | " + " | ".join(f"{c:>{w}}" for c in cells) + " |")
    shapes = sorted({s for r in results for s in r.get("by_shape", {})})
    for s in shapes:
        cells = []
        for r in results:
            got = r.get("by_shape", {}).get(s)
            cells.append(f"{got[1]:.0f} / {got[2]:.0f}" if got else "-")
        n = next(r["by_shape"][s][0] for r in results if s in r.get("by_shape", {}))
        lines.append(f"| {f'  p50 / p95 ms, {s} ({n})':<44} | " + " | ".join(f"{c:>{w}}" for c in cells) + " |")
    for r in results:
        if r.get("copies") and "staged" in r["column"]:
            lines.append(f"\n{r['column']}: the records of the {r['base']} `polkb ingest` into Whoosh (read back with "
                         f"SearchBackend.records; the same records ingest hands any backend), added {r['copies']} "
                         f"times, each time one incremental ingest through the OpenSearch writer (bulk requests and "
                         f"a commit): copy 0 as ingested"
                         + (f", copies 1-{r['copies'] - 1} each document under a new id and path, every Dutch "
                            f"passage's text drawn anew by bench/corpus.py from the corpus sentences (headings, "
                            f"context and tags kept)" if r["copies"] > 1 else "")
                         + f"; analysed by polkb as its reading workers would (preparing row). Indexing rows: all "
                           f"copies so far. Load average while its queries ran: {r.get('load', 0):.1f}.")
        elif r.get("copies"):
            lines.append(f"\n{r['column']}: not one `polkb ingest` of its own: the records of the {r['base']} "
                         f"`polkb ingest` (what ingest hands any backend, read back with SearchBackend.records), "
                         f"sent {r['copies']} times through the backend's bulk writer into one "
                         f"new index (copy 0 as ingested; copies 1-{r['copies'] - 1} each document under a new id "
                         f"and path, every Dutch passage's text drawn anew by bench/corpus.py from the corpus "
                         f"sentences, headings and tags kept), analysed by polkb as its reading workers would, "
                         f"committed once. Its ingest throughput is that of the {r['base']} column; its indexing "
                         f"row is the bulk requests and the commit alone.")
        elif r["backend"] == "opensearch" and not r.get("ingest_s"):
            lines.append(f"\n{r['column']}: its index is the records of the Whoosh ingest beside it sent through "
                         f"the OpenSearch writer (the indexing row); `polkb --url URL ingest` is timed only with "
                         f"--opensearch-ingest.")
        elif r["backend"] == "opensearch":
            lines.append(f"\n{r['column']}: its queries ran on the records of the Whoosh ingest sent through the "
                         f"OpenSearch writer (the indexing row); the ingest rows are `polkb --url URL ingest` of "
                         f"the same corpus ({r.get('ingest_passages', 0):,} passages), timed last.")
    lines.append("")
    for r in results:
        lines.append(f"slowest, {r['column']}: " + "; ".join(f"`{q}` {t:.0f} ms" for t, q in r.get("slowest", [])[:5]))
    return "\n".join(lines)


def opensearch_main(args) -> int:
    import contextlib

    @contextlib.contextmanager
    def node():
        if args.url:
            yield args.url
            return
        sys.path.insert(0, str(REPO))
        from tests.opensearch_node.node import running_node

        from tests.opensearch_node.node import SERVER_JVM_OPTIONS

        with running_node(heap=args.heap, jvm_options=SERVER_JVM_OPTIONS if args.jvm == "server" else None) as url:
            yield url

    results = []
    base = None
    t0 = time.perf_counter()
    if args.scale_from:
        with node() as url:
            results = opensearch_staged(gen.parse_size(args.scale_to or "1m"), base_from_index(args.scale_from, args),
                                        args, url)
        print(render_opensearch(results))
        return 0
    with node() as url:
        for size in [gen.parse_size(s) for s in args.sizes.split(",") if s.strip()]:
            got, base = opensearch_size(size, args, url,
                                        lambda bodies: sample_queries(bodies, args.queries, args.seed) + dev_queries())
            results += got
        if args.scale_to:
            results.append(opensearch_scaled(gen.parse_size(args.scale_to), base, args, url))
            print(render_opensearch(results), flush=True)
        if args.opensearch_ingest:
            opensearch_ingest(next(r for r in results if r["column"] == f"OpenSearch {base['label']}"), base, url, args)
    print(f"\nbench/speed.py --backend opensearch, {machine()['cores']} cores, "
          f"{machine()['memory_gb']:.0f} GB, node heap {args.heap if not args.url else 'of --url'}, JVM {args.jvm}; "
          f"{time.perf_counter() - t0:.0f} s\n")
    print(render_opensearch(results))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "results": results}, indent=2, default=str), "utf-8")
    return 0


SHIPPED_TARGETS = (("cold `polkb ask` on the shipped corpus <= 1 s", "ask", 1.0),
                   ("cold `polkb search` on the shipped corpus <= 0.4 s", "search", 0.4))


def shipped_main(args) -> int:
    """Cold `polkb ask` (the dev questions) and `polkb search` (the dev queries) on an index of the
    shipped corpus (corpus/, what the README's first command ingests): this checkout, and with
    --baseline-src another checkout's src/ on its own index, run interleaved command by command so
    that machine noise hits both alike. Each side first runs every command once untimed (the OS
    file cache, Python's bytecode cache)."""
    sides = {"this": None}
    if args.baseline_src:
        sides["baseline"] = str(Path(args.baseline_src).resolve())
    runs = {"ask": dev_questions()[:args.cold_runs * 3], "search": (dev_queries() or ["studenten"])[:args.cold_runs * 3]}
    with tempfile.TemporaryDirectory(prefix="polkb-shipped-") as tmp:
        envs, indexes = {}, {}
        for side, src in sides.items():
            # each side its own cache folder: the word list's cache is keyed by the file's
            # modification time, and two checkouts would replace each other's on every command
            envs[side] = {**USER_ENV, "XDG_CACHE_HOME": str(Path(tmp) / f"{side}-cache"),
                          **({"PYTHONPATH": src} if src else {})}
            indexes[side] = Path(tmp) / side
            done = subprocess.run(POLKB + ["--index", str(indexes[side]), "ingest", str(REPO / "corpus")],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=envs[side], text=True)
            if done.returncode != 0:
                log(f"{side}: ingest of corpus/ failed ({done.returncode}): {done.stderr.strip()[-300:]}")
                return 1
        walls = {(side, cmd): [] for side in sides for cmd in runs}
        for timed in (False, True):
            for cmd, texts in runs.items():
                for text in texts:
                    for side in sides:
                        t0 = time.perf_counter()
                        subprocess.run(POLKB + ["--index", str(indexes[side]), cmd, text], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL, env=envs[side])
                        if timed:
                            walls[side, cmd].append(time.perf_counter() - t0)
    print(f"cold processes on the shipped corpus, median (p90) of {len(runs['ask'])} questions / "
          f"{len(runs['search'])} queries")
    for cmd in runs:
        line = []
        for side in sides:
            w = sorted(walls[side, cmd])
            line.append(f"{side} {statistics.median(w):.2f} s ({w[int(0.9 * (len(w) - 1))]:.2f})")
        if "baseline" in sides:
            line.append(f"ratio {statistics.median(walls['this', cmd]) / statistics.median(walls['baseline', cmd]):.2f}")
        print(f"  polkb {cmd:6s} " + "   ".join(line))
    for label, cmd, limit in SHIPPED_TARGETS:
        got = statistics.median(walls["this", cmd])
        print(f"  {'PASS' if got <= limit else 'FAIL'}  {label}: {got:.2f} s")
    return 0


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_raw"]:
        raw_index_main(argv[1], argv[2])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1k", help="comma-separated passage counts: 1k,10k,100k")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--queries", type=int, default=500, help="sampled queries (dev queries are added)")
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--skip-cold", action="store_true", help="skip the cold-process timings")
    ap.add_argument("--skip-tantivy", action="store_true")
    ap.add_argument("--quick", action="store_true", help="smoke test: --skip-cold --skip-tantivy --queries 50")
    ap.add_argument("--corpus-dir", type=Path, default=gen.OUT, help="where corpora are cached")
    ap.add_argument("--workdir", type=Path, default=gen.OUT / "run", help="where indexes are built")
    ap.add_argument("--out", type=Path, default=RESULTS, help="the Markdown report")
    ap.add_argument("--json", type=Path, default=None, help="also write the raw results as JSON")
    ap.add_argument("--keep", action="store_true", help="keep the indexes")
    ap.add_argument("--backend", choices=["whoosh", "opensearch"], default="whoosh",
                    help="opensearch: ingest split (reading+tagging vs indexing) and query p50/p95 on OpenSearch")
    ap.add_argument("--url", help="with --backend opensearch: a running OpenSearch, else the test node")
    ap.add_argument("--opensearch-ingest", action="store_true",
                    help="with --backend opensearch: also time `polkb --url URL ingest` of the last size (last)")
    ap.add_argument("--scale-to", default=None, metavar="SIZE",
                    help="with --backend opensearch: also an index of SIZE passages (1m) built from the last "
                         "size's ingested records, resent with new ids and text (see opensearch_scaled)")
    ap.add_argument("--scale-from", type=Path, default=None, metavar="DIR",
                    help="with --backend opensearch: grow an OpenSearch index to --scale-to in steps (one incremental "
                         "ingest per copy) from the records of the Whoosh index DIR, timing the queries every "
                         "--checkpoint-every copies (see opensearch_staged)")
    ap.add_argument("--shards", type=int, default=1,
                    help="with --backend opensearch: primary shards of the indexes the run builds (default 1)")
    ap.add_argument("--checkpoint-every", type=int, default=2, metavar="N")
    ap.add_argument("--prepare-workers", type=int, default=2, help="processes preparing the resent records")
    ap.add_argument("--force-merge", action="store_true",
                    help="with --scale-to or --scale-from: time the queries again after merging the (last) index "
                         "to one segment per shard")
    ap.add_argument("--jvm", choices=["server", "test"], default="server",
                    help="the test node's JVM options: server (G1, full JIT; default) or test (the tests' quick "
                         "start: serial GC, client JIT only)")
    ap.add_argument("--heap", default=os.environ.get("POLKB_OPENSEARCH_HEAP") or "1g",
                    help="the test node's JVM heap (-Xms/-Xmx), e.g. 4g (default POLKB_OPENSEARCH_HEAP or 1g)")
    ap.add_argument("--shipped", action="store_true",
                    help="only the cold `polkb ask` and `polkb search` on the shipped corpus (see shipped_main)")
    ap.add_argument("--baseline-src", type=Path, default=None, metavar="DIR",
                    help="with --shipped: also time another checkout's src/ folder, side by side")
    args = ap.parse_args(argv)
    if args.shipped:
        return shipped_main(args)
    if args.backend == "opensearch":
        return opensearch_main(args)
    if args.quick:
        args.skip_cold = args.skip_tantivy = True
        args.queries = min(args.queries, 50)
    if not args.skip_tantivy and not tantivy_available():
        log("tantivy not importable: reference skipped")
    results = []
    t0 = time.perf_counter()
    for size in [gen.parse_size(s) for s in args.sizes.split(",") if s.strip()]:
        results.append(bench_size(size, args))
        log(f"done {gen.size_label(size)} after {time.perf_counter() - t0:.0f} s")
    print(render_text(results))
    info = machine()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render_markdown(results, info, argv), "utf-8")
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "results": results}, indent=2, default=str), "utf-8")
    log(f"wrote {args.out} (total {time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
