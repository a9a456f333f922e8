"""English kind words (shapes.py `_TYPE_WORDS`): a Dutch text may name a thing it sets up and funds in English
("Centres of Expertise"), and "centre" says what kind of thing that is as "netwerk" or "fonds" does; on real text
of ../shared/realcorpus."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PRESTATIES = REPO.parent / "shared" / "realcorpus" / "nl-besluit-experiment-prestatiebekostiging-hoger-onderwijs.md"


@pytest.mark.skipif(not PRESTATIES.exists(), reason="shared realcorpus not present")
def test_centres_named_in_english_are_initiatives():
    # "Voor de Centres of Expertise is in principe een bedrag van € 1 mln per jaar beschikbaar (per Centre)."
    from polkb.read import read_file
    from polkb.structure import build_document, cut_passages
    from polkb.tag.initiatives import find_initiatives

    doc = build_document(PRESTATIES.name, "0" * 64, read_file(PRESTATIES))
    found = {i.name: i for i in find_initiatives(doc, cut_passages(doc))}
    assert "Centres of Expertise" in found, sorted(found)
    assert "€ 1 mln" in found["Centres of Expertise"].funding
