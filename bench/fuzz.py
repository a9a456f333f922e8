#!/usr/bin/env python3
"""Fuzzed queries against an index: exceptions, and the slowest queries.

    python bench/fuzz.py --index IDX [--api 10000] [--ask 500] [--cli 500] [--seed 7]

Random queries (seeded, so a run can be repeated) mix what reaches polkb in the field: words of
the index's own vocabulary, query syntax (AND OR NOT, quotes, brackets, `field:value`, prefixes
and wildcards, fuzzy `~` and boosts `^`), lone surrogates, control and bidi characters, emoji,
and very long input. They go through the Python API (`KnowledgeBase.search`, and `ask` for a
share of them) and as command lines through `polkb search` (a fresh process each). An exception
out of the API, a traceback or an exit code other than 0/1/2 from the CLI counts as a failure;
`UnknownFilterValue` (a `kind:` no kind answers to) is the one refusal the API may give and is
counted apart. Prints the counts, the failures by type, and the ten slowest API queries; the
target is 0 failures and no query over 1 s on the 100k-passage bench index (bench/speed.py --keep
leaves it in bench/out/run/).
"""
from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from polkb.kb import KnowledgeBase
from polkb.query.syntax import UnknownFilterValue

SYNTAX = ["AND", "OR", "NOT", "ANDNOT", "(", ")", '"', "*", "?", "~", "^2", "~2", "[a TO z]", "{1 TO 9}", ":"]
FIELDS = ["kind", "org", "year", "file", "lang", "format", "target", "topic", "person", "country",
          "initiative", "doc", "None", "nofield", "body", "context"]
ODD = ["\ud800", "\udfff", "\x00", "\x07", "\x1b[31m", "\u202e", "\ufeff", "\u00ad", "\u2028", "\U0001f600",
       "\U0010ffff", "\ue000", "é", "ß", "İ", "ﬁ", "\t", "\n", "\r", "\\", "/", "%", "&", "|", "!", "#", "@"]


def vocabulary(kb: KnowledgeBase, n: int = 3000) -> list[str]:
    """Words of the index's passages, so many queries match something (as real ones do)."""
    words: list[str] = []
    for i, p in enumerate(kb.all_passages()):
        words.extend(p.get("body", "").split()[:40])
        if len(words) > n * 4 or i > 2000:
            break
    random.shuffle(words)
    return words[:n] or ["studenten"]


def query(rng: random.Random, words: list[str]) -> str:
    kind = rng.random()
    if kind < 0.05:  # very long input
        return rng.choice(words) * rng.randint(200, 3000)
    parts = []
    for _ in range(rng.randint(1, 8)):
        r = rng.random()
        if r < 0.45:
            w = rng.choice(words)
            if rng.random() < 0.2:
                w = w[: rng.randint(1, max(1, len(w)))] + "*"
            parts.append(w)
        elif r < 0.65:
            parts.append(rng.choice(SYNTAX))
        elif r < 0.8:
            parts.append(f"{rng.choice(FIELDS)}:{rng.choice(words + ODD)}")
        else:
            parts.append("".join(rng.choice(ODD + [rng.choice(words)]) for _ in range(rng.randint(1, 4))))
    return (" " if rng.random() < 0.8 else "").join(parts)


def run_api(kb: KnowledgeBase, queries: list[str], ask_every: int) -> tuple[Counter, list, int]:
    failures: Counter = Counter()
    timings: list[tuple[float, str, str]] = []
    refused = 0
    for i, q in enumerate(queries):
        if i and i % 1000 == 0:
            print(f"  … {i} queries", file=sys.stderr, flush=True)
        for what in ("search", "ask") if ask_every and i % ask_every == 0 else ("search",):
            t = time.perf_counter()
            try:
                kb.search(q, limit=10) if what == "search" else kb.ask(q)
            except UnknownFilterValue:
                refused += 1
            except Exception as e:  # noqa: BLE001 - every exception is what this bench counts
                failures[f"{what}: {type(e).__name__}: {str(e)[:80]}"] += 1
            timings.append((time.perf_counter() - t, what, q))
    return failures, timings, refused


POLKB = str(Path(sys.executable).with_name("polkb"))  # the console script of this environment


def run_cli(index: Path, queries: list[str]) -> tuple[Counter, Counter]:
    failures: Counter = Counter()
    codes: Counter = Counter()
    for q in queries:
        # a command line is bytes: lone surrogates arrive as undecodable bytes, and it holds no NUL
        arg = q.encode("utf-8", "surrogatepass").replace(b"\x00", b"")
        r = subprocess.run([POLKB, "--index", str(index), "search", "--", arg],
                           capture_output=True, text=True, errors="replace")
        codes[r.returncode] += 1
        if r.returncode not in (0, 1, 2) or "Traceback" in r.stderr or "Error: " in r.stderr and "usage" not in r.stderr.lower() \
                and not r.stderr.startswith(("Error: unknown", "Error: no ")):
            failures[f"exit {r.returncode}: {(r.stderr.strip().splitlines() or [''])[-1][:80]}"] += 1
    return failures, codes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--api", type=int, default=10_000)
    ap.add_argument("--ask", type=int, default=500, help="how many of the API queries also go to ask")
    ap.add_argument("--cli", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    random.seed(a.seed)
    with KnowledgeBase(a.index) as kb:
        words = vocabulary(kb)
        passages = kb.stats()["passages"]
        queries = [query(rng, words) for _ in range(a.api)]
        started = time.perf_counter()
        failures, timings, refused = run_api(kb, queries, max(1, a.api // a.ask) if a.ask else 0)
        api_s = time.perf_counter() - started
    cli_failures, codes = run_cli(a.index, [query(rng, words) for _ in range(a.cli)]) if a.cli else (Counter(), Counter())
    searches = [t for t, what, _ in timings if what == "search"]
    print(f"index {a.index}: {passages} passages; seed {a.seed}")
    print(f"API: {len(queries)} searches and {len(timings) - len(searches)} questions in {api_s:.0f} s; "
          f"failures {sum(failures.values())}; refused (unknown kind) {refused}; "
          f"search median {statistics.median(searches) * 1000:.1f} ms, max {max(searches) * 1000:.0f} ms")
    for f, n in failures.most_common(10):
        print(f"  {n} x {f}")
    print(f"CLI: {a.cli} `polkb search` processes; exit codes {dict(sorted(codes.items()))}; "
          f"failures {sum(cli_failures.values())}")
    for f, n in cli_failures.most_common(10):
        print(f"  {n} x {f}")
    print("slowest API calls:")
    for t, what, q in sorted(timings, reverse=True)[:10]:
        shown = q.encode("unicode_escape").decode("ascii")
        print(f"  {t * 1000:7.0f} ms  {what:6s} {shown[:90]!s}")
    worst = max(t for t, _, _ in timings)
    ok = not failures and not cli_failures and worst <= 1.0
    print(f"target: 0 failures, every query <= 1 s: {'PASS' if ok else 'FAIL'} (worst {worst:.2f} s)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
