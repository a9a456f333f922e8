"""Search quality on the dev queries: polkb against plain Whoosh, in one run.

    python bench/quality.py [--queries ../shared/eval/dev_passages.jsonl] [DIR ...]

Builds, in a temporary folder, a polkb index of the documents (default: ../shared/seeds and
../shared/realcorpus beside the repository, SOURCES.md left out) with each Snowball Dutch stemmer,
and plain Whoosh indexes over 200-word windows of plainly extracted text (pypdf, BeautifulSoup)
with StandardAnalyzer and LanguageAnalyzer("nl"). Prints S@1, S@5 and MRR@10 for each (a hit is
right when its text holds one of the query's phrases, as ../shared/eval/score.py judges), and the
median in-process query time of polkb against plain Whoosh LanguageAnalyzer("nl") over polkb's own
passages.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


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


def plain_index(folder: Path, analyzer, passages: list[tuple[str, str]]):
    from whoosh import fields, index

    schema = fields.Schema(path=fields.ID(stored=True), body=fields.TEXT(analyzer=analyzer, stored=True))
    folder.mkdir(parents=True)
    ix = index.create_in(str(folder), schema)
    with ix.writer(limitmb=256) as w:
        for path, text in passages:
            w.add_document(path=path, body=text)
    return ix


def plain_search(searcher, parser, q: str, limit: int = 10) -> list[str]:
    return [h["body"] for h in searcher.search(parser.parse(q), limit=limit)]


def plain_highlighted(searcher, parser, q: str, limit: int = 10) -> list[str]:
    """What plain Whoosh needs to give what polkb gives: the hits with a highlighted snippet."""
    return [h.highlights("body") for h in searcher.search(parser.parse(q), limit=limit, terms=True)]



def score(ranked: list[list[str]], queries: list[dict]) -> dict:
    s1 = s5 = mrr = 0.0
    for texts, q in zip(ranked, queries):
        phrases = [norm(p) for p in q["phrase"]]
        first = next((i for i, t in enumerate(texts[:10]) if any(p in norm(t) for p in phrases)), None)
        s1 += first == 0
        s5 += first is not None and first < 5
        mrr += 1 / (first + 1) if first is not None else 0
    n = len(queries)
    return {"S@1": s1 / n, "S@5": s5 / n, "MRR@10": mrr / n}


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


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path,
                    default=[REPO.parent / "shared" / "seeds", REPO.parent / "shared" / "realcorpus"])
    ap.add_argument("--queries", type=Path, default=REPO.parent / "shared" / "eval" / "dev_passages.jsonl")
    args = ap.parse_args()
    queries = [json.loads(line) for line in args.queries.read_text(encoding="utf-8").splitlines() if line.strip()]
    files = documents(args.dirs)
    from whoosh import qparser
    from whoosh.analysis import LanguageAnalyzer, StandardAnalyzer

    from polkb import index as ix
    from polkb.kb import KnowledgeBase

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for stemmer in ("dutch_porter", "dutch"):  # the default last: it is timed below
            ix.STEMMER = stemmer
            folder = tmp / f"polkb-{stemmer}" / "index"
            kb = KnowledgeBase(folder)
            report = kb.ingest(files)
            if not report.ok:
                print("ingest failures:", [(f.path, f.reason) for f in report.failures], file=sys.stderr)
            ranked = [[h.text for h in kb.search(q["q"], limit=10).hits] for q in queries]
            rows.append((f"polkb (Snowball {stemmer})", score(ranked, queries)))
            if stemmer != "dutch":
                kb.close()
        rows.reverse()
        own = [(fields["path"], fields["body"]) for fields in kb.all_passages()]
        plain = [(str(p), w) for p in files for w in windows(plain_text(p))]
        for name, analyzer in (("Whoosh StandardAnalyzer", StandardAnalyzer()),
                               ('Whoosh LanguageAnalyzer("nl")', LanguageAnalyzer("nl"))):
            index = plain_index(tmp / name.split()[1][:8], analyzer, plain)
            with index.searcher() as s:
                parser = qparser.QueryParser("body", index.schema, group=qparser.OrGroup)
                ranked = [plain_search(s, parser, q["q"]) for q in queries]
            rows.append((f"{name}, 200-word windows", score(ranked, queries)))
        from polkb.analysis import dutch_analyzer

        fns = {"polkb": lambda q: kb.search(q["q"], limit=10)}
        searchers = []
        for key, analyzer in (("whoosh", LanguageAnalyzer("nl")), ("whoosh-same", dutch_analyzer())):
            same = plain_index(tmp / key, analyzer, own)
            s = same.searcher()
            searchers.append(s)
            parser = qparser.QueryParser("body", same.schema, group=qparser.OrGroup)
            fns[key] = lambda q, s=s, parser=parser: plain_search(s, parser, q["q"])
            if key == "whoosh":
                fns["whoosh-hl"] = lambda q, s=s, parser=parser: plain_highlighted(s, parser, q["q"])
        timing = timed(fns, queries)
        for s in searchers:
            s.close()
        kb.close()

    print(f"\nSearch quality on {len(queries)} dev queries over {len(files)} documents\n")
    print(f"| {'engine':<48} | S@1   | S@5   | MRR@10 |")
    print(f"|{'-' * 50}|-------|-------|--------|")
    for name, m in rows:
        print(f"| {name:<48} | {m['S@1']:.3f} | {m['S@5']:.3f} | {m['MRR@10']:.3f}  |")
    print(f"\nIn-process query time (searcher reused, top 10 with stored text; polkb also builds "
          f"snippets), median over {len(queries)} queries x 10, run interleaved, same {len(own)} passages:")
    print(f"  polkb                                      {timing['polkb'] * 1000:6.2f} ms")
    for key, name in (("whoosh", 'plain Whoosh, LanguageAnalyzer("nl")'),
                      ("whoosh-same", "plain Whoosh, polkb's Dutch analyzer"),
                      ("whoosh-hl", 'plain Whoosh, LanguageAnalyzer("nl") + highlights')):
        print(f"  {name:<42} {timing[key] * 1000:6.2f} ms   polkb/plain {timing['polkb'] / timing[key]:.2f}x")


if __name__ == "__main__":
    main()
