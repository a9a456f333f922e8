"""Smoke test of bench/extraction.py's scoring, so the extraction bench does not rot."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from .bench_scripts import bench_script

BENCH = Path(__file__).resolve().parent.parent / "bench" / "extraction.py"


@pytest.fixture(scope="module")
def bench():
    return bench_script("extraction")


def test_precision_recall_arithmetic(bench):
    # two labelled figures, two predicted: one right (other spelling, same value), one wrong
    gold = [{"text": "€ 1,5 mln", "value": 1_500_000, "unit": "EUR"},
            {"text": "12 procent", "value": 12, "unit": "%"}]
    pred = [{"text": "1.500.000 euro", "value": 1_500_000.0, "unit": "euro"},
            {"text": "twee grootouders", "value": 2, "unit": "count"}]
    score, false_pos, missed = bench.score_figures(pred, gold)
    assert (score.tp, score.fp, score.fn) == (1, 1, 1)
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(0.5)
    assert len(false_pos) == 1 and len(missed) == 1


def test_units_names_and_orgs(bench):
    # 25% is the share "1 op 4"; qualifier words do not block a text match
    s, _, _ = bench.score_figures([{"text": "25%", "value": 25, "unit": "%"},
                                   {"text": "een derde", "value": 33.33, "unit": "%"}],
                                  [{"text": "1 op 4", "value": 0.25, "unit": "share"},
                                   {"text": "minstens een derde", "value": 1 / 3, "unit": "share"}])
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)
    # organisations: accents/case ignored, aliases resolved through the vocabulary
    s, _, _ = bench.score_organisations({"VLIR", "universitat osnabruck"},
                                        ["Vlaamse Interuniversitaire Raad", "Universität Osnabrück", "SURF"])
    assert (s.tp, s.fp, s.fn) == (2, 0, 1)
    assert s.precision == 1.0 and s.recall == pytest.approx(2 / 3)


def test_qa_matching(bench):
    gold = [{"number": "3, 4 en 5", "question_start": "Deelt u de mening dat", "answer_start": "Het is"},
            {"number": "6", "question_start": "Kunt u inzichtelijk maken", "answer_start": "Bijgaande"}]
    pred = [{"number": "3-5", "question": "Deelt  u de mening dat als...", "answer": "Het is van groot belang"},
            {"number": "6", "question": "Iets anders", "answer": "Bijgaande cijfers"}]
    s, _, _ = bench.score_qa(pred, gold)
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    assert s.extra == {"answers_ok": 1, "answers_checked": 1}


def test_label_file_is_well_formed():
    data = json.loads((BENCH.parent / "labels" / "extraction.json").read_text(encoding="utf-8"))
    assert data["note"] and len(data["documents"]) >= 10
    for lab in data["documents"].values():
        assert set(lab) >= {"organisations", "figures", "qa_pairs"}
        for f in lab["figures"]:
            assert {"text", "value", "unit"} <= set(f)
