"""Initiatives a fund numbers and names in quotes (candidates.py `_unnumbered`), the sums a decision gives the
centre or network its title names and not the programme a grant pays a part in (merging.py `_document_scheme`,
roles.py `_facts_around`), on real text."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EFRO = REPO / "bench" / "corpus-s29" / "vlaamse-regering-beslissing-efro-gti-west-vlaanderen-test-at-sea-vertiports.txt"


from .conftest import initiatives_in as _initiatives


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


AI_ACADEMY = REPO / "bench" / "corpus-s11" / "vlaamse-regering-beslissing-vlaamse-ai-academie-vaia-2024.txt"
DATA_CENTRE = REPO / "bench" / "corpus-s29" / "vlaamse-regering-beslissing-subsidie-kenniscentrum-data-en-maatschappij.txt"


@pytest.mark.skipif(not (AI_ACADEMY.exists() and DATA_CENTRE.exists()), reason="bench corpora s11/s29 not present")
def test_a_decision_funding_the_centre_or_network_its_title_names_gives_it_the_sum():
    # "De Vlaamse Regering voorziet nu 1,1 miljoen euro subsidie voor het werkjaar 2024" and "Ze kent 750.000 euro
    # subsidie toe voor het werkingsjaar 2020" name no initiative: the academy and the knowledge centre the
    # decision's title names are what the sums pay for
    assert _initiatives(AI_ACADEMY)["Vlaamse AI Academie"].funding == ["1,1 miljoen euro"]
    assert _initiatives(DATA_CENTRE)["Vlaams Kenniscentrum Data"].funding == ["750.000 euro"]


EUROPEAN_UNIVERSITIES = REPO / "corpus" / "vlaamse-regering-beslissing-europese-universiteiten-projectsubsidie.txt"


@pytest.mark.skipif(not EUROPEAN_UNIVERSITIES.exists(), reason="corpus document not present")
def test_a_grant_for_taking_part_in_a_programme_does_not_fund_the_programme():
    # "De Vlaamse Regering kent 4,78 miljoen euro projectsubsidie toe aan de Vlaamse universiteiten … binnen hun
    # deelname aan de Europese Universiteiten": the sum is the grant's (the title's "projectsubsidie voor deelname
    # aan Europese Universiteiten"), not the European programme's, neither by its sentence nor as the title's scheme
    found = _initiatives(EUROPEAN_UNIVERSITIES)
    assert found["projectsubsidie voor deelname aan Europese Universiteiten"].funding == ["4,78 miljoen euro"]
    assert found["Europese Universiteiten"].funding == []
