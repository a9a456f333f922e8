"""Extraction quality: polkb's tag stage against hand-checked labels.

    python bench/extraction.py [--labels bench/labels/extraction.json] [--corpus corpus] [--details]

For each labelled document in the corpus, runs read -> build_document -> cut_passages -> understand
and scores three extractors with micro precision / recall / F1, overall and per document:

* organisations: {t.value for t in u.tags if t.type == "org"} against the labelled set. Names are
  compared case-, accent- and space-insensitively, directly or after
  `polkb.tag.entities.canonical_organisation` on both sides; a label may list alternatives "A|B".
* figures: u.figures against the labelled figures, both taken as a set of distinct (value, unit)
  per document (a range with value_to gives two: both bounds). A prediction matches a label when
  the values agree within 1e-6 relative and the units agree after mapping unit names (% -> a share,
  so "25%" = "1 op 4"; keer -> ratio; weken -> weeks ...), or when the texts agree after
  normalising spaces and case. Matching is one-to-one.
* qa_pairs: u.qa_pairs against the labelled pairs: the number must agree ("3, 4 en 5" = "3-5";
  or the first number agrees) and the labelled question start must be a case/space/accent-
  insensitive prefix of the predicted question. Among matched pairs the answer start is checked
  too and reported (not part of precision/recall).

Target (issue): precision >= 0.9 and recall >= 0.85 per category.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO / "src") not in sys.path:  # run from a checkout without installing too
    sys.path.append(str(REPO / "src"))
DEFAULT_LABELS = REPO / "bench" / "labels" / "extraction.json"
DEFAULT_CORPUS = REPO / "corpus"
CATEGORIES = ("organisations", "figures", "qa_pairs")
TARGET_P, TARGET_R = 0.9, 0.85


# -- scoring -------------------------------------------------------------------------------------

@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    extra: dict = field(default_factory=dict)

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


def match(predicted: list, gold: list, same) -> tuple[Score, list, list]:
    """One-to-one greedy matching of predicted items to gold items with the predicate
    `same(pred, gold)`. Returns the Score and the unmatched predicted and gold items."""
    used = [False] * len(gold)
    unmatched_pred = []
    tp = 0
    for p in predicted:
        for i, g in enumerate(gold):
            if not used[i] and same(p, g):
                used[i] = True
                tp += 1
                break
        else:
            unmatched_pred.append(p)
    unmatched_gold = [g for i, g in enumerate(gold) if not used[i]]
    return Score(tp=tp, fp=len(unmatched_pred), fn=len(unmatched_gold)), unmatched_pred, unmatched_gold


def fold(text: str) -> str:
    """Case-, accent- and space-insensitive form."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold()


# -- organisations --

def _canon(name: str) -> str:
    try:
        from polkb.tag.entities import canonical_organisation
        return canonical_organisation(name) or name
    except Exception:  # pragma: no cover - the bench still runs without the vocabulary
        return name


def org_keys(name: str) -> set[str]:
    keys = set()
    for alt in name.split("|"):
        alt = alt.strip()
        if alt:
            keys.add(fold(alt))
            keys.add(fold(_canon(alt)))
    return keys


def score_organisations(predicted: set[str], gold: list[str]) -> tuple[Score, list, list]:
    pred = sorted(set(predicted))
    pk = {p: org_keys(p) for p in pred}
    gk = {g: org_keys(g) for g in gold}
    return match(pred, list(gold), lambda p, g: bool(pk[p] & gk[g]))


# -- figures --

_UNIT_NAMES = {
    "%": "share", "percent": "share", "procent": "share", "pct": "share",
    "share": "share", "fraction": "share", "aandeel": "share",
    "pp": "pp", "procentpunt": "pp", "procentpunten": "pp",
    "ratio": "ratio", "keer": "ratio", "maal": "ratio", "times": "ratio", "x": "ratio",
    "eur": "EUR", "euro": "EUR", "€": "EUR", "euro's": "EUR",
    "usd": "USD", "$": "USD", "gbp": "GBP", "£": "GBP", "nlg": "NLG", "gulden": "NLG",
    "count": "count", "aantal": "count", "n": "count",
    "week": "weeks", "weeks": "weeks", "weken": "weeks",
    "month": "months", "months": "months", "maand": "months", "maanden": "months",
    "year": "years", "years": "years", "jaar": "years", "jaren": "years",
    "day": "days", "days": "days", "dag": "days", "dagen": "days",
    "hour": "hours", "hours": "hours", "uur": "hours",
    "ects": "ECTS", "ec": "ECTS", "studiepunten": "ECTS", "credits": "ECTS",
    "points": "points", "punten": "points", "point": "points",
}


def norm_unit(unit: str, value: float) -> tuple[str, float]:
    """Map a unit name and value to a comparable (unit, value): percentages become shares
    (25% -> 0.25), a 'ratio' of at most 1 is a share too ("1 op 4"), larger ratios are
    multipliers ("2,6 keer")."""
    u = _UNIT_NAMES.get((unit or "").strip().lower(), (unit or "").strip())
    if u == "share" and (unit or "").strip().lower() in ("%", "percent", "procent", "pct"):
        return "share", value / 100.0
    if u == "ratio" and value <= 1:
        return "share", value
    return u, value


_QUALIFIERS = re.compile(
    r"^(?:(?:minstens|ten minste|tenminste|minimaal|maximaal|hoogstens|ten hoogste|meer dan|minder dan|"
    r"ruim|bijna|net geen|ongeveer|circa|ca\.|zo'n|rond|tot|van|de|het)\s+)+")


def norm_text(text: str) -> str:
    """Phrase as compared: folded, spaces collapsed, a leading qualifier ("minstens", "net geen",
    "maximaal" ...) and surrounding punctuation dropped, so "minstens een derde" = "een derde"."""
    t = fold(text).strip(" .,;:")
    return _QUALIFIERS.sub("", t).strip(" .,;:")


@dataclass
class Atom:
    unit: str
    value: float
    texts: set
    raw: str = ""


def figure_atoms(items) -> list[Atom]:
    """Distinct (unit, value) atoms of a list of figures (dicts or polkb Figure objects); a range
    gives both bounds."""
    out: dict[tuple, Atom] = {}
    for f in items:
        get = (lambda k, f=f: f.get(k)) if isinstance(f, dict) else (lambda k, f=f: getattr(f, k, None))
        text = get("text") or ""
        unit = get("unit") or ""
        for value in (get("value"), get("value_to")):
            if value is None:
                continue
            u, v = norm_unit(unit, float(value))
            key = (u, round(v, 9))
            if key not in out:
                out[key] = Atom(u, v, set(), f"{text} [{value} {unit}]")
            if norm_text(text):
                out[key].texts.add(norm_text(text))
    return list(out.values())


def _same_figure(p: Atom, g: Atom) -> bool:
    if p.unit == g.unit:
        if p.value == g.value or abs(p.value - g.value) <= 1e-6 * max(abs(p.value), abs(g.value)):
            return True
    return bool(p.texts & g.texts)


def score_figures(predicted, gold) -> tuple[Score, list, list]:
    return match(figure_atoms(predicted), figure_atoms(gold), _same_figure)


# -- question/answer pairs --

def qa_numbers(number: str) -> list[int]:
    """ "3, 4 en 5" -> [3, 4, 5]; "3-5" -> [3, 4, 5]; "12" -> [12]."""
    s = str(number or "")
    out: list[int] = []
    for m in re.finditer(r"(\d+)\s*(?:[-–]\s*(\d+))?", s):
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        out.extend(range(a, b + 1) if b >= a and b - a < 50 else [a])
    return out


_LEAD = re.compile(r"^\s*(?:vraag|antwoord|question|answer)?\s*\d+(?:\s*(?:,|en|t/m|-|–)\s*\d+)*\s*[.):]?\s*", re.I)


def _start(text: str) -> str:
    return fold(_LEAD.sub("", text or "", count=1)).replace(" ", "")


def _prefix(gold_start: str, text: str) -> bool:
    g, t = _start(gold_start), _start(text)
    if not g or not t:
        return False
    return t.startswith(g) or (len(t) >= 20 and g.startswith(t))


def _same_qa(p, g) -> bool:
    pn, gn = qa_numbers(_get(p, "number")), qa_numbers(g.get("number"))
    if not pn or not gn or not (pn == gn or pn[0] == gn[0]):
        return False
    return _prefix(g.get("question_start", ""), _get(p, "question") or _get(p, "question_start") or "")


def _get(obj, key):
    return obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)


def score_qa(predicted, gold) -> tuple[Score, list, list]:
    pred = list(predicted)
    score, up, ug = match(pred, list(gold), _same_qa)
    # answer starts of the matched pairs
    ok = total = 0
    matched_gold = [g for g in gold if g not in ug]
    for g in matched_gold:
        p = next((p for p in pred if p not in up and _same_qa(p, g)), None)
        if p is None:
            continue
        total += 1
        ans = _get(p, "answer") or _get(p, "answer_start") or ""
        if _prefix(g.get("answer_start", ""), ans):
            ok += 1
    score.extra = {"answers_ok": ok, "answers_checked": total}
    return score, up, ug


# -- running polkb -------------------------------------------------------------------------------

def run_polkb(path: Path):
    from polkb.read import read_file
    from polkb.structure import build_document, cut_passages
    from polkb.tag import understand

    doc = build_document(path.name, "0" * 64, read_file(path))
    passages = cut_passages(doc)
    return understand(doc, passages)


def fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labels", type=Path, default=DEFAULT_LABELS,
                    help="label JSON file, or a folder of them (default: %(default)s)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--details", action="store_true", help="list misses and false positives")
    args = ap.parse_args(argv)

    files = sorted(args.labels.glob("*.json")) if args.labels.is_dir() else [args.labels]
    labels: dict[str, dict] = {}
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        labels.update(data.get("documents", {}))

    totals = {c: Score() for c in CATEGORIES}
    answers = [0, 0]
    rows = []
    details = []
    for name, lab in labels.items():
        path = args.corpus / name
        if not path.exists():
            print(f"warning: {name} not in {args.corpus}, skipped", file=sys.stderr)
            continue
        u = run_polkb(path)
        orgs = {t.value for t in u.tags if t.type == "org"}
        results = {
            "organisations": score_organisations(orgs, lab.get("organisations", [])),
            "figures": score_figures(u.figures, lab.get("figures", [])),
            "qa_pairs": score_qa(u.qa_pairs, lab.get("qa_pairs", [])),
        }
        row = [name]
        for c in CATEGORIES:
            s, up, ug = results[c]
            totals[c].add(s)
            row.append(f"{s.tp}/{s.fp}/{s.fn}")
            row.append(fmt(s.precision))
            row.append(fmt(s.recall))
            if up or ug:
                def show(x):
                    if isinstance(x, Atom):
                        return x.raw
                    if isinstance(x, str):
                        return x
                    return f"{_get(x, 'number')}: {(_get(x, 'question') or _get(x, 'question_start') or '')[:60]!r}"
                details.append(f"{name} [{c}]\n    false positives: {[show(x) for x in up]}\n"
                               f"    missed: {[show(x) for x in ug]}")
        qa_extra = results["qa_pairs"][0].extra
        answers[0] += qa_extra.get("answers_ok", 0)
        answers[1] += qa_extra.get("answers_checked", 0)
        rows.append(row)

    head = ["document"]
    for c in CATEGORIES:
        short = {"organisations": "org", "figures": "fig", "qa_pairs": "qa"}[c]
        head += [f"{short} tp/fp/fn", f"{short} P", f"{short} R"]
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    tot = ["**micro total**"]
    for c in CATEGORIES:
        s = totals[c]
        tot += [f"{s.tp}/{s.fp}/{s.fn}", fmt(s.precision), fmt(s.recall)]
    print("| " + " | ".join(tot) + " |")
    print()
    if args.details:
        print("\n".join(details))
        print()
    print(f"documents: {len(rows)}; QA answer starts right among matched pairs: {answers[0]}/{answers[1]}")
    for c in CATEGORIES:
        s = totals[c]
        ok = (s.precision or 0) >= TARGET_P and (s.recall or 0) >= TARGET_R
        print(f"{c}: precision={fmt(s.precision)} recall={fmt(s.recall)} f1={fmt(s.f1)} "
              f"(tp={s.tp} fp={s.fp} fn={s.fn}) target P>={TARGET_P} R>={TARGET_R}: {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
