"""Roles of initiatives (tag/initiatives/roles.py) on short excerpts of real documents, and the role
scoring of bench/records.py, so neither rots: coordinator, partners and funding of an initiative."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from polkb.model import Initiative

RECORDS = Path(__file__).resolve().parent.parent / "bench" / "records.py"


@pytest.fixture(scope="module")
def records():
    sys.path.insert(0, str(RECORDS.parent))
    spec = importlib.util.spec_from_file_location("bench_records", RECORDS)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_bench_counts_roles_the_label_does_not_give_as_wrong(records):
    # a record naming every organisation nearby: recall is perfect, precision is not
    label = {"name": "#IBelong", "coordinator": "Erasmus Universiteit Rotterdam", "partners": ["Universiteit Leiden"],
             "funding": ["€ 1,5 miljoen"]}
    record = Initiative(name="#IBelong", coordinator="Erasmus Universiteit Rotterdam",
                        partners=["Universiteit Leiden", "Ministerie van OCW", "NWO"],
                        funding=["1.500.000 euro", "2 miljoen euro"])
    got = {role: (found.tp, found.fn, given.tp, given.fp) for role, (found, given) in records.role_scores(record, label).items()}
    assert got["coordinator"] == (1, 0, 1, 0)
    assert got["partners"] == (1, 0, 1, 2)
    assert got["funding"] == (1, 0, 1, 1)


def test_bench_a_coordinator_labelled_as_partner_is_not_wrong(records):
    label = {"name": "X", "coordinator": "", "partners": ["Nuffic"], "funding": []}
    record = Initiative(name="X", coordinator="Nuffic")
    found, given = records.role_scores(record, label)["coordinator"]
    assert (found.tp, found.fn, given.tp, given.fp) == (0, 0, 1, 0)


def test_bench_a_label_without_roles_counts_nothing_wrong(records):
    record = Initiative(name="X", coordinator="Nuffic", partners=["NWO"], funding=["5 miljoen euro"])
    for found, given in records.role_scores(record, {"name": "X"}).values():
        assert (found.tp, found.fn, given.tp, given.fp) == (0, 0, 0, 0)
