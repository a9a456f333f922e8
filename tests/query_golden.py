"""The byte-identical query check: what a fixed set of searches gives on the shipped corpus (hits,
scores, snippets, totals, notes, facets), written down so that a change meant to keep behaviour
(moving code between packages, a new storage seam) can prove it did.

    python -m tests.query_golden            # rewrite tests/data/query_golden.json

Rewrite it only for a change that is meant to alter results, and say so in the commit.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "data" / "query_golden.json"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# (query, options): plain words, compounds, abbreviations, English, every kind of syntax,
# filters, facets, paging and one result per document
QUERIES = [
    ("studentenwelzijn", {}), ("welzijn van onderzoekers", {}), ("meisjes in STEM", {}),
    ("internationale studenten", {"limit": 5, "offset": 5}), ("CDHO", {}), ("hbo", {}),
    ("mental health of students", {}), ("students with a migration background", {}),
    ("huisvesting", {"per_doc": True}), ("onderwijs", {"per_doc": True, "limit": 3}),
    ("studenten", {"facets": True, "limit": 3}), ("kansengelijkheid", {"facets": True}),
    ('"Landelijk Kader Studentenwelzijn"', {}), ("studentenwelzijn AND alcohol", {}),
    ("studentenwelzijn NOT alcohol", {}), ("spookop*", {}), ("stud* welzijn", {}),
    ('"hoger onderwijs" NOT student', {"limit": 5}), ("(meisjes OR vrouwen) AND STEM", {}),
    ("beurs~", {}), ("kind:written_question minister", {}), ("year:2023 studenten", {"limit": 5}),
    ("welzijn", {"filters": {"kind": ["motion"]}}), ("", {"filters": {"kind": ["motion"]}, "limit": 3}),
    ("NOT student", {"limit": 3}), ("a* b* c*", {"limit": 3}), ("Erasmus+", {}), ("#IBelong", {}),
    ("xyzzy onbekendwoord", {}), ("de het een", {}),
]


def record(kb) -> list[dict]:
    out = []
    for text, options in QUERIES:
        r = kb.search(text, **options)
        out.append({
            "query": text, "options": options, "total": r.total, "estimated": r.total_estimated,
            "notes": list(r.notes),
            "facets": {k: dict(v) for k, v in r.facets.items()},
            "hits": [{"passage": f"{Path(h.path).name}#{h.passage_id.rsplit('-', 1)[-1]}", "score": round(h.score, 4), "snippet": h.snippet,
                      "weak": h.weak} for h in r.hits],
        })
    return out


def main() -> int:
    from polkb.kb import KnowledgeBase

    with tempfile.TemporaryDirectory() as tmp:
        with KnowledgeBase(Path(tmp) / "index") as kb:
            kb.ingest([CORPUS])
            rows = record(kb)
    GOLDEN.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{GOLDEN}: {len(rows)} queries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
