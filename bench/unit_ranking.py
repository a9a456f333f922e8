#!/usr/bin/env python3
"""How well the reader orders its evidence units, and how much a ranker learned on the tune sets
would order them better on the held-out sets. A measurement for issue 12, not part of polkb.

    python bench/unit_ranking.py features OUT.jsonl --index DIR --set tune,s8,…   (appends)
    python bench/unit_ranking.py fit OUT.jsonl

Why: most `polkb ask` failures on held-out sets have an answer-holding unit among the scored ones,
behind another that covers the question about as well (bench/eval/README.md). `features` asks every
answerable question of the sets, as `bench/qa.py` does, and records for the first UNITS scored units
what the reader knows of each (coverage in the unit, its context and its passage; its place among
the units and its hit's place in the search; its kind; the best span of the expected type in it) and
whether it holds the answer (every `need` group in its text, from the `src` document). `fit` learns a
logistic regression on the tune sets' units and prints, for the tune and the held-out sets apart, how
often the first unit holds the answer in the reader's order and in the learned one. The gap between
the two lines of the learned order is its overfitting.

The features are read by patching `Answerer._evidence` to keep the evidence it builds; the reader
itself is unchanged. Needs numpy (`pip install -e .[bench]`).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import qa  # noqa: E402

HELD_OUT = {"check", "s10", "s15", "s17", "s18", "s19", "s21", "s23", "s25"}  # never tuned on (bench/eval/README.md)
UNITS = 20
FEATURES = ["cov", "gap", "own", "context", "passage", "hit_rank", "retrieval", "place", "sentence", "item", "row",
            "answer", "span", "has_span", "words", "typed"]


def unit_features(answerer, ev, place: int, cov: float, unit, best_cov: float, top_score: float, question_words) -> dict:
    from polkb.answer.reader import Clues, extractor

    coverage = answerer.coverage
    extract = extractor(ev.q.type)
    span = 0.0
    if extract is not None:
        clues = Clues(answerer._anchors(ev.concepts, unit.text), answerer._same, question_words)
        span = max((c.score for c in extract(ev.q, unit, clues)), default=0.0)
    return dict(cov=cov, gap=cov - best_cov, own=coverage.passage(ev.concepts, unit.text),
                context=coverage.passage(ev.concepts, unit.context) if unit.context else 0.0,
                passage=coverage.passage(ev.concepts, f"{unit.hit.text} {unit.heading} {unit.title}"),
                hit_rank=1 / (1 + unit.rank), retrieval=(unit.hit.score or 0.0) / top_score, place=1 / (1 + place),
                sentence=unit.kind == "sentence", item=unit.kind == "item", row=unit.kind == "row",
                answer=unit.kind == "answer", span=span, has_span=span > 0, words=math.log(1 + len(unit.text.split())),
                typed=extract is not None)


def features(out: str, index: str, names: list[str]) -> None:
    from polkb.answer import reader as R
    from polkb.kb import KnowledgeBase

    kept = {}
    build = R.Answerer._evidence

    def keep(self, q, log):
        kept["ev"], kept["answerer"] = build(self, q, log), self
        return kept["ev"]

    R.Answerer._evidence = keep
    with KnowledgeBase(index) as kb, open(out, "a", encoding="utf-8") as f:
        for name in names:
            for line in open(os.path.join(HERE, qa.SETS[name]), encoding="utf-8"):
                if not line.strip():
                    continue
                q = json.loads(line)
                if q.get("abstain"):
                    continue
                kept.clear()
                kb.ask(q["q"])
                ev = kept.get("ev")
                if not isinstance(ev, R.Evidence):
                    continue
                best_cov = max(cov for _, cov, _ in ev.scored)
                top_score = max((h.score or 0.0 for h in ev.hits), default=1.0) or 1.0
                words = frozenset(w.lower() for w in R._WORD.findall(ev.q.text))
                units = []
                for place, (_, cov, unit) in enumerate(ev.scored[:UNITS]):
                    holds = os.path.basename(unit.hit.path).startswith(q["src"]) and \
                        qa.holds_need(q, " ".join([unit.quote, *unit.siblings]))
                    units.append([unit_features(kept["answerer"], ev, place, cov, unit, best_cov, top_score, words), holds])
                f.write(json.dumps(dict(id=q["id"], set=name, units=units)) + "\n")
            print(f"{name}: features written", flush=True)


def fit(path: str) -> None:
    import numpy as np

    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    rows = [r for r in rows if any(holds for _, holds in r["units"])]  # the answer among the units at all

    def matrix(units):
        return np.array([[float(f[k]) for k in FEATURES] for f, _ in units])

    tune = [r for r in rows if r["set"] not in HELD_OUT]
    held = [r for r in rows if r["set"] in HELD_OUT]
    x = np.vstack([matrix(r["units"]) for r in tune])
    y = np.concatenate([[holds for _, holds in r["units"]] for r in tune]).astype(float)
    mean, spread = x.mean(0), x.std(0) + 1e-9
    z = (x - mean) / spread
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(3000):  # plain gradient descent on the L2-regularised log loss
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= 0.1 * (z.T @ (p - y) + w) / len(y)
        b -= 0.1 * float((p - y).mean())
    print("| sets | questions with the answer in the first units | first unit holds it, reader | learned | "
          "in the first 3, reader | learned |\n|---|---|---|---|---|---|")
    for label, group in (("tune (fitted)", tune), ("held out", held)):
        first = learned = top3 = learned3 = 0
        for r in group:
            holds = [h for _, h in r["units"]]
            order = np.argsort(-(((matrix(r["units"]) - mean) / spread) @ w + b), kind="stable")
            first += holds[0]
            learned += holds[order[0]]
            top3 += any(holds[:3])
            learned3 += any(holds[i] for i in order[:3])
        n = len(group) or 1
        print(f"| {label} | {len(group)} | {first / n:.0%} | {learned / n:.0%} | {top3 / n:.0%} | {learned3 / n:.0%} |")
    print("\nweights (standardised features):", ", ".join(f"{k} {v:+.2f}" for k, v in sorted(zip(FEATURES, w), key=lambda kv: -abs(kv[1]))))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    f = sub.add_parser("features", help="append the units' features of the sets' questions to OUT")
    f.add_argument("out")
    f.add_argument("--index", required=True, help="an index of the sets' documents (as for bench/qa.py)")
    f.add_argument("--set", required=True, help="comma-separated set names")
    g = sub.add_parser("fit", help="learn on the tune sets' units, compare orders on tune and held-out sets")
    g.add_argument("features")
    args = ap.parse_args()
    if args.command == "features":
        names = args.set.split(",")
        unknown = [n for n in names if n not in qa.SETS]
        if unknown:
            ap.error(f"unknown set(s): {', '.join(unknown)}")
        features(args.out, args.index, names)
    else:
        fit(args.features)


if __name__ == "__main__":
    main()
