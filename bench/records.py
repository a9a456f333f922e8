"""Initiatives and figures against blind hand labels, per set: `tune` and the held-out `check`.

    python bench/records.py [--set tune,fresh2,check,s10] [--details] [--corpus DIR ...]

Labels: bench/labels/records_tune.json, records_fresh2.json and records_check.json, written by
reading the documents before polkb's output on them was seen (their `note` says how); `fresh2`
(9 documents, labelled later) is tuned on with `tune`; `check` is never used for tuning.
Each labelled document is run through read -> build_document -> cut_passages -> understand, as
bench/extraction.py does, and scored with micro precision / recall:

* initiative names: a record matches a label when their names (or a label's alias) agree after
  folding case, accents, punctuation and leading articles, or when one name's content words hold
  the other's (at least two words, or one word of 6+ letters); one-to-one. A record matching a
  label marked `borderline` counts as right; an unmatched borderline label is not a miss.
* roles of matched initiatives. Recall: the labelled coordinator, each labelled partner
  (organisation names compared as bench/extraction.py compares them, or one holding the other), and
  each labelled funding amount (by value) found in the record ("right" / "missed").
  Precision, because recall alone rewards naming every organisation nearby: what the record gives
  and the label does not ("wrong"): a coordinator that is neither the labelled coordinator nor a
  labelled partner; each partner that is neither a labelled partner nor the labelled coordinator;
  each funding string none of whose amounts is labelled. The label guidelines of every set write
  ''/[] for a role the text does not state, so a role given where the label has none counts wrong;
  only a label without the role's key (not labelled for roles) counts nothing wrong. P is the share
  of given roles that are right (given-right / given), R the share of labelled roles found.
* figures: distinct (unit, value) per document, as bench/extraction.py scores them; borderline
  labels as above. A document whose labels have no `figures` key was labelled for its initiatives
  only and is not scored on figures.

Target (issue): initiative names P >= 0.85 and R >= 0.80; roles recall >= 0.80; figures R >= 0.90
and P >= 0.85, on `check`.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from extraction import Score, figure_atoms, fold, match, org_keys, run_polkb, _same_figure  # noqa: E402

LABELS = {name: REPO / "bench" / "labels" / f"records_{name}.json" for name in ("tune", "fresh2", "check", "s10", "s11", "s12", "s13", "s14", "s15", "s16", "s17", "s18", "s19", "s20", "s21", "s22", "s23", "s24", "s25", "s26", "s28", "s29", "s32", "s40", "s41", "s43", "s45", "s47", "s49", "s30", "s44", "s48")}
CORPORA = [REPO.parent / "shared" / "seeds", REPO.parent / "shared" / "realcorpus", REPO / "bench" / "corpus-extra",
           REPO / "corpus"]
_ARTICLE = re.compile(r"^(?:de|het|een|the|a|an)\s+")
_STOP = frozenset("de het een van voor en in op met aan bij tot te der the of for and to".split())


def name_key(name: str) -> str:
    text = re.sub(r"[^\w# ]+", " ", fold(name))
    return _ARTICLE.sub("", " ".join(text.split()))


def content_words(name: str) -> set[str]:
    return {w for w in name_key(name).split() if w not in _STOP}


def same_name(predicted: str, label: dict) -> bool:
    p = name_key(predicted)
    for alt in [label["name"], *label.get("aliases", [])]:
        g = name_key(alt)
        if not g or not p:
            continue
        if p == g:
            return True
        pw, gw = content_words(predicted), content_words(alt)
        small, big = (pw, gw) if len(pw) <= len(gw) else (gw, pw)
        if small and small <= big and (len(small) >= 2 or len(next(iter(small))) >= 6):
            return True
    return False


def same_org(predicted: str, gold: str) -> bool:
    if org_keys(predicted) & org_keys(gold):
        return True
    p, g = fold(predicted), fold(gold)
    return len(min(p, g, key=len)) >= 3 and (p in g or g in p)


_AMOUNT = re.compile(r"(\d[\d.,]*|\b(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|half|anderhalf)\b(?=\s*(?:miljoen|miljard)))"
                     r"\s*(miljoen|miljard|mln|mld)?", re.IGNORECASE)
_NUMBER_WORD = {w: i for i, w in enumerate("een twee drie vier vijf zes zeven acht negen tien".split(), 1)} | \
    {"één": 1, "half": 0.5, "anderhalf": 1.5}


def amount_values(text: str) -> set[float]:
    """The sums of money a funding string states: "2.200.000 euro" -> 2200000; "1,5 miljoen" -> 1500000;
    "één miljoen" -> 1000000, "een half miljoen" -> 500000 (a number word only before miljoen/miljard)."""
    out = set()
    for m in _AMOUNT.finditer(text or ""):
        raw = m.group(1).rstrip(".,")
        raw = str(_NUMBER_WORD.get(raw.lower(), raw))
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", ".")
        try:
            value = float(raw)
        except ValueError:
            continue
        scale = {"miljoen": 1e6, "mln": 1e6, "miljard": 1e9, "mld": 1e9}.get((m.group(2) or "").lower(), 1)
        out.add(round(value * scale, 2))
    return out


def role_scores(ini, g: dict) -> dict[str, tuple[Score, Score]]:
    """Per role of one matched initiative: (found: labelled roles found or missed, given: roles the
    record gives, right or wrong). A label without the role's key counts nothing wrong for it."""
    labelled_orgs = [o for o in [g.get("coordinator") or "", *g.get("partners", [])] if o]
    out = {}
    found, given = Score(), Score()
    if g.get("coordinator"):
        ok = bool(ini.coordinator) and same_org(ini.coordinator, g["coordinator"])
        found = Score(tp=int(ok), fn=int(not ok))
    if ini.coordinator and "coordinator" in g:
        ok = any(same_org(ini.coordinator, o) for o in labelled_orgs)
        given = Score(tp=int(ok), fp=int(not ok))
    out["coordinator"] = (found, given)
    found, given = Score(), Score()
    for partner in g.get("partners", []):
        ok = any(same_org(p, partner) for p in [*ini.partners, ini.coordinator] if p)
        found.add(Score(tp=int(ok), fn=int(not ok)))
    if "partners" in g:
        for p in ini.partners:
            ok = any(same_org(p, o) for o in labelled_orgs)
            given.add(Score(tp=int(ok), fp=int(not ok)))
    out["partners"] = (found, given)
    found, given = Score(), Score()
    have = set().union(*(amount_values(f) for f in ini.funding)) if ini.funding else set()
    for amount in g.get("funding", []):
        ok = bool(amount_values(amount) & have)
        found.add(Score(tp=int(ok), fn=int(not ok)))
    if "funding" in g:
        labelled = set().union(*(amount_values(a) for a in g["funding"])) if g["funding"] else set()
        for f in ini.funding:
            ok = bool(amount_values(f) & labelled)
            given.add(Score(tp=int(ok), fp=int(not ok)))
    out["funding"] = (found, given)
    return out


def find(corpora: list[Path], name: str) -> Path | None:
    return next((d / name for d in corpora if (d / name).exists()), None)


def score_set(labels: dict, corpora: list[Path], details: bool) -> dict:
    names, figs = Score(), Score()
    roles = {"coordinator": Score(), "partners": Score(), "funding": Score()}
    given_roles = {role: Score() for role in roles}  # precision: the roles the records give
    for doc_name, gold in labels["documents"].items():
        path = find(corpora, doc_name)
        if path is None:
            print(f"  missing document {doc_name}", file=sys.stderr)
            continue
        u = run_polkb(path)
        predicted = list(u.initiatives)
        wanted = gold.get("initiatives", [])
        pairs, used, unmatched = [], set(), []
        for ini in predicted:
            hit = next((i for i, g in enumerate(wanted) if i not in used and same_name(ini.name, g)), None)
            if hit is None:
                unmatched.append(ini)
            else:
                used.add(hit)
                pairs.append((ini, wanted[hit]))
        missed = [g for i, g in enumerate(wanted) if i not in used and not g.get("borderline")]
        s = Score(tp=len(pairs), fp=len(unmatched), fn=len(missed))
        names.add(s)
        for ini, g in pairs:
            for role, (found, given) in role_scores(ini, g).items():
                roles[role].add(found)
                given_roles[role].add(given)
        if "figures" not in gold:  # a document labelled for its initiatives only
            gold_figs, predicted_figs = [], []
        else:
            gold_figs, predicted_figs = gold["figures"], u.figures
        fs, fp_atoms, fn_atoms = match(figure_atoms(predicted_figs), figure_atoms(gold_figs), _same_figure)
        borderline = figure_atoms([f for f in gold_figs if f.get("borderline")])
        soft = [a for a in fn_atoms if any(_same_figure(a, b) for b in borderline)]
        fs.fn -= len(soft)
        figs.add(fs)
        if details:
            print(f"\n{doc_name}: initiatives {s.tp} right, {s.fp} not labelled, {s.fn} missed; "
                  f"figures {fs.tp} right, {fs.fp} not labelled, {fs.fn} missed")
            for ini in unmatched:
                print(f"    not labelled: {ini.name!r} ({ini.type})")
            for g in missed:
                print(f"    missed: {g['name']!r}")
            for ini, g in pairs:
                print(f"    matched {ini.name!r}: coordinator {ini.coordinator!r} (label {g.get('coordinator')!r}); "
                      f"partners {ini.partners} (label {g.get('partners')}); funding {ini.funding} (label {g.get('funding')})")
            for a in fp_atoms[:15]:
                print(f"    figure not labelled: {a.raw}")
            for a in fn_atoms[:15]:
                if a not in soft:
                    print(f"    figure missed: {a.raw}")
    for role, score in roles.items():
        score.fp = given_roles[role].fp
        score.extra["given right"] = given_roles[role].tp
    return {"initiative names": names, **{f"  {k} (matched)": v for k, v in roles.items()}, "figures": figs}


def shown_precision(s: Score) -> float | None:
    """A record kind's precision; a role's counts the roles the records give (`extra["given
    right"]`, see score_set), not the labels matched."""
    right = s.extra.get("given right", s.tp)
    return right / (right + s.fp) if right + s.fp else None


def fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="tune,fresh2,check")
    ap.add_argument("--details", action="store_true", help="per document (look at tune only)")
    ap.add_argument("--corpus", type=Path, nargs="*", default=CORPORA)
    args = ap.parse_args(argv)
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    for name in args.set.split(","):
        labels = json.loads(LABELS[name].read_text(encoding="utf-8"))
        result = score_set(labels, args.corpus, args.details and name != "check")
        n = len(labels["documents"])
        print(f"\n{name}: {n} documents\n")
        print(f"| {'record':<30} | P     | R     | right | wrong | missed |")
        print(f"|{'-' * 32}|-------|-------|-------|-------|--------|")
        for label, s in result.items():
            print(f"| {label:<30} | {fmt(shown_precision(s))}  | {fmt(s.recall)}  | {s.tp:5d} | {s.fp:5d} | {s.fn:6d} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
