"""Roles of initiatives run by a consortium or granted to several bodies (tag/initiatives/roles.py and
extractor.py), on real text of bench/corpus-s29 (a tune set): who leads, who takes part."""
from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import initiatives_in

CORPUS = Path(__file__).resolve().parent.parent / "bench" / "corpus-s29"


def _initiatives(name: str):
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    return initiatives_in(path)


def test_a_name_written_again_without_a_cue_still_gets_its_members():
    # "… het EFRO-project 1865: 'Test@Sea' …. Test@Sea, een projectconsortium bestaande uit POM West- Vlaanderen,
    # VLIZ, …" and "… 'Vertiports'. … Vertiports moet … | Het partnerschap voor dit project bestaat uit …" (the last
    # sentence opens the next passage); the grant "kent daarom aan POM (Provinciale Ontwikkelingsmaatschappij)
    # West-Vlaanderen een cofinanciering … toe" names the body that carries both out
    found = _initiatives("vlaamse-regering-beslissing-efro-gti-west-vlaanderen-test-at-sea-vertiports.txt")
    sea, ports = found["Test@Sea"], found["Vertiports"]
    assert sea.coordinator == ports.coordinator == "POM West-Vlaanderen"
    for body in ("VLIZ", "Sirris", "De Blauwe Cluster"):
        assert body in sea.partners, sea.partners
    assert "KU Leuven" in ports.partners and "VLIZ" not in ports.partners, ports.partners
    assert not any("POM" in p for p in sea.partners + ports.partners)  # the coordinator, once, whatever its spelling


def test_grant_recipients_before_the_grant_and_with_asides_in_brackets():
    from polkb.tag.initiatives.roles import _grant_recipients

    pom = ("De Vlaamse Regering kent daarom aan POM (Provinciale Ontwikkelingsmaatschappij) West-Vlaanderen een "
           "cofinanciering van 765.000 euro toe voor de uitvoering van het EFRO-project 1865: 'Test@Sea'.")
    assert _grant_recipients(pom, pom.index("Test@Sea")) == ["POM West-Vlaanderen"]
    food = ("De Vlaamse Regering beslist om zo'n 883.000 euro toe te kennen uit de middelen van het Vlaams Klimaatfonds "
            "aan het consortium Flanders’ FOOD (met in onderaanneming Flux50 en FEVIA Vlaanderen), Howest, KU Leuven, "
            "UGent, VITO en VIVES Zuid voor de uitvoering van het project ‘Rethink Energy 4 FOOD’.")
    who = _grant_recipients(food, food.index("Rethink"))
    assert who[0] == "Flanders’ FOOD" and "KU Leuven" in who and "VIVES Zuid" in who, who
    assert not any("Flux50" in w for w in who)  # a subcontractor in brackets is no recipient
    assert _grant_recipients(food, food.index("Vlaams Klimaatfonds")) == []  # the fund it is paid from


def test_a_lone_recipient_and_the_consortium_it_leads():
    # title: "… projectsubsidie aan IMEC vzw voor …"; body: "… een subsidie van 850.000 euro toe aan het consortium
    # IMEC en VITO voor de ontwikkeling van een Vlaamse Open City Architectuur (VLOCA)"
    found = _initiatives("vlaamse-regering-beslissing-projectsubsidie-imec-vito-vloca.txt")
    vloca = next(i for n, i in found.items() if "Open City" in n)
    assert vloca.coordinator == "imec" and vloca.partners == ["VITO"], (vloca.coordinator, vloca.partners)


def test_a_consortium_led_by_a_person_is_led_by_the_body_in_brackets():
    # "… erkenning en financiering van een consortium onder leiding van Prof. Dr. Erik Buyst (KUL) als steunpunt
    # voor beleidsrelevant onderzoek voor het thema Wonen …": the title does not end the sentence
    from polkb.tag.initiatives.roles import _coordinator

    found = _initiatives("vlaamse-regering-beslissing-goedkeuring-steunpunt-wonen-2021-2025.txt")
    steunpunt = next(i for n, i in found.items() if n.startswith("Steunpunt"))
    assert steunpunt.coordinator == "KUL"
    assert _coordinator("onder leiding van Prof. Dr. Ir. Karel Van Acker (KU Leuven) als Steunpunt") == "KU Leuven"


def test_partners_after_a_role_noun_of_the_initiative_referred_to_by_its_kind():
    # "Alle Vlaamse universiteiten, samen met de partners Provinciaal Instituut voor Hygiëne, …, zullen instaan voor de
    # uitvoering van dit steunpunt.": the partners of the steunpunt the decision's title names, not of the programme
    from polkb.model import Initiative, Passage
    from polkb.tag.initiatives.roles import _partners_referred

    path = CORPUS / "vlaamse-regering-beslissing-steunpunt-omgeving-en-gezondheid-2022-2027.txt"
    if not path.exists():
        pytest.skip(f"{path} not present")
    text = path.read_text(encoding="utf-8")
    p = Passage(id="p0", doc_id="d", seq=0, text=text, start=0, end=len(text))
    items = {k: Initiative(name=n, passage_ids=["p0"]) for k, n in
             (("a", "Vlaams Humaan Biomonitoringprogramma"), ("b", "Steunpunt voor Beleidsrelevant Onderzoek"))}
    _partners_referred(p, items)
    assert items["a"].partners == []
    assert "Provinciaal Instituut voor Hygiëne" in items["b"].partners
    assert any(o.startswith("Instituut voor Natuur") for o in items["b"].partners), items["b"].partners


def test_a_name_with_its_abbreviation_in_brackets_is_one_record_with_the_name_without():
    # title "Subsidie project ‘Rethink Energy 4 Food (RE4F)’ …", body "… voor de uitvoering van het project ‘Rethink
    # Energy 4 FOOD’": one record, with the consortium the grant names as its partners
    found = _initiatives("vlaamse-regering-beslissing-subsidie-project-rethink-energy-4-food.txt")
    assert not any("(" in name for name in found), list(found)
    food = [i for name, i in found.items() if name.lower().startswith("rethink energy")]
    assert len(food) == 1 and "KU Leuven" in food[0].partners, [(i.name, i.partners) for i in food]



def test_each_grant_of_a_sentence_pays_for_what_follows_it():
    # "… kent daarom aan POM … een cofinanciering van 765.000 euro toe voor de uitvoering van het EFRO-project 1865:
    # 'Test@Sea' en een cofinanciering van 520.000 euro voor de uitvoering van het EFRO-project 1871: 'Vertiports'."
    found = _initiatives("vlaamse-regering-beslissing-efro-gti-west-vlaanderen-test-at-sea-vertiports.txt")
    assert found["Test@Sea"].funding == ["765.000 euro"]
    assert found["Vertiports"].funding == ["520.000 euro"]


def test_members_of_a_group_named_in_brackets_after_it():
    # "… subsidie toe aan de Vlaamse Instelling voor Technologisch Onderzoek ( VITO) als penhouder voor het consortium
    # milieugezondheidszorg (VITO-PIH-Vlaams Instituut Gezond Leven) voor de uitbouw van de programma’s ‘Bodem en
    # Gezondheid’ en ‘Natuur en Gezondheid’": the consortium's other members take part in both
    from polkb.tag.initiatives.roles import _bracketed_members

    found = _initiatives("vlaamse-regering-beslissing-subsidie-consortium-milieugezondheidszorg-vito.txt")
    for name in ("Bodem en Gezondheid", "Natuur en Gezondheid"):
        assert found[name].coordinator == "VITO"
        assert found[name].partners == ["PIH", "Vlaams Instituut Gezond Leven"], found[name].partners
    facthory = ("De nv Mo-Thor wordt hiermee structureel versterkt en zal samen met de betrokken partners (Flanders Make, "
                "KU Leuven, stad Genk, Sirris, …) de middelen op lange termijn ter beschikking houden.")
    assert {"Flanders Make", "KU Leuven"} <= set(_bracketed_members(facthory))
    # a place or a year in brackets is no member: "het project Antwerp@C CO2 Export Hub (2023)"
    assert _bracketed_members("De partners (2023) werken samen.") == []


def test_what_a_consortium_is_recognised_as_by_name_is_the_initiative():
    # "… keurt de Vlaamse Regering nu de erkenning en financiering goed van een consortium onder leiding van Prof. Dr.
    # Ir. Karel Van Acker (KU Leuven) als Steunpunt voor Beleidsrelevant Onderzoek voor het thema Circulaire Economie
    # ( 2022-2026). Het consortium is een samenwerking tussen KU Leuven, UAntwerpen, UGent, UHasselt en VITO."
    found = _initiatives("vlaamse-regering-beslissing-erkenning-steunpunt-circulaire-economie-2022-2026.txt")
    steunpunt = found["Steunpunt voor Beleidsrelevant Onderzoek voor het thema Circulaire Economie"]
    assert steunpunt.coordinator == "KU Leuven"
    assert "VITO" in steunpunt.partners and "KU Leuven" not in steunpunt.partners, steunpunt.partners


def test_what_a_decision_recognises_by_name_in_its_title_is_the_initiative():
    # title: "Oproep erkenning en financiering Steunpunt voor Beleidsrelevant Onderzoek voor het thema 'Omgeving en
    # Gezondheid' (2022-2027)"; body: "Alle Vlaamse universiteiten, samen met de partners Provinciaal Instituut voor
    # Hygiëne, …, zullen instaan voor de uitvoering van dit steunpunt."
    found = _initiatives("vlaamse-regering-beslissing-steunpunt-omgeving-en-gezondheid-2022-2027.txt")
    steunpunt = found["Steunpunt voor Beleidsrelevant Onderzoek voor het thema Omgeving en Gezondheid"]
    assert steunpunt.period == "2022-2027"
    assert "Provinciaal Instituut voor Hygiëne" in steunpunt.partners, steunpunt.partners


def test_a_grant_to_the_vzw_the_text_named_before_goes_to_that_body():
    # "… in het kader van een jaarlijkse subsidie voor de vzw Flanders Make. Daarnaast kent ze aan de vzw een eenmalige
    # subsidie van 3 miljoen euro toe voor de oprichting van de Flanders Make Academy …" (bench/corpus-s26): "de vzw"
    # is the body of that form named before, and the government stands as a pronoun between "kent" and "aan"
    from polkb.tag.initiatives.roles import _grant_recipients

    before = "… in het kader van een jaarlijkse subsidie voor de vzw Flanders Make. "
    grant = ("Daarnaast kent ze aan de vzw een eenmalige subsidie van 3 miljoen euro toe voor de oprichting van de "
             "Flanders Make Academy en een eenmalige subsidie van 5 miljoen euro voor de uitbouw van de onderzoekslijn.")
    assert _grant_recipients(grant, grant.index("Flanders Make Academy"), before) == ["Flanders Make"]
    assert _grant_recipients(grant, grant.index("Flanders Make Academy"), "") == []  # no body to refer back to
    two = "… een subsidie voor de vzw Brik en voor Cirkant vzw. "
    assert _grant_recipients(grant, grant.index("Flanders Make Academy"), two) == []  # which vzw is meant?
    path = Path(__file__).resolve().parent.parent / "bench" / "corpus-s26" / \
        "vlaamse-regering-beslissing-convenant-flanders-make-2023-2027.txt"
    if not path.exists():
        pytest.skip(f"{path} not present")
    academy = initiatives_in(path)["Flanders Make Academy"]
    assert academy.coordinator == "Flanders Make", academy.coordinator


def test_a_subsidy_lead_applicant_coordinates_and_its_co_applicants_take_part():
    # bench/corpus-s43 (a tune set): "… tot toekenning van steun aan hoofdaanvrager Flanders Make vzw, en
    # neven-aanvragers Imec, PXL, Thomas More en UC Leuven-Limburg voor de uitvoering van het project Proeftuin
    # ‘Technologie voor Werkbaar werk in de Zorg- en Welzijnssectoren’ De Vlaamse Regering kent 3,15 miljoen euro
    # subsidie toe aan FLANDERS MAKE, IMEC, PXL, …": the grant to all of them does not make the lead one of many
    path = CORPUS.parent / "corpus-s43" / "vlaamse-regering-beslissing-subsidie-proeftuin-technologie-werkbaar-werk-zorg-welzijn.txt"
    if not path.exists():
        pytest.skip(f"{path} not present")
    found = initiatives_in(path)
    project = next(i for n, i in found.items() if "Zorg" in n or "zorg" in n)
    assert project.coordinator == "Flanders Make", project.coordinator  # (the vocabulary's name)
    assert "UC Leuven-Limburg" in project.partners and any("PXL" in p for p in project.partners), project.partners
    assert not any("Flanders Make" in p.title() or "FLANDERS MAKE" in p for p in project.partners), project.partners


def test_a_sum_in_brackets_after_a_name_is_its_own_and_a_title_join_ends_a_name():
    # bench/corpus-s43: the title "Opleidingsprojecten MediAcademie Journalistiek en Adiovisueel: subsidies A.
    # Ontwerpbesluit … MediAcademie Journalistiek B. Ontwerpbesluit … MediAcademie Audiovisueel  MediAcademie werd
    # in 2011 opgericht …" runs into the text (an item letter, two spaces), and the last sentence pays each project
    # its own sum: "… het opleidingsproject MediAcademie Journalistiek (654.246 euro) en … MediAcademie Audiovisueel
    # (255.690 euro)"
    path = CORPUS.parent / "corpus-s43" / "vlaamse-regering-beslissing-subsidies-mediacademie-journalistiek-audiovisueel-2019.txt"
    if not path.exists():
        pytest.skip(f"{path} not present")
    found = initiatives_in(path)
    assert "MediAcademie Journalistiek B" not in found, sorted(found)
    journalism = found["MediAcademie Journalistiek"]
    assert journalism.funding == ["654.246 euro"], journalism.funding
    assert any(i.funding == ["255.690 euro"] for n, i in found.items() if "Audiovisueel" in n), \
        {n: i.funding for n, i in found.items()}


def test_the_long_quoted_titles_a_grant_pays_for_are_projects_of_the_body_after_them():
    # bench/corpus-s43: "… beslist de Vlaamse Regering om bijkomende steun te verlenen aan ‘Chemical Looping Process for
    # Super-Dry Reforming of CO2 into CO – SDR’ van Universiteit Gent (112.800 euro) en aan ‘Unique PILot infrastructure
    # for innovative catalytic biorefinery of Lignocellulosic material to functional bio-ARomatics – PILLAR 2’ van VITO
    # (778.200 euro)": research projects' English titles, longer than a name usually is
    path = CORPUS.parent / "corpus-s43" / "vlaamse-regering-beslissing-bijkomende-steun-moonshot-lsi-pillar2-sdr.txt"
    if not path.exists():
        pytest.skip(f"{path} not present")
    found = initiatives_in(path)
    sdr = next(i for n, i in found.items() if n.startswith("Chemical Looping"))
    pillar = next(i for n, i in found.items() if n.startswith("Unique PILot"))
    assert (sdr.coordinator, sdr.funding) == ("Universiteit Gent", ["112.800 euro"]), (sdr.coordinator, sdr.funding)
    assert (pillar.coordinator, pillar.funding) == ("VITO", ["778.200 euro"]), (pillar.coordinator, pillar.funding)


def test_a_consortium_paid_for_its_own_action_plan_runs_it():
    # bench/corpus-s47 (tune): the title runs into the body ("… steun aan het project Seeds and Growth for Media
    # Mediabedrijven in Vlaanderen worden …"); the body names the plan before a full stop ("… kent … 996.000 euro toe
    # aan het consortium VRT, MediaNet Vlaanderen en Thomas More voor het actieplan Seeds and Growth for Media. Hierin
    # …"): one record, under the name the text gives on its own, with the consortium and the sum
    path = CORPUS.parent / "corpus-s47" / "vlaamse-regering-beslissing-relance-seeds-and-growth-for-media-vrt-medianet-thomas-more.txt"
    if not path.exists():
        pytest.skip(f"{path} not present")
    found = initiatives_in(path)
    assert not any(n.startswith("Seeds and Growth for Media ") for n in found), list(found)
    seeds = found["Seeds and Growth for Media"]
    assert seeds.partners == ["VRT", "MediaNet Vlaanderen", "Thomas More Hogeschool"], seeds.partners
    assert seeds.funding == ["996.000 euro"], seeds.funding
    assert found["Plan Vlaamse Veerkracht"].partners == []  # the plan that frames the grant is not theirs


def test_a_name_after_its_kind_ends_with_its_sentence():
    from polkb.tag.initiatives.candidates import _candidates

    text = "Daarom kent de Regering geld toe voor het project Growth for Media. Hierin bundelen ze hun krachten."
    assert [c[2] for c in _candidates(text)] == ["Growth for Media"]


def test_a_second_recipient_after_a_second_sum_or_a_second_aan():
    from polkb.tag.initiatives.roles import _grant_recipients

    # bench/corpus-s47 (SportKompas) and bench/corpus-s49 (Iedereen Digitaal), tune sets
    sport = ("In dit kader kent de Vlaamse Regering  863.000 euro subsidie toe aan Sportwerk Vlaanderen vzw en 495.000 "
             "euro aan SportaMundi vzw voor de periode 1 januari 2021 tot en met 31 december 2024.")
    assert _grant_recipients(sport, None) == ["Sportwerk Vlaanderen vzw", "SportaMundi vzw"]
    digital = ("De Vlaamse Regering keurt in dit kader nu de toewijzing van middelen uit de relanceprovisie goed, en kent "
               "hiervoor 488.000 euro subsidie toe aan de VVSG en 1,4 miljoen euro aan imec voor Mediawijs.")
    assert _grant_recipients(digital, None) == ["Vereniging van Vlaamse Steden en Gemeenten", "imec"]
    again = ("Ontwerpbesluit van de Vlaamse Regering over de toekenning van een subsidie aan Sportwerk Vlaanderen vzw en aan "
             "Sportamundi vzw voor de verdere uitrol van het project SportKompas")
    assert _grant_recipients(again, None) == ["Sportwerk Vlaanderen vzw", "Sportamundi vzw"]


def test_one_recipient_whose_name_holds_en_and_its_partners_in_samenwerking():
    # bench/corpus-s49 (tune): "… toe van 400.000 euro aan de Vereniging van Vlaamse Steden en Gemeenten vzw (VVSG) in
    # Brussel, voor de begeleiding van de proeftuinen 'Buddies in Diversiteit ', in nauwe samenwerking met de
    # Agentschappen Integratie & Inburgering en het Huis van het Nederlands Brussel."
    path = CORPUS.parent / "corpus-s49" / "vlaamse-regering-beslissing-subsidie-proeftuinen-buddies-in-diversiteit-vvsg.txt"
    if not path.exists():
        pytest.skip(f"{path} not present")
    buddies = next(i for n, i in initiatives_in(path).items() if "Buddies" in n)
    assert buddies.coordinator == "Vereniging van Vlaamse Steden en Gemeenten", buddies.coordinator
    assert buddies.partners == ["Agentschap Integratie en Inburgering", "Huis van het Nederlands Brussel"], buddies.partners


def test_a_lone_recipient_known_with_its_legal_form():
    from polkb.tag.initiatives.roles import _grant_recipients

    # bench/corpus-s47 (tune): the vocabulary knows "vzw Welzijnszorg" by its form, not "Welzijnszorg" alone
    text = ("De Vlaamse Regering kent een subsidie van 298.000 euro toe  aan vzw Welzijnszorg voor het organiseren van "
            "het knooppunt Armoede-Onderwijs voor de periode van 1 september 2020 tot en met 31 augustus 2021.")
    assert _grant_recipients(text, None) == ["Welzijnszorg"]


def test_a_body_run_into_the_next_name_of_a_title_is_no_record():
    # bench/corpus-s47 (tune): "Subsidie projecten mantelzorg Vlaams Mantelzorgplatform vzw en Vlaams Instituut voor de
    # Eerste Lijn Vlaams Mantelzorgplatform vzw en …"
    path = CORPUS.parent / "corpus-s47" / "vlaamse-regering-beslissing-relance-projecten-mantelzorg-mantelzorgplatform-vivel.txt"
    if not path.exists():
        pytest.skip(f"{path} not present")
    names = list(initiatives_in(path))
    assert "Vlaams Mantelzorgplatform" in names and not any(n.startswith("Vlaams Instituut") for n in names), names


def test_the_bodies_a_regulation_defines_as_its_recipients():
    # bench/corpus-s45 (tune): "h.subsidieontvanger:LAKS - de vereniging Landelijk Aktie Komitee Scholieren, gevestigd te
    # Amsterdam, JOB - de vereniging Jongerenorganisatie Beroepsonderwijs, …, en Combo - de Stichting Combinatie
    # Onderwijsorganisatie, …" (the reader joined the definitions into one line); "b. *stichting:* Stichting Nederlands
    # Onderwijs in het Buitenland (Stichting NOB), statutair gevestigd te …"
    folder = CORPUS.parent / "corpus-s45"
    laks = folder / "nl-ocw-subsidieregeling-leerling-en-deelnemersorganisaties-laks-job-combo.md"
    nob = folder / "nl-ocw-regeling-stichting-nederlands-onderwijs-in-het-buitenland-2014-2018.md"
    if not laks.exists() or not nob.exists():
        pytest.skip("bench/corpus-s45 not present")
    scheme = initiatives_in(laks)["Subsidieregeling LAKS, JOB en Combo"]
    assert scheme.partners == ["Landelijk Aktie Komitee Scholieren", "Jongeren Organisatie Beroepsonderwijs",
                               "Stichting Combinatie Onderwijsorganisatie"], scheme.partners
    regulation = next(i for n, i in initiatives_in(nob).items() if n.startswith("Regeling Stichting Nederlands"))
    assert regulation.coordinator == "Stichting Nederlands Onderwijs in het Buitenland", regulation.coordinator


def test_bodies_that_join_hands_in_the_project_take_part():
    # bench/corpus-s47 (tune): "Het gaat om een toelage aan VIB voor de uitbreiding van het project 'Soja in 1000
    # tuinen'. Met het project slaan wetenschappers van VIB, ILVO, UGent en KULeuven de handen in elkaar met burgers …"
    path = CORPUS.parent / "corpus-s47" / "vlaamse-regering-beslissing-soja-in-1000-tuinen-vib-ilvo-ugent-kuleuven.txt"
    if not path.exists():
        pytest.skip(f"{path} not present")
    soja = initiatives_in(path)["Soja in 1000 tuinen"]
    assert soja.coordinator == "Vlaams Instituut voor Biotechnologie"
    assert soja.partners == ["Instituut voor Landbouw-, Visserij- en Voedingsonderzoek", "Universiteit Gent", "KU Leuven"]


def test_a_town_is_a_body_a_grant_goes_to():
    from polkb.tag.initiatives.roles import _grant_recipients

    # bench/corpus-s47 (tune): "… een subsidie van maximaal 3 miljoen euro toe aan het agentschap Integratie en
    # Inburgering, de stad Gent en de stad Antwerpen voor ‘Vervolgtrajecten inburgering’"; "… aan Stad Antwerpen
    # Talentontwikkeling en Vrijetijdsbeleving/onderwijs voor …"
    three = ("De Vlaamse Regering kent daarom voor de periode van 1 oktober 2022 tot en met 30 september 2025 een subsidie "
             "van maximaal 3 miljoen euro toe aan het agentschap Integratie en Inburgering, de stad Gent en de stad "
             "Antwerpen voor ‘Vervolgtrajecten inburgering’.")
    assert _grant_recipients(three, None) == ["Agentschap Integratie en Inburgering", "stad Gent", "stad Antwerpen"]
    one = ("Ontwerpbesluit tot toekenning van een subsidie van maximaal 937.000 euro aan Stad Antwerpen Talentontwikkeling "
           "en Vrijetijdsbeleving/onderwijs voor de multimodale organisatie van het leerlingenvervoer")
    assert _grant_recipients(one, None) == ["Stad Antwerpen"]
    assert _grant_recipients("De Regering kent een subsidie toe aan de stad Vlaamse Veerkracht voor X.", None) == []


def test_a_decision_title_granting_money_for_a_kind_and_its_topic_names_that_initiative():
    # bench/corpus-s49 (tune): "Regionale technologische centra (RTC’s): subsidie uitvoering actieplan duaal leren voor
    # de periode van 1 oktober 2023 tot en met 31 augustus 2024 …" and no other initiative named: the action plan in
    # lower case is the initiative, with the sums of the sentences that name it
    path = CORPUS.parent / "corpus-s49" / "vlaamse-regering-beslissing-subsidie-actieplan-duaal-leren-regionale-technologische-centra.txt"
    if not path.exists():
        pytest.skip(f"{path} not present")
    found = initiatives_in(path)
    assert list(found) == ["actieplan duaal leren"], list(found)
    assert found["actieplan duaal leren"].funding == ["maximaal 1.000.000 euro", "maximaal 1 miljoen euro"]


def test_a_titled_grant_to_bodies_for_a_described_purpose_under_a_framing_plan():
    # bench/corpus-s49 (tune): "Plan Vlaamse Veerkracht: 620.000 euro subsidie aan Vertrouwenscentrum Kindermishandeling
    # Brussel – vzw Kind in Nood, CAW Oost-Brabant en SAM vzw voor de integratie van de chatlijn na seksueel geweld": the
    # plan before the colon frames the grant and does not stand in for it
    path = CORPUS.parent / "corpus-s49" / "vlaamse-regering-beslissing-relance-chatlijn-seksueel-geweld-kind-in-nood-caw-sam.txt"
    if not path.exists():
        pytest.skip(f"{path} not present")
    found = initiatives_in(path)
    grant = found["subsidie voor de integratie van de chatlijn na seksueel geweld"]
    assert grant.partners == ["Vertrouwenscentrum Kindermishandeling Brussel – vzw Kind in Nood", "CAW Oost-Brabant",
                              "SAM vzw"], grant.partners
    assert grant.funding == ["620.000 euro"]
    assert found["Plan Vlaamse Veerkracht"].funding == []


EMV = Path(__file__).resolve().parent.parent / "bench" / "corpus-s30" / "nl-ienm-instellingsbesluit-kennisplatform-emv-2010.md"


@pytest.mark.skipif(not EMV.exists(), reason="bench corpus s30 not present")
def test_the_short_name_a_legal_text_gives_hereinafter_is_the_same_record():
    # "Er is een Kennisplatform Elektromagnetische Velden en Gezondheid ingesteld bij besluit DGM/SAS nr 2007015295,
    # hierna te noemen het Kennisplatform EMV."
    found = initiatives_in(EMV)
    assert "Kennisplatform Elektromagnetische Velden en Gezondheid" in found, sorted(found)
    assert "Kennisplatform EMV" not in found, sorted(found)


@pytest.mark.skipif(not EMV.exists(), reason="bench corpus s30 not present")
def test_the_items_of_a_participants_list_are_partners_though_the_vocabulary_does_not_know_them():
    # "Deelnemende organisaties / 1. De volgende organisaties nemen deel aan het Kennisplatform EMV: a. Agentschap
    # Telecom; b. Gemeentelijke Gezondheidsdienst Nederland (GGD Nederland, vereniging voor GGD'en); c. Rijksinstituut
    # voor Volksgezondheid en Milieu (RIVM); … f. KEMA."
    partners = initiatives_in(EMV)["Kennisplatform Elektromagnetische Velden en Gezondheid"].partners
    for body in ("Agentschap Telecom", "Gemeentelijke Gezondheidsdienst Nederland", "KEMA"):
        assert body in partners, partners
