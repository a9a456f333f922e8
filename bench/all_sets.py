#!/usr/bin/env python3
"""Every blind question and query set over one index of every evaluation document, with tune sets
shown per set and held-out sets only in aggregate.

    python bench/all_sets.py build CORPUS_DIR --index IDX     # copy the documents, ingest them
    python bench/all_sets.py ask --index IDX [--save F] [--diff OLD]
    python bench/all_sets.py search --index IDX [--save F] [--diff OLD]
    python bench/all_sets.py records [--per]                   # initiative records, tagged afresh
    python bench/all_sets.py failures --index IDX              # where answerable questions fail, in aggregate

Why one index: each set was written over the corpus of its session (bench/eval/README.md), and
rebuilding a dozen indexes before every measurement cost more than the measurement. One index of
all documents is also nearer to a user's knowledge base than any one of them: the near misses of
an early set were checked against fewer documents, and a later document may now answer one, so
figures differ a little from a set's own index (dev 14/15 here, 15/15 over its own documents).

`build` puts ../shared/seeds/*.txt, ../shared/realcorpus and every bench/corpus-* folder (their
SOURCES.md left out) into CORPUS_DIR, then ingests it.

Held-out sets (HELD) print one aggregate line and, with `--diff`, only how many of their
questions changed, never which: their failures are not to be read (see bench/eval/README.md).
`--save` keeps each question's outcome as JSON, `--diff OLD` compares with a saved run.

`records` scores the initiative and figure labels of every label set (bench/records.py's LABELS;
a set not in HELD is a tune set) against the corpora polkb tags afresh (no index): tune and
held-out sets each summed, and with `--per` every tune set on its own line (right/wrong/missed).

`--field-glossary FILE` (ask, search, failures) reads FILE instead of the shipped field glossary
(src/polkb/data/glossary_en_nl.txt): how English questions fare on words nobody wrote a field entry
for. Entries were added to that file for tune questions that failed, so the tune sets' English
figures flatter it. The file as first written from the corpus's word list, before any query was
read (commit d77812e), stands in for a glossary that never saw the questions:

    git show d77812e:src/polkb/data/glossary_en_nl.txt > /tmp/field0.txt
    python bench/all_sets.py ask --index IDX --field-glossary /tmp/field0.txt

Measured on the 302-document index (session 28): ask TUNE 539 -> 512 right, HELD 251 -> 250;
search TUNE English S@5 .888 -> .764, HELD English .631 -> .619. The entries written since serve
the tune questions they were written for and hardly the held-out ones. (The general and WordNet
glossaries list the field glossary's words too, so a word left out falls back on them, as an
unseen word would.)

`failures` splits the answerable questions of tune and held-out sets, each summed, by what
`polkb ask` did (right, wrong, abstained) and where a passage holding the answer stands in a
search for the question's own words (first, in the top 5, the top 10, or not found): whether the
search or the reader loses an answer. Abstentions are also counted by the reason the last line
of their explanation gives (numbers and quotes blanked), so held-out sets show their classes of
failure without any one question.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "eval"))

TUNE_QA = ["tune", "s8", "s9", "s11", "s12", "s13", "s14", "s16", "s20", "s22", "s27", "s28", "s30", "s31", "s33", "s34", "s35", "s36", "s37", "s38", "s39", "s41", "s42", "s44", "s46", "s48", "dev"]
TUNE_SEARCH = ["tune", "dev", "s8", "s11", "s12", "s13", "s14", "s16", "s20", "s22", "s28", "s30", "s31", "s33", "s34", "s35", "s36", "s37", "s38", "s39", "s41", "s42", "s44", "s46", "s48"]
HELD = ["check", "s10", "s15", "s17", "s18", "s19", "s21", "s23", "s25"]


def build(folder: Path, index: str) -> None:
    shared = HERE.parent.parent / "shared"
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted((shared / "seeds").glob("*.txt")) + sorted((shared / "realcorpus").iterdir())
    for d in sorted(HERE.glob("corpus-*")):
        sources += sorted(d.iterdir())
    for p in sources:
        if p.is_file() and p.name not in ("SOURCES.md", "README.md") and not (folder / p.name).exists():
            shutil.copy(p, folder / p.name)
    from polkb.kb import KnowledgeBase

    with KnowledgeBase(index) as kb:
        print(kb.ingest([str(folder)]))


def run_ask(index: str) -> dict:
    import qa
    from polkb.kb import KnowledgeBase

    out = {}
    with KnowledgeBase(index) as kb:
        for name in TUNE_QA + HELD:
            for line in (HERE / qa.SETS[name]).read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                q = json.loads(line)
                a = kb.ask(q["q"])
                right, cited, gave = qa.judge(q, a)
                out[q["id"]] = {"set": name, "right": bool(right and cited), "answered": bool(gave),
                                "uncited": bool(right and not cited),  # the answer's words, another document
                                "type": a.type, "lang": q.get("lang") or "nl", "confidence": a.confidence}
    return out


def report_ask(out: dict) -> None:
    rows = collections.defaultdict(lambda: [0, 0, 0, 0])  # questions, right, answered, right of answered
    for v in out.values():
        for key in (v["set"] if v["set"] in TUNE_QA else None, "TUNE" if v["set"] in TUNE_QA else "HELD"):
            if key:
                r = rows[key]
                r[0] += 1
                r[1] += v["right"]
                r[2] += v["answered"]
                r[3] += v["right"] and v["answered"]
    for key in [*TUNE_QA, "TUNE", "HELD"]:
        n, right, answered, good = rows[key]
        if n:
            print(f"{key:6s} right {right}/{n} ({right / n:.0%}); answered {answered}, "
                  f"precision {good / answered if answered else 1:.0%}")


def run_search(index: str) -> dict:
    import quality
    from polkb.kb import KnowledgeBase

    out = {}
    with KnowledgeBase(index) as kb:
        for name in TUNE_SEARCH + HELD:
            for q in quality.load_queries([name]):
                phrases = [quality.norm(p) for p in q["phrase"]]
                hits = kb.search(q["q"], limit=10).hits
                rank = next((i for i, h in enumerate(hits)
                             if any(p in quality.norm(kb.passage(h.passage_id).text) for p in phrases)), None)
                out[q["id"]] = {"set": name, "rank": rank, "lang": q.get("lang") or "nl"}
    return out


def report_search(out: dict) -> None:
    rows = collections.defaultdict(lambda: [0, 0, 0, 0.0])  # queries, S@1, S@5, reciprocal ranks
    for v in out.values():
        group = "TUNE" if v["set"] in TUNE_SEARCH else "HELD"
        for key in ((v["set"],) if group == "TUNE" else ()) + (group, f"{group} {v['lang']}"):
            r, rank = rows[key], v["rank"]
            r[0] += 1
            r[1] += rank == 0
            r[2] += rank is not None and rank < 5
            r[3] += 1 / (rank + 1) if rank is not None else 0
    for key in [*TUNE_SEARCH, "TUNE", "TUNE nl", "TUNE en", "HELD", "HELD nl", "HELD en"]:
        n, s1, s5, rr = rows[key]
        if n:
            print(f"{key:8s} n={n:3d}  S@1 {s1 / n:.3f}  S@5 {s5 / n:.3f}  MRR@10 {rr / n:.3f}")


def run_records(per_set: bool) -> None:
    import contextlib
    import io
    import logging

    import records

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    corpora = records.CORPORA + sorted(HERE.glob("corpus-*"))
    tune = [name for name in records.LABELS if name not in HELD]
    for group, names in (("TUNE", tune), ("HELD", [n for n in HELD if n in records.LABELS])):
        totals: dict[str, records.Score] = {}
        for name in names:
            labels = json.loads(records.LABELS[name].read_text(encoding="utf-8"))
            with contextlib.redirect_stderr(io.StringIO()):  # (a line per document read)
                scores = records.score_set(labels, corpora, False)
            if per_set and group == "TUNE":
                print(f"{name:7} " + " ".join(f"{k.strip()[:8]}={v.tp}/{v.fp}/{v.fn}" for k, v in scores.items()))
            for kind, v in scores.items():
                total = totals.setdefault(kind, records.Score(extra={"given right": 0}))
                total.add(v)
                total.extra["given right"] += v.extra.get("given right", v.tp)
        print(f"{group} ({len(names)} sets)")
        for kind, t in totals.items():
            print(f"  {kind.strip():28} P {records.shown_precision(t) or 0.0:.3f} R {t.recall or 0.0:.3f}  "
                  f"({t.tp}/{t.fp}/{t.fn})")


def run_failures(index: str) -> None:
    import qa
    from polkb.kb import KnowledgeBase

    outcomes = {"TUNE": collections.Counter(), "HELD": collections.Counter()}
    reasons = {"TUNE": collections.Counter(), "HELD": collections.Counter()}
    with KnowledgeBase(index) as kb:
        for name in TUNE_QA + HELD:
            group = "HELD" if name in HELD else "TUNE"
            for line in (HERE / qa.SETS[name]).read_text(encoding="utf-8").splitlines():
                q = json.loads(line) if line.strip() else {}
                if not q.get("need"):
                    continue  # (an out-of-corpus question has no passage to find)
                a = kb.ask(q["q"])
                hits = kb.search(q["q"], limit=10).hits
                at = next((i for i, h in enumerate(hits) if qa.holds_need(q, h.text)), None)
                where = "not found" if at is None else "first" if at == 0 else "top 5" if at < 5 else "top 10"
                if a.answer is None:
                    did = "abstained"
                    last = [x for x in a.explanation if not x.startswith("unit ")][-1:] or ["-"]
                    reason = re.sub(r"\d+(?:\.\d+)?", "N", re.sub(r"'[^']*'", "'X'", last[0]))
                    reasons[group][re.sub(r"; units ruled out.*", "", reason)[:70]] += 1
                else:
                    did = "right" if qa.holds_need(q, " ".join([a.answer, *a.items])) else "wrong"
                outcomes[group][(did, where)] += 1
    places = ("first", "top 5", "top 10", "not found")
    for group in ("TUNE", "HELD"):
        print(f"{group}: answerable questions by outcome and where the search puts the answer")
        print(f"  {'':10}" + "".join(f"{p:>11}" for p in places))
        for did in ("right", "wrong", "abstained"):
            print(f"  {did:10}" + "".join(f"{outcomes[group][(did, p)]:11d}" for p in places))
        print(f"{group}: abstentions by reason")
        for reason, n in reasons[group].most_common(8):
            print(f"  {n:4d}  {reason}")


def diff(out: dict, old: dict, fields: tuple[str, ...]) -> None:
    held = collections.Counter()
    for k, v in out.items():
        o = old.get(k)
        if o is None or all(o.get(f) == v.get(f) for f in fields):
            continue
        if v["set"] in HELD:
            held[v["set"]] += 1
        else:
            print(f"  {k}: " + ", ".join(f"{f} {o.get(f)} -> {v.get(f)}" for f in fields))
    if held:
        print(f"  held out: {sum(held.values())} changed ({', '.join(f'{s} {n}' for s, n in sorted(held.items()))})")


def use_field_glossary(path: Path) -> None:
    """Read `path` as the field glossary, for this run only (the first of glossary.GLOSSARY_FILES;
    a path outside the data folder is read as given)."""
    from polkb.analysis import glossary

    if not path.is_file():
        sys.exit(f"{path}: no such file")
    glossary.GLOSSARY_FILES = (str(path),) + glossary.GLOSSARY_FILES[1:]
    glossary._tables.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=["build", "ask", "search", "records", "failures"])
    ap.add_argument("corpus", nargs="?", type=Path, help="build: the folder to copy the documents into")
    ap.add_argument("--index")
    ap.add_argument("--save", type=Path)
    ap.add_argument("--diff", type=Path)
    ap.add_argument("--per", action="store_true", help="records: every tune set on its own line")
    ap.add_argument("--field-glossary", type=Path, help="ask/search/failures: this file instead of the field glossary")
    a = ap.parse_args()
    if a.field_glossary:
        use_field_glossary(a.field_glossary.resolve())
    if a.what == "records":
        run_records(a.per)
        return
    if not a.index:
        ap.error(f"{a.what} needs --index")
    if a.what == "build":
        if a.corpus is None:
            ap.error("build needs CORPUS_DIR")
        build(a.corpus, a.index)
        return
    if a.what == "failures":
        run_failures(a.index)
        return
    out = run_ask(a.index) if a.what == "ask" else run_search(a.index)
    (report_ask if a.what == "ask" else report_search)(out)
    if a.save:
        a.save.write_text(json.dumps(out), encoding="utf-8")
    if a.diff:
        diff(out, json.loads(a.diff.read_text(encoding="utf-8")),
             ("right", "answered") if a.what == "ask" else ("rank",))


if __name__ == "__main__":
    main()
