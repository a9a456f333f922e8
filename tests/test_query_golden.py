"""Searches give exactly what tests/data/query_golden.json says (see tests/query_golden.py): the
check that a change meant to keep behaviour kept it, to the snippet and the fourth decimal."""
import json

import pytest

from .query_golden import GOLDEN, QUERIES, record


def test_fixed_queries_give_the_recorded_results(kb):
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert [(e["query"], e["options"]) for e in expected] == [(q, o) for q, o in QUERIES], \
        "the query set changed: rewrite the golden file with python -m tests.query_golden"
    for got, want in zip(record(kb), expected):
        assert got == want, got["query"]
