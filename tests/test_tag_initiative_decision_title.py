"""A name at the end of a Flemish government decision's title stops where the decision's body opens ("… De Vlaamse
Regering beslist …", with no stop between them; shapes.py `_clean`), on real text of bench/corpus-s29 (a tune set)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import initiatives_in

REPO = Path(__file__).resolve().parent.parent
RETHINK = REPO / "bench" / "corpus-s29" / "vlaamse-regering-beslissing-subsidie-project-rethink-energy-4-food.txt"


@pytest.mark.skipif(not RETHINK.exists(), reason="bench corpus s29 not present")
def test_a_name_ending_the_title_does_not_run_into_the_decisions_body():
    # "… over steun aan het project ‘Rethink Energy 4 Food (RE4F)’ met middelen uit het Vlaams Klimaatfonds De Vlaamse
    # Regering beslist om zo'n 883.000 euro toe te kennen uit de middelen van het Vlaams Klimaatfonds …"
    names = list(initiatives_in(RETHINK))
    assert "Vlaams Klimaatfonds" in names
    assert not any("Regering" in n for n in names), names


def test_a_name_with_de_inside_keeps_it():
    from polkb.tag.initiatives.shapes import _clean

    assert _clean("Frank De Winne-mandaten") == "Frank De Winne-mandaten"
    assert _clean("Vlaams Klimaatfonds De Vlaamse Regering") == "Vlaams Klimaatfonds"


LERARENBONUS = REPO / "bench" / "corpus-s44" / "vlaamse-regering-beslissing-lerarenbonus-zij-instromers-voorontwerp.txt"


@pytest.mark.skipif(not LERARENBONUS.exists(), reason="bench corpus s44 not present")
def test_the_bonus_a_decisions_title_opens_with_before_the_kind_of_act_is_its_initiative():
    # "Lerarenbonus Voorontwerp van besluit van de Vlaamse Regering over de lerarenbonus … hebben recht op een
    # lerarenbonus in de vorm van een wekelijkse vermindering van hun opdracht"
    assert "Lerarenbonus" in initiatives_in(LERARENBONUS)


PLANNING = REPO / "bench" / "corpus-s44" / "vlaamse-regering-beslissing-vlaamse-planningscommissie-gezondheidszorgberoepen.txt"


@pytest.mark.skipif(not PLANNING.exists(), reason="bench corpus s44 not present")
def test_the_body_a_decisions_title_says_it_founds_is_its_initiative():
    # "Oprichting, werking, samenstelling en organisatie van de Vlaamse Planningscommissie gezondheidszorgberoepen
    # Ontwerpbesluit van de Vlaamse Regering over de planning van het medisch aanbod …"
    assert "Vlaamse Planningscommissie gezondheidszorgberoepen" in initiatives_in(PLANNING)
