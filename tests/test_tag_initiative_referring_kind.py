"""A bare kind word that refers back to an initiative is no initiative of its own (described.py); a name with an
at sign after its kind word is read whole, its spellings with a subscript set apart merged (candidates.py,
merging.py); on real text."""
from __future__ import annotations

from pathlib import Path

import pytest

S29 = Path(__file__).resolve().parent.parent / "bench" / "corpus-s29"
ANTWERP = S29 / "vlaamse-regering-beslissing-cofinanciering-antwerp-c-co2-export-hub.txt"


def _names(path: Path) -> list[str]:
    from polkb.read import read_file
    from polkb.structure import build_document, cut_passages
    from polkb.tag.initiatives import find_initiatives

    doc = build_document(path.name, "0" * 64, read_file(path))
    return [i.name for i in find_initiatives(doc, cut_passages(doc))]


@pytest.mark.skipif(not ANTWERP.exists(), reason="bench corpus s29 not present")
def test_het_project_is_een_samenwerkingsverband_names_no_project():
    # "… de Vlaamse cofinanciering goed van het project Antwerp@C CO 2 Export Hub … Het project is een
    # samenwerkingsverband van …": "project" points back at the project named before, it is not a name
    names = _names(ANTWERP)
    assert not any(n.lower() in ("project", "consortium") for n in names), names


@pytest.mark.skipif(not ANTWERP.exists(), reason="bench corpus s29 not present")
def test_a_name_with_an_at_sign_after_its_kind_word_is_one_initiative():
    # "voor de ondersteuning van het project Antwerp@C CO2 Export Hub" (title) and "van het project Antwerp@C CO 2
    # Export Hub" (body, the subscript set apart): one project, with the three companies the grant goes to
    from polkb.read import read_file
    from polkb.structure import build_document, cut_passages
    from polkb.tag.initiatives import find_initiatives

    doc = build_document(ANTWERP.name, "0" * 64, read_file(ANTWERP))
    found = [i for i in find_initiatives(doc, cut_passages(doc)) if i.name.startswith("Antwerp@C")]
    assert len(found) == 1, [i.name for i in found]
    assert "Fluxys Belgium nv" in found[0].partners, found[0].partners
