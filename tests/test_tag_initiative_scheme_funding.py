"""The sums a regulation's budget sentences give (merging.py `_scheme_funding`): a sentence that names one of the
regulation's own grants gives its sum to that grant, and the items of a list that divides a budget are shares of it,
not the regulation's money; on real text of bench/corpus-s28 (a tune set)."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LERARENBEURS = REPO / "bench" / "corpus-s28" / "nl-ocw-regeling-lerarenbeurs-scholing-zij-instroom-2009-2017.md"


from .conftest import initiatives_in as _initiatives


@pytest.mark.skipif(not LERARENBEURS.exists(), reason="bench corpus s28 not present")
def test_a_budget_sentence_naming_a_grant_of_the_regulation_pays_that_grant():
    # "De subsidie voor zij-instroom bedraagt ten hoogste € 20.000 per zij-instromer." is the grant's sum;
    # "Het subsidieplafond voor het jaar 2015 voor de subsidie, bedoeld in artikel 3, bedraagt € 134.350.000."
    # names none of them and stays with the regulation
    found = _initiatives(LERARENBEURS)
    regulation = next(i for name, i in found.items() if name.startswith("Regeling lerarenbeurs"))
    assert "€ 134.350.000" in regulation.funding
    assert "ten hoogste € 20.000" not in regulation.funding, regulation.funding
    assert "ten hoogste € 20.000" in found["subsidie voor zij-instroom"].funding


@pytest.mark.skipif(not LERARENBEURS.exists(), reason="bench corpus s28 not present")
def test_the_items_of_a_divided_budget_are_not_the_regulations_money():
    # "De verdeling van het beschikbare bedrag over de verschillende doelgroepen geschiedt als volgt:
    # a. € 59.350.000 is beschikbaar voor opleidingen van leraren werkzaam in het primair onderwijs, …;"
    found = _initiatives(LERARENBEURS)
    regulation = next(i for name, i in found.items() if name.startswith("Regeling lerarenbeurs"))
    for share in ("€ 59.350.000", "€ 44.200.000", "€ 10.800.000", "€ 8.000.000", "ten hoogste € 350"):
        assert share not in regulation.funding, regulation.funding


OPEN_ONLINE = REPO / "corpus" / "nl-ocw-regeling-open-en-online-hoger-onderwijs.md"


def test_the_items_of_a_budget_given_per_tranche_stay_the_regulations_money():
    # "is voor de vier tranches het volgende bedrag beschikbaar: a. voor de eerste tranche een bedrag van maximaal
    # € 830.000; en b. …": a list that does not divide a budget into shares
    found = _initiatives(OPEN_ONLINE)
    assert {"maximaal € 830.000", "maximaal € 700.000"} <= set(found["Regeling open en online hoger onderwijs"].funding)


EUROPEAN_UNIVERSITIES = REPO / "corpus" / "vlaamse-regering-beslissing-europese-universiteiten-projectsubsidie.txt"


def test_the_programme_a_grants_name_holds_does_not_take_the_grants_sum():
    found = _initiatives(EUROPEAN_UNIVERSITIES)
    assert found["projectsubsidie voor deelname aan Europese Universiteiten"].funding == ["4,78 miljoen euro"]
    assert found["Europese Universiteiten"].funding == []


STEUNPUNT = REPO / "bench" / "corpus-s29" / "vlaamse-regering-beslissing-steunpunt-omgeving-en-gezondheid-2022-2027.txt"


@pytest.mark.skipif(not STEUNPUNT.exists(), reason="bench corpus s29 not present")
def test_a_title_naming_a_themed_centre_by_kind_and_theme_names_its_full_name():
    # title "… beslissing steunpunt omgeving en gezondheid 2022 2027"; the text: "Steunpunt voor Beleidsrelevant
    # Onderzoek voor het thema 'Omgeving en Gezondheid'" … "De voorgestelde jaarlijkse financiering bedraagt 859.000 euro."
    found = _initiatives(STEUNPUNT)
    centre = found["Steunpunt voor Beleidsrelevant Onderzoek voor het thema Omgeving en Gezondheid"]
    assert centre.funding == ["859.000 euro"]


KADERREGELING = REPO / "bench" / "corpus-s12" / "nl-kaderregeling-exploitatiesubsidies-onderzoek-en-wetenschap.md"


@pytest.mark.skipif(not KADERREGELING.exists(), reason="bench corpus s12 not present")
def test_a_sum_a_condition_compares_with_is_no_funding():
    # "1. Indien het subsidiebedrag meer bedraagt dan € 50.000,- gaat de financiële verantwoording vergezeld van een
    # verklaring …": the threshold of an accountant's statement, not money the scheme gives
    from polkb.tag.initiatives.roles import _sums_in

    found = _initiatives(KADERREGELING)
    regulation = found["Kaderregeling exploitatiesubsidies onderzoek en wetenschap"]
    assert not any("50.000" in f for f in regulation.funding), regulation.funding
    assert _sums_in("Het subsidieplafond bedraagt € 2 miljoen, meer dan vorig jaar.") == ("€ 2 miljoen",)


LIBERATION = REPO / "bench" / "corpus-s22" / "nl-bz-beleidsregels-liberation-scholarship-program-2015.md"


@pytest.mark.skipif(not LIBERATION.exists(), reason="bench corpus s22 not present")
def test_a_sentence_going_on_about_the_budget_gives_its_sums_to_the_same_scheme():
    # "In totaal is voor subsidieverlening … in het kader van het Liberation Scholarship Program een bedrag beschikbaar
    # van € 100.000. Deze programmamiddelen worden aangevuld tot een minimum van € 197.255 met bijdragen van het
    # Ministerie van Onderwijs, Cultuur en Wetenschap (te weten € 50.000) en het bedrijfsleven (te weten € 47.255)."
    programme = _initiatives(LIBERATION)["Liberation Scholarship Program"]
    assert {"€ 100.000", "€ 197.255", "€ 50.000", "€ 47.255"} <= set(programme.funding), programme.funding


RELANCE_INFRA = REPO / "bench" / "corpus-s28" / "vlaamse-regering-beslissing-relance-versterking-onderzoeksveld-infrastructuur-universiteiten.txt"


@pytest.mark.skipif(not RELANCE_INFRA.exists(), reason="bench corpus s28 not present")
def test_the_plan_a_project_comes_from_does_not_take_the_projects_sum():
    # "In het kader van project VV23 ‘versterking onderzoeksveld en versnelling O&O’ uit het relanceplan 'Vlaamse
    # Veerkracht' voorziet de Vlaamse Regering 18 miljoen euro voor de financiering van 9 O&O&I-infrastructuurprojecten"
    found = _initiatives(RELANCE_INFRA)
    assert found["versterking onderzoeksveld en versnelling O&O"].funding == ["18 miljoen euro"]
    assert found["Plan Vlaamse Veerkracht"].funding == []


RETHINK = REPO / "bench" / "corpus-s29" / "vlaamse-regering-beslissing-subsidie-project-rethink-energy-4-food.txt"


@pytest.mark.skipif(not RETHINK.exists(), reason="bench corpus s29 not present")
def test_the_fund_a_sum_is_drawn_from_does_not_take_it():
    # "De Vlaamse Regering beslist om zo'n 883.000 euro toe te kennen uit de middelen van het Vlaams Klimaatfonds aan het
    # consortium Flanders’ FOOD …, Howest, KU Leuven, UGent, VITO en VIVES Zuid voor de uitvoering van het project
    # ‘Rethink Energy 4 FOOD’."
    found = _initiatives(RETHINK)
    assert found["Vlaams Klimaatfonds"].funding == []
    assert found["Rethink Energy 4 Food"].funding == ["zo'n 883.000 euro"]


FACTHORY = REPO / "bench" / "corpus-s29" / "vlaamse-regering-beslissing-kapitaalsverhoging-mo-thor-facthory.txt"


@pytest.mark.skipif(not FACTHORY.exists(), reason="bench corpus s29 not present")
def test_money_moved_between_budget_articles_is_no_funding():
    # "De ESR-uitgaven … worden gecompenseerd binnen het Fonds voor Innoveren en Ondernemen. Hiervoor wordt 6,14
    # miljoen euro vastleggingskrediet herverdeeld tussen 2 begrotingsartikels."
    from polkb.tag.initiatives.roles import _sums_in

    assert _initiatives(FACTHORY)["Fonds voor Innoveren en Ondernemen"].funding == []
    assert _sums_in("Hiervoor wordt 6,14 miljoen euro vastleggingskrediet herverdeeld tussen 2 begrotingsartikels.") == ()


@pytest.mark.skipif(not LERARENBEURS.exists(), reason="bench corpus s28 not present")
def test_a_monthly_repayment_is_not_the_regulations_money():
    # "Het minimumbedrag dat maandelijks wordt afgelost, bedraagt € 100.": the teacher's debt, paid back
    found = _initiatives(LERARENBEURS)
    regulation = next(i for name, i in found.items() if name.startswith("Regeling lerarenbeurs"))
    assert "€ 100" not in regulation.funding, regulation.funding
    assert "€ 134.350.000" in regulation.funding


def test_a_repayable_advance_is_still_money_given():
    from polkb.tag.initiatives.roles import _sums_in

    assert _sums_in("De Vlaamse Regering kent een terugbetaalbaar voorschot van 2 miljoen euro toe.")
    assert not _sums_in("Het minimumbedrag dat maandelijks wordt afgelost, bedraagt € 100.")


def test_a_sum_given_to_this_call_in_so_many_words_is_the_calls():
    # bench/corpus-s28: "Gezien … de inhoudelijke aansluiting van deze oproep bij het project VV023: 'Versterking
    # Onderzoeksveld en versnelling O&O' uit het relanceplan Vlaamse Veerkracht, beslist de Vlaamse Regering om 8,97
    # miljoen uit de relanceprovisie toe te voegen aan de middelen voor deze oproep, …": the sum goes to the call named
    # before ("de oproep voor zware onderzoeksinfrastructuur"), not to the project the sentence names beside it
    from pathlib import Path

    from .conftest import initiatives_in

    path = Path(__file__).resolve().parent.parent / "bench" / "corpus-s28" / \
        "vlaamse-regering-beslissing-relance-fwo-oproep-zware-onderzoeksinfrastructuur.txt"
    if not path.exists():
        pytest.skip(f"{path} not present")
    found = initiatives_in(path)
    call = next(i for n, i in found.items() if n.startswith("oproep"))
    project = next(i for n, i in found.items() if n.startswith("Versterking"))
    assert "8,97 miljoen" in call.funding, call.funding
    assert not any("8,97" in f for f in project.funding), project.funding


BVE = REPO / "bench" / "corpus-s45" / "nl-ocw-regeling-bve-subsidies-2013.md"


@pytest.mark.skipif(not BVE.exists(), reason="bench corpus s45 not present")
def test_a_ceiling_for_the_subsidy_an_article_describes_is_that_subsidys_money():
    # the Regeling BVE-subsidies 2013 sets up a subsidy per article and a ceiling per subsidy in the next one:
    # "Voor subsidieverlening op grond van artikel 7, tweede lid, is per kalenderjaar een bedrag van maximaal
    # € 35.000,– beschikbaar" is the money of the prize that lid names; "… artikel 10, eerste lid, onderdeel c" that of
    # the network its item c names, "onderdelen a en b" that of the programme its lead-in names. A ceiling for an
    # article that names no initiative ("artikel 7, eerste lid": promotion activities) is nobody's record's money, and
    # none of them is the framework regulation's own budget.
    found = _initiatives(BVE)
    assert found["landelijke prijs voor het beste leerbedrijf"].funding == ["maximaal € 35.000"]
    assert found["European Lifelong Guidance Policy Network"].funding == ["maximaal € 20.000"]
    assert found["Euroguidance"].funding == ["maximaal € 100.000"]
    assert found["Taal voor het Leven"].funding == ["€ 5.000.000"]
    assert not found["Regeling BVE-subsidies"].funding


MOONSHOT = REPO / "bench" / "corpus-s43" / "vlaamse-regering-beslissing-bijkomende-steun-moonshot-lsi-pillar2-sdr.txt"


@pytest.mark.skipif(not MOONSHOT.exists(), reason="bench corpus s43 not present")
def test_sums_in_brackets_after_the_projects_they_pay_are_not_the_advisers():
    # "Op basis van … het advies van de Moonshot Governance Board … beslist de Vlaamse Regering om bijkomende steun te
    # verlenen aan ‘… – SDR’ van Universiteit Gent (112.800 euro) en aan ‘… – PILLAR 2’ van het VITO (778.200 euro)"
    found = _initiatives(MOONSHOT)
    assert not found["Moonshot Governance Board"].funding
    assert [i.funding for name, i in found.items() if name.startswith("Chemical Looping")] == [["112.800 euro"]]


STAGEBOX = REPO / "bench" / "corpus-s48" / "nl-ocw-regeling-stagebox-beroepsonderwijs-2006-2010.md"


@pytest.mark.skipif(not STAGEBOX.exists(), reason="bench corpus s48 not present")
def test_a_regulation_whose_title_grants_money_is_a_scheme_though_it_never_says_subsidie():
    # "… houdende regels voor het verstrekken van een aanvullende vergoeding voor het werven van extra stageplaatsen
    # …": the regulation pays a "vergoeding" and writes "subsidie" 5 times in 1,500 words
    found = _initiatives(STAGEBOX)
    assert "Regeling stagebox beroepsonderwijs 2006 tot en met 2010" in found, sorted(found)


LESGELD = REPO / "bench" / "corpus-s44" / "nl-ocw-regeling-lesgeld-cursusgeldtarieven-2016-2017.md"
OVERGANG = REPO / "bench" / "corpus-s20" / "nl-besluit-overgangsregeling-universitair-wetenschappelijk-personeel-1984.md"


@pytest.mark.skipif(not (LESGELD.exists() and OVERGANG.exists()), reason="bench corpora s44 and s20 not present")
def test_a_regulation_that_sets_fees_or_pay_is_no_scheme_though_its_name_gives_years():
    # "Regeling vaststelling lesgeld en cursusgeldtarieven 2016–2017" sets fees; "Overgangsregeling
    # Bezoldigingsbesluit Burgerlijke Rijksambtenaren 1984" says how staff are paid: neither grants money
    assert not any("lesgeld" in name.lower() for name in _initiatives(LESGELD)), sorted(_initiatives(LESGELD))
    assert not any("Bezoldigingsbesluit" in name for name in _initiatives(OVERGANG)), sorted(_initiatives(OVERGANG))


VOUCHERS = REPO / "bench" / "corpus-s26" / "nl-ez-beleidsregel-innovatievouchers-pilot-2005.md"
IMAMS = REPO / "bench" / "corpus-s40" / "nl-justitie-beleidsregels-projectsubsidie-ontwikkeling-imamopleidingen-2005.md"


@pytest.mark.skipif(not (VOUCHERS.exists() and IMAMS.exists()), reason="bench corpora s26 and s40 not present")
def test_a_policy_rule_is_no_initiative_unless_its_name_is_the_subsidy_it_grants():
    # "Beleidsregel verstrekking innovatievouchers pilot 2005" sets the rules of the "Subsidieregeling pilot
    # innovatievouchers 2005"; "Beleidsregels projectsubsidie imamopleidingen" is the project subsidy itself
    vouchers = _initiatives(VOUCHERS)
    assert not any(name.startswith("Beleidsregel") for name in vouchers), sorted(vouchers)
    assert any("innovatievouchers" in name for name in vouchers), sorted(vouchers)
    assert any("imamopleidingen" in name for name in _initiatives(IMAMS)), sorted(_initiatives(IMAMS))
