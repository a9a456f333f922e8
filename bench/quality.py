"""Search quality against plain engines, side by side, on blind query sets.

    python bench/quality.py [--set tune|check|dev|s8|all] [--index DIR] [--show] [--timing] [DIR ...]

Corpus: the documents in DIR (default: ../shared/seeds, ../shared/realcorpus beside the repository
and bench/corpus-extra; SOURCES.md and README.md left out). Engines, each over the same documents:

- polkb, from `--index DIR` when given (it must hold these documents), else built in a temporary
  folder;
- anchors over 200-word windows of plainly extracted text (pypdf, BeautifulSoup), each with its
  own Dutch analysis: Tantivy (`tantivy`, Snowball dutch + Dutch stop words), Lucene
  (`DutchAnalyzer`, bench/anchors/lucene_anchor.py, needs java and mvn), and Whoosh
  (`LanguageAnalyzer("nl")`). An anchor whose tool is missing is named and skipped.

Relevance is judged as ../shared/eval/score.py judges it: a unit (passage or window) is relevant
when its text holds one of the query's phrases (case, accents and line-end hyphenation ignored).
The qrels of each engine are every unit of its own collection that holds a phrase, so nDCG@10 is
measured against what that engine could have found. Measures come from `ir-measures`: S@1, S@5,
MRR@10 (RR@10) and nDCG@10. `--show` lists the queries polkb misses in its top 5 (look at `tune`
only, or `check` stops measuring). `--timing` adds the median in-process query time of polkb
against plain Whoosh over polkb's own passages.

Install the anchors with `pip install -e .[bench]`.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
SETS = {"tune": "eval/passages_tune.jsonl", "check": "eval/passages_check.jsonl",
        "dev": "eval/dev_passages.jsonl", "s8": "eval/passages_s8.jsonl", "s10": "eval/passages_s10.jsonl",
        "s11": "eval/passages_s11.jsonl", "s12": "eval/passages_s12.jsonl", "s13": "eval/passages_s13.jsonl",
        "s14": "eval/passages_s14.jsonl", "s15": "eval/passages_s15.jsonl",
        "s16": "eval/passages_s16.jsonl", "s17": "eval/passages_s17.jsonl",
        "s18": "eval/passages_s18.jsonl", "s19": "eval/passages_s19.jsonl",
        "s20": "eval/passages_s20.jsonl", "s21": "eval/passages_s21.jsonl",
        "s22": "eval/passages_s22.jsonl", "s23": "eval/passages_s23.jsonl", "s25": "eval/passages_s25.jsonl",
        "s28": "eval/passages_s28.jsonl",
        "s30": "eval/passages_s30.jsonl", "s31": "eval/passages_s31.jsonl",
        "s33": "eval/passages_s33.jsonl", "s34": "eval/passages_s34.jsonl",
        "s35": "eval/passages_s35.jsonl", "s36": "eval/passages_s36.jsonl", "s37": "eval/passages_s37.jsonl",
        "s38": "eval/passages_s38.jsonl", "s39": "eval/passages_s39.jsonl", "s41": "eval/passages_s41.jsonl",
        "s42": "eval/passages_s42.jsonl", "s44": "eval/passages_s44.jsonl", "s46": "eval/passages_s46.jsonl",
        "s48": "eval/passages_s48.jsonl"}
MEASURES = ("S@1", "S@5", "MRR@10", "nDCG@10")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", s)
    return re.sub(r"\s+", " ", s)


def documents(dirs: list[Path]) -> list[Path]:
    return sorted(p for d in dirs for p in d.iterdir()
                  if p.is_file() and p.name not in ("SOURCES.md", "README.md") and not p.name.startswith("."))


def plain_text(path: Path) -> str:
    """What an off-the-shelf pipeline extracts: pypdf's text, BeautifulSoup's text, raw text."""
    data = path.read_bytes()
    if data[:5] == b"%PDF-":
        import logging

        from pypdf import PdfReader

        logging.getLogger("pypdf").setLevel(logging.ERROR)
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    text = data.decode("utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(text, "html.parser")
        for tag in soup(["script", "style"]):
            tag.decompose()
        return soup.get_text("\n")
    return text


def windows(text: str, size: int = 200) -> list[str]:
    words = text.split()
    return [" ".join(words[i:i + size]) for i in range(0, len(words), size)] or [""]


# --- engines: each takes the queries and returns, per query, a ranked list of unit ids ---------

def whoosh_rank(units: dict[str, str], queries: list[str], folder: Path, analyzer=None) -> list[list[str]]:
    from whoosh import fields, index, qparser
    from whoosh.analysis import LanguageAnalyzer

    schema = fields.Schema(uid=fields.ID(stored=True),
                           body=fields.TEXT(analyzer=analyzer or LanguageAnalyzer("nl")))
    folder.mkdir(parents=True)
    ix = index.create_in(str(folder), schema)
    with ix.writer(limitmb=256) as w:
        for uid, text in units.items():
            w.add_document(uid=uid, body=text)
    with ix.searcher() as s:
        parser = qparser.QueryParser("body", ix.schema, group=qparser.OrGroup)
        return [[h["uid"] for h in s.search(parser.parse(q), limit=10)] for q in queries]


def tantivy_rank(units: dict[str, str], queries: list[str]) -> list[list[str]]:
    import tantivy

    nl = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.lowercase())
          .filter(tantivy.Filter.stopword("dutch")).filter(tantivy.Filter.stemmer("dutch")).build())
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("uid", stored=True, tokenizer_name="raw")
    sb.add_text_field("body", tokenizer_name="nl")
    index = tantivy.Index(sb.build())
    index.register_tokenizer("nl", nl)
    w = index.writer(heap_size=100_000_000, num_threads=1)
    for uid, text in units.items():
        w.add_document(tantivy.Document(uid=uid, body=text))
    w.commit()
    w.wait_merging_threads()
    index.reload()
    s = index.searcher()
    ranked = []
    for q in queries:
        words = re.findall(r"\w+", q)  # plain words: the query language's syntax is not the test
        if not words:
            ranked.append([])
            continue
        query, _errors = index.parse_query_lenient(" ".join(words), ["body"])
        ranked.append([s.doc(addr)["uid"][0] for _score, addr in s.search(query, 10).hits])
    return ranked


def lucene_rank(units: dict[str, str], queries: list[str]) -> list[list[str]]:
    from anchors import lucene_anchor

    return lucene_anchor.rank(list(units.items()), queries, k=10)


def anchor_missing(name: str) -> str | None:
    try:
        if name == "tantivy":
            import tantivy  # noqa: F401
        elif name == "lucene":
            from anchors import lucene_anchor

            return lucene_anchor.available()
    except ImportError as e:
        return f"{e.name} is not installed (pip install -e .[bench])"
    return None


# --- measures ----------------------------------------------------------------------------------

def qrels_of(units: dict[str, str], queries: list[dict]) -> list:
    """Every unit of a collection that holds one of a query's phrases is relevant to it."""
    from ir_measures import Qrel

    normed = {uid: norm(t) for uid, t in units.items()}
    out = []
    for q in queries:
        phrases = [norm(p) for p in q["phrase"]]
        out += [Qrel(q["id"], uid, 1) for uid, t in normed.items() if any(p in t for p in phrases)]
    return out


def measure(units: dict[str, str], queries: list[dict], ranked: list[list[str]]) -> dict:
    import ir_measures
    from ir_measures import RR, ScoredDoc, Success, nDCG

    run = [ScoredDoc(q["id"], uid, float(len(r) - i)) for q, r in zip(queries, ranked) for i, uid in enumerate(r[:10])]
    names = {Success @ 1: "S@1", Success @ 5: "S@5", RR @ 10: "MRR@10", nDCG @ 10: "nDCG@10"}
    agg = ir_measures.calc_aggregate(list(names), qrels_of(units, queries), run)
    # ir-measures averages over the queries present in the qrels; a query nothing answers counts 0
    judged = {r.query_id for r in qrels_of(units, queries)}
    share = len(judged) / len(queries) if queries else 0
    return {name: agg.get(m, 0.0) * share for m, name in names.items()}


def first_right(units: dict[str, str], q: dict, ranked: list[str]) -> int | None:
    phrases = [norm(p) for p in q["phrase"]]
    return next((i for i, uid in enumerate(ranked[:10]) if any(p in norm(units[uid]) for p in phrases)), None)


def timed(fns: dict, queries, repeat=10) -> dict:
    """Median seconds per query of each function, over `repeat` rounds of all queries, run
    interleaved query by query (so the machine's noise hits all alike); a first round warms
    caches and is not counted."""
    times = {name: [] for name in fns}
    for round_ in range(repeat + 1):
        for q in queries:
            for name, fn in fns.items():
                t = time.perf_counter()
                fn(q)
                if round_:
                    times[name].append(time.perf_counter() - t)
    return {name: statistics.median(v) for name, v in times.items()}


def load_queries(names: list[str]) -> list[dict]:
    out = []
    for name in names:
        path = REPO / "bench" / SETS[name]
        out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path,
                    default=[REPO.parent / "shared" / "seeds", REPO.parent / "shared" / "realcorpus",
                             REPO / "bench" / "corpus-extra"])
    ap.add_argument("--set", default="tune,check,dev",
                    help="comma-separated: tune, check, dev, s8 (tune data since its first score), or all "
                         "(default: tune,check,dev)")
    ap.add_argument("--index", type=Path, help="an existing polkb index of the same documents")
    ap.add_argument("--only-polkb", action="store_true", help="skip the anchors (quicker while tuning)")
    ap.add_argument("--show", action="store_true", help="list polkb's misses in its top 5")
    ap.add_argument("--timing", action="store_true", help="also time polkb against plain Whoosh")
    args = ap.parse_args()
    sets = list(SETS) if args.set == "all" else args.set.split(",")
    per_set = {name: load_queries([name]) for name in sets}
    queries = [q for name in sets for q in per_set[name]]
    files = documents(args.dirs)

    from polkb.kb import KnowledgeBase

    engines: dict[str, tuple[dict[str, str], list[list[str]]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        kb = KnowledgeBase(args.index or tmp / "polkb" / "index")
        if not args.index:
            report = kb.ingest(files)
            for f in report.failures:
                print(f"ingest failure: {f.path}: {f.reason}", file=sys.stderr)
        own = {p["id"]: p["body"] for p in kb.all_passages()}
        engines["polkb"] = (own, [[h.passage_id for h in kb.search(q["q"], limit=10).hits] for q in queries])

        if not args.only_polkb:
            plain = {}
            for p in files:
                key = hashlib.sha1(str(p).encode()).hexdigest()[:8]
                plain.update({f"{key}-{i}": w for i, w in enumerate(windows(plain_text(p)))})
            texts = [q["q"] for q in queries]
            for name, label, fn in (("tantivy", "Tantivy nl", lambda: tantivy_rank(plain, texts)),
                                    ("lucene", "Lucene DutchAnalyzer", lambda: lucene_rank(plain, texts)),
                                    ("whoosh", 'Whoosh LanguageAnalyzer("nl")',
                                     lambda: whoosh_rank(plain, texts, tmp / "whoosh"))):
                why = anchor_missing(name)
                if why:
                    print(f"{label}: skipped, {why}", file=sys.stderr)
                    continue
                engines[f"{label}, 200-word windows"] = (plain, fn())

        print(f"\nSearch quality over {len(files)} documents ({len(own)} polkb passages)")
        for name in sets:
            qs = per_set[name]
            ids = {q["id"] for q in qs}
            print(f"\n{name}: {len(qs)} queries ({sum(q.get('lang') == 'en' for q in qs)} English)\n")
            print(f"| {'engine':<46} | " + " | ".join(f"{m:<7}" for m in MEASURES) + " |")
            print(f"|{'-' * 48}|" + "|".join("-" * 9 for _ in MEASURES) + "|")
            table = {}
            for engine, (units, ranked) in engines.items():
                sel = [(q, r) for q, r in zip(queries, ranked) if q["id"] in ids]
                m = table[engine] = measure(units, [q for q, _ in sel], [r for _, r in sel])
                print(f"| {engine:<46} | " + " | ".join(f"{m[k]:.3f}  " for k in MEASURES) + " |")
            anchors = [e for e in table if e != "polkb"]
            if anchors:
                behind = [f"{k} ({e.split(',')[0]})" for e in anchors for k in MEASURES
                          if table["polkb"][k] <= table[e][k]]
                print(f"\npolkb ahead of every anchor on every measure: "
                      f"{'yes' if not behind else 'no, not on ' + ', '.join(behind)}")
            if args.show and name != "check":
                units, ranked = engines["polkb"]
                for q, r in zip(queries, ranked):
                    if q["id"] in ids:
                        at = first_right(units, q, r)
                        if at is None or at >= 5:
                            print(f"  miss {q['id']} [{q.get('lang')}] {q['q']!r} -> first right at "
                                  f"{'none' if at is None else at + 1}; phrase {q['phrase'][0]!r}")

        if args.timing:
            from whoosh import fields, index, qparser
            from whoosh.analysis import LanguageAnalyzer

            schema = fields.Schema(body=fields.TEXT(analyzer=LanguageAnalyzer("nl"), stored=True))
            (tmp / "timing").mkdir()
            same = index.create_in(str(tmp / "timing"), schema)
            with same.writer(limitmb=256) as w:
                for text in own.values():
                    w.add_document(body=text)
            with same.searcher() as s:
                parser = qparser.QueryParser("body", same.schema, group=qparser.OrGroup)
                timing = timed({"polkb": lambda q: kb.search(q["q"], limit=10),
                                "whoosh": lambda q: [h["body"] for h in s.search(parser.parse(q["q"]), limit=10)]},
                               queries)
            print(f"\nIn-process query time, median over {len(queries)} queries x 10, interleaved, "
                  f"same {len(own)} passages: polkb {timing['polkb'] * 1000:.2f} ms, plain Whoosh "
                  f"{timing['whoosh'] * 1000:.2f} ms, polkb/plain {timing['polkb'] / timing['whoosh']:.2f}x")
        kb.close()


if __name__ == "__main__":
    main()
