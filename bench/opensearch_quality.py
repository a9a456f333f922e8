"""Search and answer quality of the OpenSearch backend against the Whoosh backend, side by side.

    python bench/opensearch_quality.py [--url URL] [--set check|tune|dev] [--show] [DIR ...]

The documents in DIR (default: ../shared/seeds, ../shared/realcorpus beside the repository and
bench/corpus-extra, as bench/quality.py) are ingested once into a Whoosh index and once into an
OpenSearch index (the same index folder, so both store the same paths and document ids). Then,
for each backend:

- the passage set (bench/eval/passages_<set>.jsonl): S@1, S@5 and MRR@10 of `search`, a hit
  being right when its text holds one of the query's phrases (bench/quality.py's judging);
- the question set (bench/eval/qa_<set>.jsonl): `ask` right and cited (bench/qa.py's judging).

The node: `--url` of a running OpenSearch (the index `polkb-bench-quality-*` is made and deleted),
else the test node of tests/opensearch_node (Java 17 and Maven), started and stopped here.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from quality import documents, norm  # noqa: E402  (bench/quality.py: the same corpus and judging)

PASSAGE_SETS = {"tune": "eval/passages_tune.jsonl", "check": "eval/passages_check.jsonl", "dev": "eval/dev_passages.jsonl"}
QA_SETS = {"tune": "eval/qa_tune.jsonl", "check": "eval/qa_check.jsonl", "dev": "eval/dev_questions.jsonl"}


def rows(path: str) -> list[dict]:
    return [json.loads(line) for line in (REPO / "bench" / path).read_text(encoding="utf-8").splitlines() if line.strip()]


def search_scores(kb, queries: list[dict], show: bool, label: str) -> dict:
    s1 = s5 = rr = 0.0
    times = []
    for q in queries:
        t = time.perf_counter()
        hits = kb.search(q["q"], limit=10).hits
        times.append(time.perf_counter() - t)
        phrases = [norm(p) for p in q["phrase"]]
        at = next((i for i, h in enumerate(hits) if any(p in norm(h.text) for p in phrases)), None)
        if at is not None:
            s1 += at == 0
            s5 += at < 5
            rr += 1 / (at + 1)
        if show and (at is None or at >= 5):
            print(f"  [{label}] miss {q['id']} {q['q']!r} -> {'none' if at is None else at + 1}")
    n = max(1, len(queries))
    times.sort()
    return {"S@1": s1 / n, "S@5": s5 / n, "MRR@10": rr / n, "p50 ms": 1000 * times[len(times) // 2] if times else 0}


def qa_scores(kb, questions: list[dict], show: bool, label: str) -> dict:
    from qa import judge

    ok = 0
    for q in questions:
        a = kb.ask(q["q"])
        right, cited, _ = judge(q, a)
        ok += right and cited
        if show and not (right and cited):
            print(f"  [{label}] qa {q['id']} {q['q']!r} -> {a.answer!r}")
    return {"QA right+cited": ok / max(1, len(questions)), "QA n": f"{ok}/{len(questions)}"}


@contextlib.contextmanager
def node(url: str | None):
    if url:
        yield url
        return
    from tests.opensearch_node.node import running_node

    with running_node(heap="1g") as started:
        yield started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path,
                    default=[REPO.parent / "shared" / "seeds", REPO.parent / "shared" / "realcorpus",
                             REPO / "bench" / "corpus-extra"])
    ap.add_argument("--url", help="a running OpenSearch (http://HOST:9200), else the test node")
    ap.add_argument("--set", default="check", choices=list(PASSAGE_SETS))
    ap.add_argument("--show", action="store_true", help="list the misses of each backend")
    args = ap.parse_args()
    files = documents(args.dirs)
    passages = rows(PASSAGE_SETS[args.set])
    questions = rows(QA_SETS[args.set])

    from polkb.kb import KnowledgeBase
    from polkb.store import open_backend

    results = {}
    with tempfile.TemporaryDirectory() as tmp, node(args.url) as url:
        index_dir = Path(tmp) / "index"
        os_url = f"{url.rstrip('/')}/polkb-bench-quality-{uuid.uuid4().hex[:6]}"
        try:
            for label, options in (("whoosh", dict(backend="whoosh")), ("opensearch", dict(backend="opensearch", url=os_url))):
                with KnowledgeBase(index_dir, **options) as kb:
                    t = time.perf_counter()
                    report = kb.ingest(files)
                    took = time.perf_counter() - t
                    for f in report.failures:
                        print(f"{label}: ingest failure: {f.path}: {f.reason}", file=sys.stderr)
                with KnowledgeBase(index_dir, **options) as kb:
                    results[label] = {**search_scores(kb, passages, args.show, label),
                                      **qa_scores(kb, questions, args.show, label),
                                      "ingest s": took, "passages": report.passages}
        finally:
            with contextlib.suppress(Exception):
                b = open_backend(os_url, "opensearch")
                b.client.indices.delete(index=f"{b.alias}-v*,{b.lock_index}", ignore_unavailable=True)
    keys = ["S@1", "S@5", "MRR@10", "QA right+cited", "QA n", "p50 ms", "ingest s", "passages"]
    print(f"\n{len(files)} documents; passage set {args.set}: {len(passages)} queries; question set {args.set}: "
          f"{len(questions)} questions\n")
    print(f"| {'measure':<16} | {'whoosh':>10} | {'opensearch':>10} | {'difference':>10} |")
    print(f"|{'-' * 18}|{'-' * 12}|{'-' * 12}|{'-' * 12}|")
    for k in keys:
        w, o = results["whoosh"][k], results["opensearch"][k]
        diff = f"{o - w:+.3f}" if isinstance(w, float) else ""
        fmt = (lambda v: f"{v:.3f}") if isinstance(w, float) else str
        print(f"| {k:<16} | {fmt(w):>10} | {fmt(o):>10} | {diff:>10} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
