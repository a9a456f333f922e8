"""Initiatives a fund numbers and names in quotes (tag/initiatives/candidates.py `_unnumbered`), on real text."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EFRO = REPO / "bench" / "corpus-s29" / "vlaamse-regering-beslissing-efro-gti-west-vlaanderen-test-at-sea-vertiports.txt"


def _initiatives(path: Path):
    from polkb.read import read_file
    from polkb.structure import build_document, cut_passages
    from polkb.tag.initiatives import find_initiatives

    doc = build_document(path.name, "0" * 64, read_file(path))
    return {i.name: i for i in find_initiatives(doc, cut_passages(doc))}


@pytest.mark.skipif(not EFRO.exists(), reason="bench corpus s29 not present")
def test_the_fund_class_before_a_numbered_quoted_project_is_no_initiative():
    # "een cofinanciering van 765.000 euro toe voor de uitvoering van het EFRO-project 1865: 'Test@Sea' en
    # … 520.000 euro voor … het EFRO-project 1871: 'Vertiports'": "EFRO-project" is the class of both
    # projects, not a project of its own that would take both sums; the quoted names are the projects
    found = _initiatives(EFRO)
    assert "EFRO-project" not in found, sorted(found)
    test_at_sea = found["Test@Sea"]
    assert test_at_sea.funding == ["765.000 euro"]
    for body in ("VLIZ", "Sirris", "De Blauwe Cluster"):
        assert body in test_at_sea.partners, test_at_sea.partners
    assert found["Vertiports"].funding == ["520.000 euro"]
