"""Which compound approach works better inside OpenSearch, on polkb's own passages.

    python bench/opensearch_analysis.py [--url URL] [--set tune|check|dev] [--index DIR] [--show] [DIR ...]

The passages are polkb's (its reading, structure and passage cutting) of the documents in DIR
(default: the shipped corpus/), from `--index DIR` when given, else ingested into a temporary
index. They are bulk-indexed into OpenSearch with the settings of `polkb.store.opensearch.analysis`,
once per compound approach:

- none: no compound splitting (the baseline);
- decompounder: OpenSearch's dictionary_decompounder at index time, only the longest listed word
  at each letter (`only_longest_match`, the module's default), or every listed word (all);
- parts: no decompounder; polkb's own compound parts of each passage in the field `body_parts`,
  searched together with `body` as one multi_match cross_fields query (a word counts once,
  through the field where it scores best, with term statistics blended across the two fields).

"+ query parts" adds polkb's split of long query words ("alcoholpreventie" → alcohol preventie)
as a further, optional clause, which is what polkb's query planning does with compound query words.
Every approach gets the same query otherwise: the query text in `body` (Dutch analyser with
search-time synonyms), `body_en` (English passages) and `context` (title and headings, boost 0.5).

The queries are the blind sets in bench/eval/ (`--set`, default tune), keeping those whose source
document is among the passages. A hit is right when its text holds one of the query's phrases
(case, accents, line-end hyphenation ignored), as bench/eval/score.py judges it. Reported: S@1,
S@5 and MRR@10 per approach, and polkb's own search over the same passages for reference.

The node: `--url` of a running OpenSearch, else the test node of tests/opensearch_node (Java 17
and Maven; built once, started and stopped here). The indexes it makes are deleted at the end.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from quality import SETS, documents, norm  # noqa: E402  (bench/quality.py: the same judging)

from polkb.store.opensearch import analysis as A  # noqa: E402

PREFIX = "polkb-bench-compounds"
APPROACHES = {  # name: (index, index settings options, query parts?)
    "none": ("none", dict(compounds="none"), False),
    "decompounder (longest)": ("longest", dict(compounds="decompounder", only_longest_match=True), False),
    "decompounder (all)": ("all", dict(compounds="decompounder", only_longest_match=False), False),
    "parts (polkb's split)": ("parts", dict(compounds="parts"), False),
    "none + query parts": ("none", dict(compounds="none"), True),
    "decompounder (longest) + query parts": ("longest", dict(compounds="decompounder", only_longest_match=True), True),
    "parts + query parts": ("parts", dict(compounds="parts"), True),
}


def load_queries(name: str) -> list[dict]:
    path = REPO / "bench" / SETS[name]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def passages_of(kb) -> list[dict]:
    out = []
    for p in kb.all_passages():
        heading = p.get("heading") or ""
        out.append({"id": p["id"], "file": Path(p.get("path") or "").name, "body": p.get("body") or "",
                    "lang": p.get("lang") or "nl",
                    "context": " | ".join(x for x in (p.get("title") or "", heading) if x)})
    return out


def index_passages(client, name: str, options: dict, passages: list[dict]) -> dict:
    from opensearchpy import helpers

    mode = options["compounds"]
    client.indices.delete(index=name, ignore=[404])
    started = time.monotonic()
    client.indices.create(index=name, body={"settings": A.index_settings(**options),
                                            "mappings": A.passage_mappings(mode)})
    created = time.monotonic() - started

    def actions():
        for p in passages:
            doc = {"body": p["body"], "context": p["context"]}
            if p["lang"] == "en":
                doc["body_en"] = p["body"]
            if mode == "parts":
                doc["body_parts"] = A.compound_parts(p["body"])
            yield {"_index": name, "_id": p["id"], "_source": doc}

    started = time.monotonic()
    ok, errors = helpers.bulk(client, actions(), chunk_size=500, request_timeout=300, raise_on_error=False)
    client.indices.refresh(index=name)
    indexed = time.monotonic() - started
    if errors:
        raise SystemExit(f"{name}: {len(errors)} bulk errors, first: {errors[0]}")
    stats = client.indices.stats(index=name, metric="store")
    size = stats["indices"][name]["primaries"]["store"]["size_in_bytes"]
    return {"create_s": created, "index_s": indexed, "size": size, "docs": ok}


def query_body(q: str, mode: str, query_parts: bool, k: int = 10) -> dict:
    body_clause = ({"multi_match": {"query": q, "fields": ["body", "body_parts"], "type": "cross_fields"}}
                   if mode == "parts" else {"match": {"body": {"query": q}}})
    should = [body_clause, {"match": {"body_en": {"query": q}}},
              {"match": {"context": {"query": q, "boost": 0.5}}}]
    if query_parts:
        for _word, parts in A.query_compound_parts(q):
            should.append({"match": {"body": {"query": " ".join(parts), "operator": "and", "boost": 0.5}}})
    return {"size": k, "_source": False, "query": {"bool": {"should": should}}}


def first_right(texts: dict[str, str], q: dict, ranked: list[str]) -> int | None:
    phrases = [norm(p) for p in q["phrase"]]
    return next((i for i, pid in enumerate(ranked[:10]) if any(p in norm(texts[pid]) for p in phrases)), None)


def measure(texts, queries, ranked) -> dict:
    firsts = [first_right(texts, q, r) for q, r in zip(queries, ranked)]
    n = len(queries) or 1
    return {"S@1": sum(f == 0 for f in firsts) / n, "S@5": sum(f is not None and f < 5 for f in firsts) / n,
            "MRR@10": sum(1 / (f + 1) for f in firsts if f is not None) / n, "firsts": firsts}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[REPO / "corpus"])
    ap.add_argument("--url", help="a running OpenSearch (default: start the test node)")
    ap.add_argument("--set", default="tune", choices=sorted(SETS))
    ap.add_argument("--index", type=Path, help="an existing polkb index of the same documents")
    ap.add_argument("--show", action="store_true", help="list the queries on which the approaches differ")
    args = ap.parse_args()

    from polkb.kb import KnowledgeBase

    with tempfile.TemporaryDirectory() as tmp:
        kb = KnowledgeBase(args.index or Path(tmp) / "index")
        if not args.index:
            report = kb.ingest(documents(args.dirs))
            for f in report.failures:
                print(f"ingest failure: {f.path}: {f.reason}", file=sys.stderr)
        passages = passages_of(kb)
        texts = {p["id"]: p["body"] for p in passages}
        files = {p["file"] for p in passages}
        all_queries = load_queries(args.set)
        queries = [q for q in all_queries if any(f.startswith(q["src"]) for f in files)]
        own = [[h.passage_id for h in kb.search(q["q"], limit=10).hits] for q in queries]
        kb.close()

        if args.url:
            run(args, args.url, passages, texts, queries, own, len(all_queries))
        else:
            from tests.opensearch_node.node import NodeUnavailable, running_node

            try:
                started = time.monotonic()
                with running_node() as url:
                    print(f"test node up at {url} in {time.monotonic() - started:.1f} s", file=sys.stderr)
                    run(args, url, passages, texts, queries, own, len(all_queries))
            except NodeUnavailable as e:
                print(f"no OpenSearch node: {e}", file=sys.stderr)
                return 1
    return 0


def run(args, url, passages, texts, queries, own, n_all) -> None:
    from opensearchpy import OpenSearch

    client = OpenSearch(hosts=[url], timeout=300)
    indexes: dict[str, dict] = {}
    try:
        for _, (suffix, options, _qp) in APPROACHES.items():
            if suffix not in indexes:
                indexes[suffix] = index_passages(client, f"{PREFIX}-{suffix}", options, passages)
        results = {}
        for approach, (suffix, options, query_parts) in APPROACHES.items():
            ranked = []
            for q in queries:
                body = query_body(q["q"], options["compounds"], query_parts)
                hits = client.search(index=f"{PREFIX}-{suffix}", body=body)["hits"]["hits"]
                ranked.append([h["_id"] for h in hits])
            results[approach] = measure(texts, queries, ranked)
        results["polkb itself (Whoosh, for reference)"] = measure(texts, queries, own)
    finally:
        for suffix in indexes:
            client.indices.delete(index=f"{PREFIX}-{suffix}", ignore=[404])
        client.close()

    english = sum(q.get("lang") == "en" for q in queries)
    print(f"\nCompounds in OpenSearch: {len(passages)} polkb passages of {len({p['file'] for p in passages})} "
          f"documents; {args.set} set: {len(queries)} of {n_all} queries have their source here "
          f"({english} English)\n")
    print(f"| {'approach':<40} | S@1   | S@5   | MRR@10 |")
    print(f"|{'-' * 42}|-------|-------|--------|")
    for approach, m in results.items():
        print(f"| {approach:<40} | {m['S@1']:.3f} | {m['S@5']:.3f} | {m['MRR@10']:.3f}  |")
    dutch = [i for i, q in enumerate(queries) if q.get("lang") != "en"]
    print(f"\nDutch queries only ({len(dutch)}):\n")
    print(f"| {'approach':<40} | S@1   | S@5   |")
    print(f"|{'-' * 42}|-------|-------|")
    for approach, m in results.items():
        f = [m["firsts"][i] for i in dutch]
        print(f"| {approach:<40} | {sum(x == 0 for x in f) / len(f):.3f} | "
              f"{sum(x is not None and x < 5 for x in f) / len(f):.3f} |")
    print("\nIndexes (primaries):\n")
    for suffix, s in indexes.items():
        print(f"- {suffix}: {s['docs']} passages, created in {s['create_s']:.2f} s, bulk-indexed in "
              f"{s['index_s']:.2f} s, {s['size'] / 1e6:.2f} MB")
    if args.show:
        print("\nQueries where the approaches differ (rank of the first right passage, - = not in the top 10):\n")
        names = list(results)
        for i, q in enumerate(queries):
            ranks = [results[n]["firsts"][i] for n in names]
            if len({r for r in ranks}) > 1:
                cells = " ".join(f"{'-' if r is None else r + 1:>2}" for r in ranks)
                print(f"  {q['id']:<7} {cells}  {q['q']!r}")
        print("  columns: " + " | ".join(names))


if __name__ == "__main__":
    sys.exit(main())
