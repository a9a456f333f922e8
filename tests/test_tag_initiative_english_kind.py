"""English kind words (shapes.py `_TYPE_WORDS`): a Dutch text may name a thing it sets up and funds in English
("Centres of Expertise"), and "centre" says what kind of thing that is as "netwerk" or "fonds" does; on real text
of the shipped corpus (corpus/)."""
from __future__ import annotations

from pathlib import Path

from .conftest import initiatives_in

REPO = Path(__file__).resolve().parent.parent
PRESTATIES = REPO / "corpus" / "nl-besluit-experiment-prestatiebekostiging-hoger-onderwijs.md"


def test_centres_named_in_english_are_initiatives():
    # "Voor de Centres of Expertise is in principe een bedrag van € 1 mln per jaar beschikbaar (per Centre)."
    found = initiatives_in(PRESTATIES)
    assert "Centres of Expertise" in found, sorted(found)
    assert "€ 1 mln" in found["Centres of Expertise"].funding
