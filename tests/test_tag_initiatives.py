"""Initiatives: the seeds' named projects, programmes, plans and chairs with their coordinator,
partners, period and funding; merging the same initiative across documents."""
from pathlib import Path

import pytest

from polkb.model import Initiative
from polkb.read import read_file
from polkb.structure import build_document, cut_passages
from polkb.tag.initiatives import find_initiatives, merge_groups, merge_initiatives, normalise_name

from .conftest import initiatives_in_bench

CORPUS = Path(__file__).parent.parent / "corpus"


def _initiatives(name):
    path = CORPUS / name
    doc = build_document(path.name, "0" * 64, read_file(path))
    passages = cut_passages(doc)
    return doc, passages, find_initiatives(doc, passages)


def _get(items, name):
    key = normalise_name(name)
    hits = [i for i in items if normalise_name(i.name) == key]
    assert hits, f"{name!r} not in {[i.name for i in items]}"
    return hits[0]


def test_seed_004_ibelong_coordinator_and_partners():
    doc, passages, items = _initiatives("004_218249a6f8eb53c6.txt")
    ib = _get(items, "#IBelong")
    assert ib.name == "#IBelong" and ib.type == "project"
    assert ib.coordinator == "Erasmus Universiteit Rotterdam"
    assert ib.partners == ["Erasmus Universiteit Rotterdam", "Edge Hill University",
                           "Universität Osnabrück", "Universidade do Porto",
                           "ECHO Expertisecentrum Diversiteitsbeleid", "Knowledge Innovation Centre"]
    assert "studenten met een migratieachtergrond" in ib.target_groups
    assert "eerstegeneratiestudenten" in ib.target_groups
    assert set(ib.passage_ids) <= {p.id for p in passages} and ib.doc_ids == [doc.id]
    # "#IBelong-project", "#IBelong-programma", "#IBELONG" are the same initiative
    assert len([i for i in items if "belong" in i.name.lower()]) == 1


def test_seed_003_caring_universities_and_landelijk_kader():
    _, _, items = _initiatives("003_3a0853e1a7bdcf7c.txt")
    cu = _get(items, "Caring Universities")
    assert cu.type == "programme"
    assert cu.partners == ["Vrije Universiteit Amsterdam", "Universiteit Utrecht",
                           "Universiteit Maastricht", "Universiteit Leiden"]
    lk = _get(items, "Landelijk Kader Studentenwelzijn 2023-2030")
    assert lk.name == "Landelijk Kader Studentenwelzijn 2023-2030"
    assert lk.type == "framework" and lk.period == "2023-2030"
    assert lk.coordinator == "Universiteiten van Nederland"  # "UNL samen met …": see test_who_acts_together…
    assert {"Vereniging Hogescholen", "Expertisecentrum Inclusief Onderwijs"} <= set(lk.partners)
    ops = _get(items, "Ondersteunend Programma Studentenwelzijn")
    assert ops.funding == ["één miljoen"]
    assert _get(items, "Comeniusprogramma 2023").funding == ["€ 1,5 mln."]
    _get(items, "Gezamenlijke Ambitie Studentenwelzijn")
    assert _get(items, "Landelijke Werkgroep Studentenwelzijn").type == "working_group"


def test_seed_001_three_chairs_and_instrument():
    _, _, items = _initiatives("001_2a1730af8d77decd.txt")
    chairs = [i for i in items if i.type == "chair"]
    names = " | ".join(i.name for i in chairs)
    for chair in ("Peter Paul Rubens Chair", "Antoon Van Dyck Chair", "Peter Brueghel Chair"):
        assert chair in names
    assert _get(items, "Peter Paul Rubens Chair").name == "Peter Paul Rubens Chair"
    toets = _get(items, "mensenrechtentoets")
    assert toets.type == "instrument" and toets.coordinator == "Vlaamse Interuniversitaire Raad"


def test_seed_002_stem_actieplan():
    _, _, items = _initiatives("002_1ddd43df3bba29b1.txt")
    plan = _get(items, "STEM-actieplan")
    assert plan.name == "STEM-actieplan 2012-2020"
    assert plan.type == "action_plan" and plan.period == "2012-2020"


def test_seed_000_charter():
    _, _, items = _initiatives("000_1f330cebb3caba7e.txt")
    ch = [i for i in items if i.type == "charter"]
    assert ch and "kansengroepen" in ch[0].name
    assert set(ch[0].partners) == {"Vlaamse Interuniversitaire Raad", "Vlaamse Hogescholenraad"}


def test_flemish_decision_funding_and_recipient():
    _, _, items = _initiatives("vlaamse-regering-beslissing-actieplan-mentaal-welzijn-kbs.txt")
    # the foundation receives 5 million for the approach it builds; the action plan it follows up is the government's
    grant = next(i for i in items if i.name.startswith("populatiegerichte benadering"))
    assert grant.coordinator == "Koning Boudewijnstichting"
    assert "5 miljoen euro" in grant.funding
    plan = _get(items, "Actieplan Mentaal Welzijn")
    assert plan.coordinator == "" and plan.funding == []


def test_no_junk_names():
    for path in sorted(CORPUS.iterdir()):
        if path.suffix not in (".txt", ".md"):
            continue
        _, _, items = _initiatives(path.name)
        for i in items:
            assert 1 <= len(i.name.split()) <= 10, i.name
            assert normalise_name(i.name) not in ("het project", "dit programma", "project")
            assert i.name[0] != " " and not i.name.endswith((" en", " van", " de"))


def test_normalise_name():
    assert normalise_name("#IBelong") == normalise_name("IBelong") == normalise_name("#IBELONG")
    assert normalise_name("STEM-actieplan 2012-2020") == normalise_name("STEM actieplan")
    assert normalise_name("Programme Érasmus+") == "programme erasmus+"
    # one code spelled two ways in two documents of the shipped corpus
    assert normalise_name("Gedragscode Internationale student in het Nederlands hoger onderwijs") == \
        normalise_name("Gedragscode internationale student in het Nederlandse hoger onderwijs")
    assert normalise_name("Europese Universiteiten") == normalise_name("Europees Universiteiten")


def test_merge_initiatives_across_documents():
    a = Initiative(name="#IBelong", type="project", partners=["A", "B"], passage_ids=["d1-0"],
                   doc_ids=["d1"])
    b = Initiative(name="IBELONG", coordinator="A", partners=["B", "C"], passage_ids=["d2-3"],
                   doc_ids=["d2"], period="2018-2021")
    c = Initiative(name="Caring Universities", doc_ids=["d2"])
    merged = merge_initiatives([a, b, c])
    assert len(merged) == 2
    ib = merged[0]
    assert ib.partners == ["A", "B", "C"] and ib.doc_ids == ["d1", "d2"]
    assert ib.passage_ids == ["d1-0", "d2-3"] and ib.coordinator == "A" and ib.period == "2018-2021"
    assert ib.type == "project"
    assert a.partners == ["A", "B"]  # inputs are not modified


def test_projects_named_with_a_capital_inside_a_word_and_their_recipient():
    # "… de geïntegreerde financiering van Lerende Netwerken van het basisonderwijs (STEMvoordeBasis)
    # en van het secundair onderwijs (iSTEM inkleuren)", granted "aan de … (VLUHR)"
    _, _, found = _initiatives("vlaamse-regering-beslissing-vluhr-subsidie-stem-didactiek.txt")
    by_name = {i.name: i for i in found}
    assert {"STEMvoordeBasis", "iSTEM inkleuren", "InnoVET"} <= set(by_name)
    assert by_name["iSTEM inkleuren"].coordinator == "Vlaamse Universiteiten en Hogescholen Raad"


def test_a_regulation_scheme_is_one_record_with_its_budget():
    _, _, found = _initiatives("nl-ocw-subsidieregeling-huygens-scholarship-programme-internationale-studenten.md")
    huygens = [i for i in found if "Huygens" in i.name.split(" (")[0]]  # (not its "beoordelingscommissie (Huygens …)")
    assert len(huygens) == 1  # "Subsidieregeling Huygens Scholarship Programme" = "Huygens Scholarship Programme"
    assert any("10.800.000" in f for f in huygens[0].funding)  # "Het subsidieplafond … bedraagt maximaal € 10.800.000"


def test_working_groups_by_name_and_no_committee_of_a_common_word():
    _, _, found = _initiatives("001_2a1730af8d77decd.txt")
    names = {i.name for i in found}
    assert {"werkgroep Kennismigratie", "werkgroep Alumnirelaties", "domeinwerkgroep Internationalisering"} <= names
    _, _, found = _initiatives("nl-besluit-experiment-prestatiebekostiging-hoger-onderwijs.md")
    assert not any(i.name.lower() in ("commissie ad", "commissie associate") for i in found)


def test_a_merged_record_cites_each_fact_to_the_document_that_states_it(tmp_path):
    from polkb.kb import KnowledgeBase

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a-vub.txt").write_text(
        "Ijkingstoetsen\n\nHet project Ijkingstoets Ingenieurswetenschappen wordt gecoördineerd door de "
        "Vrije Universiteit Brussel.\n", encoding="utf-8")
    (docs / "b-overzicht.txt").write_text(
        "Overzicht\n\nIn 2023 namen meer studenten deel aan het project Ijkingstoets Ingenieurswetenschappen "
        "dan in 2022.\n", encoding="utf-8")
    with KnowledgeBase(tmp_path / "index") as kb:
        assert kb.ingest([docs]).ok
        record = next(r for r in kb.initiatives() if "Ijkingstoets" in r.initiative.name)
        assert len(record.sources) == 2
        stating = [f for f in record.facts if f.coordinator]
        assert [f.source.path.endswith("a-vub.txt") for f in stating] == [True]
        assert not any(f.source.path.endswith("b-overzicht.txt") and f.coordinator for f in record.facts)


def test_names_that_are_no_initiative():
    """Names the cues catch in the shipped corpus that a policy officer would call junk."""
    from polkb.tag.initiatives import not_an_initiative

    for junk in ("Centraal Plan Bureau", "EU-UK", "Regeerakkoord en de Beleidsnota Onderwijs",
                 "Programma Vlaanderen", "Investerings-programma", "subsidie voor projecten"):
        assert not_an_initiative(junk), junk
    for real in ("#IBelong", "Caring Universities", "MYRRHA-project", "InnoVET", "Erasmus+-programma",
                 "Bijzonder Onderzoeksfonds en het Industrieel Onderzoeksfonds", "Comeniusprogramma 2023",
                 "mensenrechtentoets", "Vlaanderen Radicaal Digitaal"):
        assert not not_an_initiative(real), real


def _names_in(text):
    from .conftest import initiatives_in_text

    return initiatives_in_text(text)


def test_initiatives_described_by_the_verbs_around_them():
    found = _names_in(
        "Maatregelen\n\nDe stichting zal een tijdelijk consortium van partners oprichten om kennis te bundelen. "
        "Er is een beoordelingscommissie die tot taak heeft de minister te adviseren. "
        "Daarnaast wordt een platform levenslang leren opgericht binnen de beleidsdomeinen Werk en Onderwijs. "
        "Daarom is een Rijksbreed samenwerkingsprogramma opgezet: quantumveilige Cryptografie (QvC-Rijk). "
        "Het programma QvC-Rijk zich focust op het gebruik van cryptografie.\n")
    assert {"tijdelijk consortium van partners", "beoordelingscommissie", "platform levenslang leren",
            "quantumveilige Cryptografie"} <= set(found)
    assert "QvC-Rijk" not in found and not any("zich" in n for n in found)  # the abbreviation is the same record
    assert "Rijksbreed samenwerkingsprogramma" not in found  # its name follows the colon


def test_a_kind_of_thing_set_up_is_no_initiative():
    found = _names_in(
        "Plannen\n\nWe zetten een gemeenschappelijk elektronisch platform op. In de afgelopen jaren zijn diverse "
        "commissies ingesteld. Er wordt een onderzoeksprogramma gestart. Er zijn twee projectoproepen gelanceerd.\n")
    assert not found, found


def test_a_grant_names_what_it_builds_and_who_receives_it():
    found = _names_in(
        "Beslissing\n\nDe Vlaamse Regering kent een subsidie toe van 5 miljoen euro aan de Koning Boudewijnstichting "
        "voor de uitbouw en uitrol van een populatiegerichte benadering rond vroegkinderlijke negatieve ervaringen, "
        "voor de periode van 1 december 2022 tot en met 30 november 2025.\n")
    item = found["populatiegerichte benadering rond vroegkinderlijke negatieve ervaringen"]
    assert item.coordinator == "Koning Boudewijnstichting" and "5 miljoen euro" in item.funding


def test_an_agreement_described_by_its_parties_and_subject():
    found = _names_in(
        "Beslissing\n\nOntwerp van beheersovereenkomst tussen de Vlaamse Gemeenschap en de Vlaamse Interuniversitaire "
        "Raad (VLIR) betreffende de ontwikkeling, de implementatie en de opvolging van de ijkingstoetsen.\n")
    item = found["beheersovereenkomst betreffende ijkingstoetsen"]
    assert "Vlaamse Interuniversitaire Raad" in item.partners


def test_more_names_that_are_no_initiative():
    from polkb.tag.initiatives import not_an_initiative

    for junk in ("Associate-degreeprogramma", "Opleidingsexamenregeling", "International Bachelor's Programme",
                 "Opleidings- en Begeleidingsplan", "Opgestarte Innovatieve Bedrijfsnetwerken",
                 "CCS-netwerken en CCU-installaties"):
        assert not_an_initiative(junk), junk
    for real in ("Gedragscode Internationale student", "Lerende Netwerken", "Bijzondere Onderzoeksfondsen",
                 "Masterplan Bèta en Technologie", "Hoger Onderwijs- en Onderzoeksplan"):
        assert not not_an_initiative(real), real


def test_a_parliaments_committees_and_procedures_are_no_initiative():
    """Names the cues catch in parliament's decision lists (tk-besluitenlijst-procedurevergadering-*)."""
    from polkb.tag.initiatives import not_an_initiative

    for junk in ("commissie BZK", "commissie Financiën", "commissie Financiën de Regeling Grote Projecten",
                 "vaste commissie voor Onderwijs, Cultuur en Wetenschap", "Regeling van Werkzaamheden"):
        assert not_an_initiative(junk), junk
    for real in ("Commissie Doelmatigheid Hoger Onderwijs", "commissie-Veerman", "commissie Kruse",
                 "Reviewcommissie hoger onderwijs en onderzoek", "Onafhankelijke Commissie Toekomst Arbeidsongeschiktheidsstelsel"):
        assert not not_an_initiative(real), real
    # a course's title in quotes is still a course's title
    assert not_an_initiative("Materiaaltechnologie: basisconcepten en project", quoted=True)


def test_programmes_taken_part_in_or_defined_in_brackets():
    found = _names_in(
        "Projectsubsidie\n\nDe universiteiten krijgen middelen binnen hun deelname aan de Europese Universiteiten. "
        "De Europese Universiteiten versterken de samenwerking. Er komt meer flexibiliteit binnen iBOF (oproep voor "
        "interuniversitaire BOF-projecten). Vergroot je wereld met Erasmus+. Het project past in de Erasmus+ prioriteit "
        "inclusie. Ook in het kader van de Validatiecommissie Kwaliteitszorg Onderzoek (VKO) komt er aandacht. "
        "Medewerkers kunnen deelnemen aan een LIVC-R zonder hun beroepsgeheim te schenden. "
        "Dat gebeurt in het kader van Integrale Jeugdhulp en in het kader van het BOF-besluit.\n")
    assert {"Europese Universiteiten", "iBOF", "Erasmus+", "Validatiecommissie Kwaliteitszorg Onderzoek"} <= set(found)
    for junk in ("LIVC-R", "Integrale Jeugdhulp", "BOF-besluit"):
        assert junk not in found, junk


def test_named_once_by_a_cue_alone_is_not_enough():
    found = _names_in("Subsidie\n\nDe hogescholen nemen deel aan Horizon Europe, zo meldt de minister.\n")
    assert "Horizon Europe" not in found
    found = _names_in("Subsidie\n\nDe hogescholen nemen deel aan Horizon Europe. Horizon Europe loopt tot 2027.\n")
    assert "Horizon Europe" in found


def test_recipients_and_enumerations_give_roles():
    found = _names_in(
        "Beslissing\n\nDe Vlaamse Regering kent 4,78 miljoen euro projectsubsidie voor deelname aan Europese "
        "Universiteiten toe aan de Vlaamse universiteiten. Het programma Wetenschapsknooppunten is een samenwerking "
        "van NWO, de KNAW en de Universiteit Leiden. Partners zijn de TU Delft en Hogeschool Utrecht. "
        "De hoofdlijnenakkoorden met de HBO-raad en de VSNU zijn gesloten. In het hoofdlijnenakkoord staan afspraken.\n")
    grant = next(i for n, i in found.items() if n.startswith("projectsubsidie"))
    assert grant.coordinator == "Vlaamse universiteiten"  # the recipient, not the government that grants
    assert found["Wetenschapsknooppunten"].partners == [
        "Nederlandse Organisatie voor Wetenschappelijk Onderzoek", "Koninklijke Nederlandse Akademie van Wetenschappen",
        "Universiteit Leiden", "Technische Universiteit Delft", "Hogeschool Utrecht"]
    assert found["hoofdlijnenakkoord"].partners == ["Vereniging Hogescholen", "Universiteiten van Nederland"]


def test_a_chair_in_a_list_line_has_its_university_as_coordinator():
    found = _names_in("Leerstoelen\n\nHet gaat om:\n\nThe Antoon Van Dyck Chair for the History and Culture of the Low "
                      "Countries – University of California, Los Angeles (UCLA)\n")
    assert found["Antoon Van Dyck Chair"].coordinator == "University of California, Los Angeles"


def test_junk_of_the_shipped_corpus_by_general_rules():
    found = _names_in(
        "Wonen\n\nVanuit de afdeling Woningkwaliteit wordt een structureel overleg aangegaan met het Netwerk Brandweer. "
        "We bouwen het Flanders Future Techfund verder uit. Zo gebruiken de centra het Future Techfund. "
        "Er is aandacht voor het Nationaal Actieplan Gender-gerelateerd geweld en de resolutie. "
        "Het meerjarig investeringsprogramma rond de vergroening van het rollend materieel van De Lijn wordt uitgevoerd. "
        "Het nieuwe samenwerkingsakkoord met Brussel krijgt aandacht. We sluiten een samenwerkingsakkoord met de "
        "gewesten. Hiervoor sluiten we de nodige samenwerkingsakkoorden.\n")
    assert "Netwerk Brandweer" not in found
    assert [n for n in found if "Techfund" in n] == ["Flanders Future Techfund"]
    assert "Nationaal Actieplan Gender-gerelateerd geweld" in found
    assert not any(n.endswith("rollend") for n in found)
    assert "samenwerkingsakkoord" not in found


def test_two_names_joined_by_en_are_two_records_and_an_owner_after_van():
    # sentences of realcorpus documents (a Flemish coalition agreement, parliamentary answers)
    found = _names_in(
        "Onderzoek\n\nWe versterken het Bijzonder Onderzoeksfonds en het Industrieel Onderzoeksfonds van de "
        "universiteiten. De leveringszekerheid wordt jaarlijks zowel nationaal via de Monitor Leveringszekerheid "
        "van TenneT als ook Europees gemonitord. De resultaten van de Monitor Leveringszekerheid en European "
        "Resource Adequacy Assessment geven geen aanleiding. De Kamer ontving het Hoger Onderwijs- en "
        "Onderzoeksplan.\n")
    assert {"Bijzonder Onderzoeksfonds", "Industrieel Onderzoeksfonds"} <= set(found)
    assert not any(" en " in n and "Onderzoeksfonds" in n for n in found)
    assert found["Monitor Leveringszekerheid"].coordinator == "TenneT"
    assert not any("European" in n for n in found)
    assert "Hoger Onderwijs- en Onderzoeksplan" in found  # one compound shared by two words stays whole


def test_committee_with_its_adjective_a_mended_line_break_and_no_standing_committee():
    found = _names_in(
        "Arbeidsongeschiktheid\n\nDe hardheden staan in het rapport van de Onafhankelijke Commissie Toekomst "
        "Arbeidsongeschiktheidsstelsel. Dat constateerde de Onafhankelijke Commissie Toekomst Arbeidsongeschikt-"
        "heidsstelsel ook in haar eindrapportage. De commissie OCW besluit de brief te agenderen. "
        "Evaluatie Regeling Grote Projecten: de commissie stemt in. Materiaaltechnologie: basisconcepten en project "
        "wordt gedoceerd.\n")
    assert [n for n in found if "Toekomst" in n] == ["Onafhankelijke Commissie Toekomst Arbeidsongeschiktheidsstelsel"]
    assert "commissie OCW" not in found
    assert not any(n.startswith("Evaluatie") for n in found)
    assert not any("Materiaaltechnologie" in n for n in found)


def test_a_party_after_a_member_is_no_project_and_a_named_measure_is_an_initiative():
    # sentences of realcorpus documents (parliamentary questions)
    found = _names_in(
        "Vragen\n\nVragen van de leden Ceder (ChristenUnie) en Dobbe (SP) aan de Minister. "
        "De focus ligt op de per 1 juli ingevoerde maatregel «Praktisch beoordelen».\n")
    assert "ChristenUnie" not in found
    assert found["Praktisch beoordelen"].type == "measure"


def test_number_and_inflection_do_not_split_one_initiative_across_documents():
    # spellings of the shipped corpus: a Flemish decision and the coalition agreement
    a = Initiative(name="Bijzondere Onderzoeksfondsen", type="fund", doc_ids=["a"])
    b = Initiative(name="Bijzonder Onderzoeksfonds", type="fund", coordinator="", doc_ids=["b"])
    c = Initiative(name="Erasmus+-programma", type="programme", coordinator="Europese Commissie", doc_ids=["c"])
    d = Initiative(name="Erasmus+", type="programme", doc_ids=["d"])
    e = Initiative(name="Europees Sociaal Fonds", type="fund", doc_ids=["e"])
    merged = merge_initiatives([a, b, c, d, e])
    assert len(merged) == 3
    assert [m.doc_ids for m in merged] == [["a", "b"], ["c", "d"], ["e"]]


def test_a_list_the_naming_sentence_opens_gives_the_partners():
    # seed 001: "… een Visiting Professorship of Flemish Studies in samenwerking met de VLIR … Het gaat om:"
    # and three chairs, each "– University of …" (the reader drops the bullets)
    _, _, items = _initiatives("001_2a1730af8d77decd.txt")
    vp = _get(items, "Visiting Professorship of Flemish Studies")
    assert {"University of California, Berkeley", "University of California, Los Angeles",
            "University of Pennsylvania", "Vlaamse Interuniversitaire Raad"} <= set(vp.partners)
    rubens = _get(items, "Peter Paul Rubens Chair")
    assert rubens.coordinator == "University of California, Berkeley" and not rubens.partners


def test_who_acts_together_with_others_leads():
    # seed 003: "… heeft UNL samen met het ministerie van OCW, de studentenbonden, de Vereniging Hogescholen,
    # en het Expertisecentrum Inclusief Onderwijs (ECIO) in 2023 het Landelijk Kader Studentenwelzijn 2023-2030 opgesteld"
    _, _, items = _initiatives("003_3a0853e1a7bdcf7c.txt")
    kader = _get(items, "Landelijk Kader Studentenwelzijn 2023-2030")
    assert kader.coordinator == "Universiteiten van Nederland"
    assert {"Ministerie van Onderwijs, Cultuur en Wetenschap", "Vereniging Hogescholen",
            "Expertisecentrum Inclusief Onderwijs"} <= set(kader.partners)
    assert kader.coordinator not in kader.partners


def test_two_editions_of_a_plan_are_two_records_and_an_acts_name_joins_its_scheme():
    # the shipped corpus: a presentation of the "STEM-actieplan 2012-2020" and the coalition
    # agreement's "nieuw ambitieus STEM-actieplan 2020-2030"; the Sirius regulation and a decree
    # that speaks of "het lopende Sirius Programma"
    a = Initiative(name="STEM-actieplan 2012-2020", period="2012-2020", doc_ids=["a"])
    b = Initiative(name="STEM-actieplan", period="2020-2030", doc_ids=["b"])
    c = Initiative(name="STEM-actieplan", doc_ids=["c"])
    d = Initiative(name="Sirius Programma", type="programme", doc_ids=["d"])
    e = Initiative(name="Regeling Sirius programma 2010", type="scheme", coordinator="Platform Bèta Techniek",
                   doc_ids=["e"])
    f = Initiative(name="Vlaams Woningfonds", country="België", doc_ids=["f"])
    g = Initiative(name="Woningfonds", country="Nederland", doc_ids=["g"])
    groups = merge_groups([a, b, c, d, e, f, g])
    assert [members for _, members in groups] == [[0, 2], [1], [3, 4], [5], [6]]
    assert groups[2][0].coordinator == "Platform Bèta Techniek"


def test_a_fact_stays_with_the_document_that_states_it_when_names_differ(tmp_path):
    from polkb.kb import KnowledgeBase

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a-regeling.txt").write_text(
        "Regeling\n\nDe Regeling Sirius programma 2010 wordt uitgevoerd door het Platform Bèta Techniek. "
        "Het subsidieplafond van het Sirius Programma bedraagt € 11.798.518.\n", encoding="utf-8")
    (docs / "b-besluit.txt").write_text(
        "Besluit\n\nHet kan gaan om trajecten die in het kader van het lopende Sirius Programma zijn gehonoreerd. "
        "Het Sirius Programma richt zich op excellente studenten.\n", encoding="utf-8")
    with KnowledgeBase(tmp_path / "index") as kb:
        assert kb.ingest([docs]).ok
        records = [r for r in kb.initiatives() if "Sirius" in r.initiative.name]
        assert len(records) == 1 and len(records[0].sources) == 2
        assert records[0].facts and all(f.source.path.endswith("a-regeling.txt") for f in records[0].facts)


def test_decisions_that_grant_set_up_or_describe_an_initiative():
    found = _names_in(
        "Beslissing\n\nDe Vlaamse Regering kent een investeringssubsidie van 10 miljoen euro toe voor de bouw van "
        "betaalbare studentenhuisvesting. De Vlaamse Regering keurt een beurzenprogramma voor excellente studenten "
        "goed. De Vlaamse Regering richt een Fonds voor Onderwijsinnovatie op.\n")
    grant = next(i for n, i in found.items() if n.startswith("investeringssubsidie voor"))
    assert "studentenhuisvesting" in grant.name and grant.funding == ["10 miljoen euro"]
    assert "beurzenprogramma voor excellente studenten" in found  # without the verb's particle "goed"
    assert "Fonds voor Onderwijsinnovatie" in found  # not cut to "Fonds" before the particle "op"


def test_roles_and_period_around_a_named_project():
    found = _names_in(
        "Nota\n\nHet project Welzijn op de Campus wordt gecoördineerd door de Universiteit Gent, in samenwerking "
        "met de KU Leuven en de Universiteit Antwerpen. Met het programma Studiekeuze Plus willen de hogescholen "
        "de uitval verminderen. Penvoerder is de Hogeschool Gent; partners zijn de Arteveldehogeschool en Odisee. "
        "De Stichting Open Onderwijs voert het pilotproject Microcredentials uit met een subsidie van 250.000 euro "
        "voor de periode 2023-2025.\n")
    campus = found["Welzijn op de Campus"]
    assert campus.coordinator == "Universiteit Gent" and {"KU Leuven", "Universiteit Antwerpen"} <= set(campus.partners)
    plus = found["Studiekeuze Plus"]
    assert plus.coordinator == "Hogeschool Gent" and "Odisee" in plus.partners
    micro = found["Microcredentials"]
    assert micro.period == "2023-2025" and micro.funding == ["250.000 euro"]


def test_a_decree_is_named_by_its_experiment_and_a_setting_up_decree_is_no_initiative():
    _, _, found = _initiatives("nl-besluit-experiment-prestatiebekostiging-hoger-onderwijs.md")
    names = {i.name for i in found}
    assert "Experiment prestatiebekostiging hoger onderwijs" in names
    assert not any(n.startswith(("Besluit", "Instellingsbesluit")) for n in names)


def test_an_organisation_a_generic_committee_and_a_cut_name_are_no_initiatives():
    found = _names_in(
        "Onderzoek\n\nWe evalueren de strategische programma’s bij het Fonds voor Wetenschappelijk Onderzoek (FWO). "
        "Het accreditatieorgaan stelt een commissie van deskundigen in, die adviseert over de aanvraag. "
        "Zie het rapport van de Commissie MBO/SF (Commissie Kruse) uit 1996.\n")
    assert not {"Fonds voor Wetenschappelijk Onderzoek", "commissie van deskundigen", "Commissie MBO"} & set(found)
    assert "Commissie Kruse" in found


def test_a_code_a_regulation_defines_and_an_organisations_own_plan():
    _, _, found = _initiatives("nl-ocw-subsidieregeling-huygens-scholarship-programme-internationale-studenten.md")
    # "i. gedragscode: de Gedragscode internationale student in het Nederlandse hoger onderwijs;"
    assert "Gedragscode internationale student in het Nederlandse hoger onderwijs" in {i.name for i in found}
    _, _, found = _initiatives("000_1f330cebb3caba7e.txt")
    # "De KU Leuven wil met haar diversiteitsplan meer studenten met een migratieachtergrond …"
    assert _get(found, "diversiteitsplan KU Leuven").coordinator == "KU Leuven"


def test_a_parliaments_meeting_on_a_plan_is_no_initiative():
    found = _names_in("Besluitenlijst\n\nDe stukken ten behoeve van het AO Investeringsagenda Belastingdienst "
                      "op 13 oktober 2016 worden voor kennisgeving aangenomen.\n")
    assert not any(n.startswith("AO ") for n in found)


def test_what_a_decision_sets_up_or_funds_without_a_type_word_in_its_name():
    found = _names_in(
        "Beslissing\n\nDe Vlaamse Regering keurt de oprichting goed van het Vlaams Meldpunt grensoverschrijdend gedrag "
        "bij de Vlaamse Onderwijsraad. De universiteiten richten samen het Vlaams Expertisecentrum Studentenwelzijn op, "
        "onder coördinatie van de VLIR. De regering trekt 5 miljoen euro uit voor een steunfonds voor studenten in "
        "financiële nood. De Vlaamse Regering kent een projectsubsidie van 1,2 miljoen euro toe aan de VLHORA voor het "
        "opzetten van een lerend netwerk rond digitale didactiek. De Vlaamse Regering verleent een subsidie van "
        "300.000 euro aan vzw Kiem voor de organisatie van het project Meer Meisjes in STEM.\n")
    assert "Vlaams Meldpunt grensoverschrijdend gedrag" in found
    assert found["Vlaams Expertisecentrum Studentenwelzijn"].coordinator == "Vlaamse Interuniversitaire Raad"
    assert any(n.startswith("steunfonds voor studenten") for n in found)
    network = next(i for n, i in found.items() if n.startswith("lerend netwerk"))
    assert network.coordinator == "Vlaamse Hogescholenraad" and network.funding == ["1,2 miljoen euro"]
    assert found["Meer Meisjes in STEM"].coordinator == "Kiem"
    assert "Europese Commissie" not in found


def test_pilots_alliances_and_deals_are_kinds_of_initiative():
    found = _names_in("Nota\n\nDe Regio Deal Zeeland en de Pilot Flexstuderen lopen door.\n")
    assert {"Regio Deal Zeeland", "Pilot Flexstuderen"} <= set(found)
    _, _, found = _initiatives("vlaamse-regering-regeerakkoord-2019-2024.pdf")
    assert "Food Pilot" in {i.name for i in found}  # "het ILVO met de Food Pilot als speerpunt verder uitbouwen"


def test_partners_by_the_verbs_that_gather_them():
    found = _names_in(
        "Nota\n\nAan het programma Digitale Didactiek nemen de Universiteit Utrecht, de TU Delft en de Universiteit "
        "Twente deel. Partners in het project Studiesucces Plus zijn de Hogeschool Utrecht en Fontys Hogescholen. "
        "Het netwerk Taalbeleid Hoger Onderwijs verenigt de VLIR, de VLHORA en de Vlaamse Onderwijsraad. "
        "Het programma Gezonde Campus is een samenwerking tussen NWO en ZonMw. De Universiteit Gent trekt het "
        "project Inclusieve Campus, met als partners de Hogeschool Gent en Arteveldehogeschool.\n")
    assert len(found["Digitale Didactiek"].partners) == 3
    assert found["Studiesucces Plus"].partners == ["Hogeschool Utrecht", "Fontys Hogescholen"]
    assert "Vlaamse Onderwijsraad" in found["Taalbeleid Hoger Onderwijs"].partners
    assert "ZonMw" in found["Gezonde Campus"].partners  # "Gezonde" is an adjective, not a participle
    campus = found["Inclusieve Campus"]
    assert campus.coordinator == "Universiteit Gent" and campus.partners == ["Hogeschool Gent", "Arteveldehogeschool"]


def test_a_body_a_regulation_sets_up_is_an_initiative():
    """An instellingsbesluit sets up a committee in the legal formula ("Er is een Adviescommissie
    fusietoets in het onderwijs.", "Het Kwaliteitscollege Studiekeuze Informatie wordt ingesteld
    …") and is cited by it ("Instellingsbesluit Adviescommissie …"): the body is the initiative
    (bench/corpus-s11)."""
    folder = Path(__file__).parent.parent / "bench" / "corpus-s11"
    for file, name in (("nl-ocw-instellingsbesluit-adviescommissie-fusietoets-onderwijs.md",
                        "Adviescommissie fusietoets in het onderwijs"),
                       ("nl-ocw-instellingsregeling-kwaliteitscollege-studiekeuze-informatie.md",
                        "Kwaliteitscollege Studiekeuze Informatie")):
        path = folder / file
        doc = build_document(path.name, "0" * 64, read_file(path))
        _get(find_initiatives(doc, cut_passages(doc)), name)


def test_course_titles_in_capitals_are_no_initiatives():
    """The annex of the educational-minor regulation lists minors in capitals
    ("DATACOMMUNICATIE EN NETWERKEN"): a heading shouted in capitals is no named initiative."""
    path = Path(__file__).parent.parent / "bench" / "corpus-s11" / "nl-ocw-regeling-educatieve-minor-beroepsonderwijs-2013-2016.md"
    doc = build_document(path.name, "0" * 64, read_file(path))
    names = [i.name for i in find_initiatives(doc, cut_passages(doc))]
    assert not any(n.isupper() and " " in n for n in names)
    _get(find_initiatives(doc, cut_passages(doc)), "Regeling educatieve minor beroepsonderwijs 2013–2016")


def test_an_acronym_described_as_a_partnership_is_an_initiative():
    """"VAIA, de Vlaamse AI Academie, is een samenwerking van alle Vlaamse universiteiten en
    hogescholen": a partnership with a name of its own (bench/corpus-s11)."""
    path = Path(__file__).parent.parent / "bench" / "corpus-s11" / "vlaamse-regering-beslissing-vlaamse-ai-academie-vaia-2024.txt"
    doc = build_document(path.name, "0" * 64, read_file(path))
    assert _get(find_initiatives(doc, cut_passages(doc)), "Vlaamse AI Academie").type == "network"


def test_a_body_that_may_be_set_up_is_no_initiative():
    """"De minister kan besluiten tot het instellen van een externe evaluatiecommissie": a committee
    a framework regulation allows is not one that exists (bench/corpus-s11, bench/corpus-s12)."""
    for folder, file in (("corpus-s11", "nl-kaderregeling-subsidiering-bilaterale-wetenschappelijke-technologische-samenwerking.md"),
                         ("corpus-s12", "nl-kaderregeling-exploitatiesubsidies-onderzoek-en-wetenschap.md")):
        path = Path(__file__).parent.parent / "bench" / folder / file
        doc = build_document(path.name, "0" * 64, read_file(path))
        names = [i.name.lower() for i in find_initiatives(doc, cut_passages(doc))]
        assert names and not any("evaluatiecommissie" in n for n in names)


def test_an_acronym_spelling_is_the_same_initiative():
    """"PPS-Innovatieregeling" is the "Innovatieregeling voor Publiek Private Samenwerking" the same
    news item names in full: one record, under the full name (bench/corpus-s12)."""
    path = Path(__file__).parent.parent / "bench" / "corpus-s12" / \
        "rijksoverheid-nieuwsbericht-2023-kennis-en-innovatieconvenant-2024-2027.html"
    doc = build_document(path.name, "0" * 64, read_file(path))
    names = [i.name for i in find_initiatives(doc, cut_passages(doc))]
    assert "Innovatieregeling voor Publiek Private Samenwerking" in names
    assert "PPS-Innovatieregeling" not in names


def test_a_covenant_takes_the_budget_its_decision_sets():
    """"Voor het convenant 2024-2028 wordt een jaarlijkse subsidie van 2,29 miljoen euro voorzien":
    the decision's covenant, named by its title, gets the sum (bench/corpus-s12)."""
    path = Path(__file__).parent.parent / "bench" / "corpus-s12" / \
        "vlaamse-regering-beslissing-convenant-expertisecellen-wetenschapscommunicatie-2024-2028.txt"
    doc = build_document(path.name, "0" * 64, read_file(path))
    covenant = _get(find_initiatives(doc, cut_passages(doc)), "Convenant 2024-2028 Expertisecellen Wetenschapscommunicatie")
    assert any("2,29 miljoen euro" in f for f in covenant.funding)


def test_a_described_name_ends_at_its_closing_quote_and_a_date_is_no_name():
    """"… voor de uitvoering van het project ‘KENNISDIFFUSIE’  De Vlaamse Regering kent …" (a decision
    whose title runs into its text): the project's name ends with the quote; "de commissie met ingang
    van 3 december 2012" names no committee (bench/corpus-s13)."""
    folder = Path(__file__).parent.parent / "bench" / "corpus-s13"
    names = []
    for file in ("vlaamse-regering-beslissing-vlhora-subsidie-kennisdiffusie.txt",
                 "nl-ocw-instellingsbesluit-commissie-onderzoek-financiele-problematiek-amarantis.md"):
        doc = build_document(file, "0" * 64, read_file(folder / file))
        names += [i.name for i in find_initiatives(doc, cut_passages(doc))]
    assert not any("Vlaamse Regering kent" in n for n in names)
    assert not any("met ingang" in n for n in names)
    assert "Commissie onderzoek financiële problematiek Amarantis" in names


@pytest.mark.parametrize("name, verdict", [
    ("betreffende fonds", True),                       # points to a fund named elsewhere
    ("Nederlands Fonds", True),                        # a nationality and a kind: a name cut off
    ("Vlaamse Randfonds", False),                      # the compound says which fund
    ("subsidie voor een opleiding is verleend", True),  # a clause
    ("Experimentenwet vooropleidingseisen, selectie en collegegeldheffing", True),  # a law
])
def test_names_that_are_no_initiative(name, verdict):
    from polkb.tag.initiatives import not_an_initiative

    assert not_an_initiative(name) is verdict


def _initiative_names_of(path: Path) -> list[str]:
    doc = build_document(path.name, "0" * 64, read_file(path))
    return [i.name for i in find_initiatives(doc, cut_passages(doc))]


def test_a_regulation_is_a_scheme_only_when_it_funds_or_says_what_it_runs():
    """bench/corpus-s14: the Regeling financiën hoger onderwijs sets fees and support rules and the
    NWO Bevoegdhedenregeling sets who may sign; neither is an initiative. The shipped Regeling open
    en online hoger onderwijs grants subsidie throughout: its scheme stays."""
    s14 = Path(__file__).parent.parent / "bench" / "corpus-s14"
    assert not any("financiën" in n for n in _initiative_names_of(s14 / "nl-ocw-regeling-financien-hoger-onderwijs.md"))
    assert not any("evoegdhedenregeling" in n for n in _initiative_names_of(s14 / "nl-nwo-bevoegdhedenregeling-2013.md"))
    shipped = Path(__file__).parent.parent / "corpus" / "nl-ocw-regeling-open-en-online-hoger-onderwijs.md"
    assert any("open en online" in n.lower() for n in _initiative_names_of(shipped))


def test_a_report_is_no_initiative():
    # bench/corpus-s16, Den Helder's council decisions: the audit committee's report is what was
    # discussed, not a programme; "rapport X" named anywhere is the same
    path = Path(__file__).parent.parent / "bench" / "corpus-s16" / \
        "gemeente-den-helder-besluitenlijst-raadsvergadering-2015-06-29-filler.pdf"
    doc = build_document(path.name, "0" * 64, read_file(path))
    names = [i.name for i in find_initiatives(doc, cut_passages(doc))]
    assert not any("Evalueerbaarheid" in n for n in names), names
    assert all(i.type != "report" for i in find_initiatives(doc, cut_passages(doc)))


def test_what_a_regulation_does_with_another_is_no_name():
    # bench/corpus-s11: the framework scheme's article "Intrekking Subsidieregeling Bilaterale …"
    # withdraws the older scheme; "Intrekking" names no initiative
    path = Path(__file__).parent.parent / "bench" / "corpus-s11" / \
        "nl-kaderregeling-subsidiering-bilaterale-wetenschappelijke-technologische-samenwerking.md"
    doc = build_document(path.name, "0" * 64, read_file(path))
    names = [i.name for i in find_initiatives(doc, cut_passages(doc))]
    assert names and not any(n.split()[0] in ("Intrekking", "Wijziging", "Inwerkingtreding") for n in names), names


def test_what_only_looks_like_a_name_is_no_initiative():
    """Sentences from the bench corpora (corpus-new, corpus-s11) and names the cues caught in
    the examination regulations of realcorpus: a grant's time, two grants, a numbered part of a
    text, 'another measure', a name cut off before what it is of."""
    from polkb.tag.initiatives import _acceptable, _grant_candidates, _lower

    def grants(text):
        return [name for _, _, name, _ in _grant_candidates(text, _lower(text), frozenset())]

    assert grants("2.  De Minister verleent subsidie voor 6 jaar. Hij bepaalt jaarlijks de hoogte van het "
                  "subsidiebedrag.") == []
    assert grants("De Vlaamse Regering voorziet nu 1,1 miljoen euro subsidie voor het werkjaar 2024.") == []
    assert grants("De subsidie bestaat uit een subsidie voor studiekosten en subsidie voor studieverlof.") == []
    # the sentence's verb ends a grant's name
    assert grants("De subsidie voor studiekosten kan worden teruggevorderd indien de leraar de opleiding "
                  "niet afrondt.") == ["subsidie voor studiekosten"]
    # a definite article points at what the text names elsewhere: no grant named by its purpose
    assert grants("De subsidie voor de studiekosten kan worden teruggevorderd indien de leraar de opleiding "
                  "niet afrondt.") == []
    # a grant named by its purpose still is one
    assert grants("De Vlaamse Regering kent een projectsubsidie voor deelname aan Europese Universiteiten toe "
                  "aan de Vlaamse universiteiten.") == ["projectsubsidie voor deelname aan Europese Universiteiten"]
    for junk in ("Programma II", "Andere Maatregel", "Stuurgroep van de Vlaamse"):
        assert not _acceptable(junk), junk
    for real in ("Horizon 2020", "Erasmus II", "Vlaamse Randfonds", "Fonds ter bestrijding van de uithuiszettingen"):
        assert _acceptable(real), real


def _bench_initiatives(corpus, name):
    path = Path(__file__).parent.parent / "bench" / corpus / name
    doc = build_document(path.name, "0" * 64, read_file(path))
    return find_initiatives(doc, cut_passages(doc))


def test_a_text_about_an_initiative_is_that_initiative():
    """The regulation granting money to a research programme names the programme inside its own
    title; a BNC-fiche names the action plan it comments on; a decision speaks of "project
    ‘KENNISDIFFUSIE’" and of "Kennisdiffusie" (tune corpora s11 and s13): one record each, under the
    bare name, with the facts of both mentions. A committee named after the programme stays apart."""
    items = _bench_initiatives("corpus-s11", "nl-regeling-subsidie-onderzoeksprogramma-politie-en-wetenschap.md")
    names = sorted(i.name for i in items)
    assert names == ["Commissie Politie en Wetenschap", "Politie en Wetenschap"], names
    programme = _get(items, "Politie en Wetenschap")
    assert "ten hoogste € 2.268.901,00" in programme.funding
    items = _bench_initiatives("corpus-s11", "nl-bnc-fiche-herziening-mifid-markten-financiele-instrumenten-filler.pdf")
    assert [i.name for i in items] == ["Actieplan Kapitaalmarktunie"]
    items = _bench_initiatives("corpus-s13", "vlaamse-regering-beslissing-vlhora-subsidie-kennisdiffusie.txt")
    kd = [i for i in items if "kennisdiffusie" in normalise_name(i.name)]
    assert len(kd) == 1 and kd[0].funding == ["5,5 miljoen euro"], [(i.name, i.funding) for i in kd]


def test_a_list_of_courses_names_no_initiative():
    """A ruling on the equivalence of foreign diplomas (tune corpus s12) lists the courses a
    programme lacks ("… Leadership in Health Care; Health, Information and Decision Support Systems;
    Hospital Project.", "Materials Technology: Basic Concepts and Project - Mechanics of Materials -
    …"): items of a list of course titles are what students take, not initiatives. A name in running
    text near the word "studiepunten" still is one."""
    from polkb.tag.initiatives import _in_course_list

    items = _bench_initiatives("corpus-s12", "vl-raad-studievoortgangsbetwistingen-uitspraken-2020-"
                                             "gelijkwaardigheid-buitenlandse-diplomas.pdf")
    assert [i.name for i in items] == [], [i.name for i in items]
    text = ("De opleiding omvat 180 studiepunten. Het project Hospital Project wordt gecoördineerd door de "
            "faculteit.")
    s = text.index("Hospital Project")
    assert not _in_course_list(text, s, s + len("Hospital Project"))


def test_a_kind_of_plan_with_its_years_is_no_name():
    """The KNAW's "Strategisch Plan 2010–2015" (tune corpus s12) and a ministry's "Veiligheidsagenda
    2023-2026" (s16) are the kind of plan every body writes, for some years; the years do not make
    them a named initiative. A name with years stays one ("Horizon 2020", "STEM-actieplan 2012-2020")."""
    from polkb.tag.initiatives import _only_kind

    items = _bench_initiatives("corpus-s12", "nl-ocw-instellingsbesluit-evaluatiecommissie-knaw.md")
    assert [i.name for i in items] == ["Evaluatiecommissie KNAW"], [i.name for i in items]
    assert _only_kind("Veiligheidsagenda 2023-2026".split())
    for name in ("Horizon 2020", "STEM-actieplan 2012-2020", "Nederlandse Cybersecuritystrategie 2022–2028",
                 "Comeniusprogramma 2023"):
        assert not _only_kind(name.split()), name


def test_a_regulation_named_after_its_kind_of_act_is_administrative():
    """A municipal decision list names the "Gemeenschappelijke Regeling Veiligheidsregio NHN" (a
    joint arrangement that sets up a public body, tune corpus s16); NWO's powers regulation names a
    "Samenwerkingsovereenkomst Mandaatregeling ZON" (a mandate, s14). Neither funds or runs
    anything, so, like "Regeling financiën hoger onderwijs", neither is an initiative. A regulation
    whose name says what it funds stays one."""
    from polkb.tag.initiatives import _administrative

    items = _bench_initiatives("corpus-s16", "gemeente-den-helder-besluitenlijst-raadsvergadering-2015-06-29-filler.pdf")
    assert [i.name for i in items] == [], [i.name for i in items]
    assert _administrative("Samenwerkingsovereenkomst Mandaatregeling ZON")
    for name in ("Tijdelijke regeling subsidie experimenten open bestel", "VISIE-beursregelingen",
                 "Regeling Sirius programma 2010"):
        assert not _administrative(name), name


def test_what_went_van_start_is_set_up():
    """"… is ook het Vlaams Meldpunt grensoverschrijdend gedrag van start gegaan, als samenwerking
    tussen …" (a Flemish decision, tune corpus s13): "van start gaan" starts a thing as "gestart"
    does, and is no part of its name."""
    items = _bench_initiatives("corpus-s13", "vlaamse-regering-beslissing-ontwerpdecreet-grensoverschrijdend-"
                                             "gedrag-hoger-onderwijs.txt")
    assert "Vlaams Meldpunt grensoverschrijdend gedrag" in [i.name for i in items], [i.name for i in items]


def test_the_parties_of_a_samenwerking_tussen_are_partners():
    """"… het Vlaams Meldpunt grensoverschrijdend gedrag van start gegaan, als samenwerking tussen het
    Vlaams Mensenrechteninstituut en het Agentschap Justitie en Handhaving" (tune corpus s13): the
    parties are the partners, the list cut before "en het", not inside a name's own "en"."""
    from polkb.tag.initiatives import _parties_between

    items = _bench_initiatives("corpus-s13", "vlaamse-regering-beslissing-ontwerpdecreet-grensoverschrijdend-"
                                             "gedrag-hoger-onderwijs.txt")
    meldpunt = _get(items, "Vlaams Meldpunt grensoverschrijdend gedrag")
    assert meldpunt.partners == ["Vlaams Mensenrechteninstituut", "Agentschap Justitie en Handhaving"]
    assert _parties_between(" op de academische samenwerking tussen de Vlaamse universiteiten en hun Britse "
                            "partners") == []


def test_a_title_line_opens_with_the_plan_it_belongs_to():
    """A Flemish decision's title "Plan Vlaamse veerkracht: subsidie Koning Boudewijnstichting voor
    opvolging Actieplan Mentaal Welzijn" (tune) opens with the plan, in sentence case, before a colon.
    A kind of plan before a colon ("Plan van aanpak:") names none."""
    from polkb.tag.initiatives import _heading_candidates

    doc, passages, items = _initiatives("vlaamse-regering-beslissing-actieplan-mentaal-welzijn-kbs.txt")
    assert "Plan Vlaamse veerkracht" in [i.name for i in items], [i.name for i in items]
    assert _heading_candidates("Plan van aanpak: de minister zal …", "", frozenset()) == []


def test_the_body_a_decree_sets_up_is_an_initiative():
    """"Besluit van de Minister van Veiligheid en Justitie … houdende instelling van een Cyber Security
    Raad" (tune corpus s12): the decree is about the council it sets up, though its articles say only
    "de Raad" and its name ends like an organisation's. A law that sets up a permanent council ("Wet …
    tot instelling van de Adviesraad voor wetenschap, technologie en innovatie", s11) makes an
    organisation, and a decree whose body the text already names keeps that record."""
    items = _bench_initiatives("corpus-s12", "nl-venj-instellingsbesluit-cyber-security-raad-filler.md")
    raad = _get(items, "Cyber Security Raad")
    assert raad.type == "working_group" and raad.passage_ids
    assert _bench_initiatives("corpus-s11", "nl-wet-adviesraad-wetenschap-technologie-innovatie-awti.md") == []
    items = _bench_initiatives("corpus-s12", "nl-ocw-instellingsbesluit-evaluatiecommissie-knaw.md")
    assert [i.name for i in items] == ["Evaluatiecommissie KNAW"]


def test_an_alias_that_keeps_its_kind_word_is_the_same_record():
    """"De Code Interbestuurlijke Verhoudingen (Code IBV) vormt een leidraad …", then "artikel 4 van de
    Code IBV" (a written answer, tune corpus s13): the bracket defines an abbreviation that keeps the
    kind word in front; one record, under the spelled-out name."""
    items = _bench_initiatives("corpus-s13", "tk-kamervragen-2024-jenv-religieuze-uitingen-boas-filler.docx")
    names = [i.name for i in items]
    assert "Code Interbestuurlijke Verhoudingen" in names and "Code IBV" not in names, names


def test_a_test_is_no_initiative():
    """A test or check that a regulation or a procedure applies ("instellingstoets" in an OCW
    regulation, tune corpus s14; "sneltoetsen" in a web-accessibility report, s20) is how something is
    assessed, not a programme, fund, plan, committee or pilot, however often the text repeats it. One
    an organisation offers stays (seed 001: "VLIR stelt nu een mensenrechtentoets ter beschikking")."""
    items = _bench_initiatives("corpus-s14", "nl-ocw-tijdelijke-regeling-subsidie-experimenten-open-bestel-"
                                             "hoger-onderwijs.md")
    assert not any("toets" in i.name.lower() for i in items), [i.name for i in items]
    items = _bench_initiatives("corpus-s20", "nl-vws-wcag-onderzoek-website-open-ministerie-vws-2025-filler.pdf")
    assert not any("toets" in i.name.lower() for i in items), [i.name for i in items]


def test_an_organ_every_institution_has_is_no_initiative():
    """The staff regulation of the universities (tune corpus s20) sets up a "dienstcommissie"; the
    examination regulations and rulings of bench/corpus-extra speak of the "interne beroepscommissie"
    and the "toelatingscommissie", the WHW of a "geschillencommissie over een geschil betreffende het
    instemmingsrecht": organs the rules give every institution, named by their task, not initiatives.
    A committee with a name or a scope of its own stays one."""
    from polkb.tag.initiatives import not_an_initiative

    items = _bench_initiatives("corpus-s20", "nl-besluit-rechtspositiereglement-wetenschappelijk-onderwijs-1987.md")
    assert not any("commissie" in i.name for i in items), [i.name for i in items]
    for organ in ("interne beroepscommissie", "toelatingscommissie", "institutionele beroepscommissie",
                  "geschillencommissie over een geschil betreffende het instemmingsrecht"):
        assert not_an_initiative(organ), organ
    for body in ("Landelijke geschillencommissie medezeggenschap hoger onderwijs", "beoordelingscommissie",
                 "Commissie Hermans", "Adviescommissie fusietoets in het onderwijs"):
        assert not not_an_initiative(body), body


def test_a_ruling_sets_up_no_initiative():
    """An appeal board's ruling ("Arrest nr. 5.111 van 5 augustus 2019 in de zaak 2019/246", brought
    by the "verzoekende partij") decides one student's case: the stuurgroep, tests and committees it
    names are the facts of the case (the leerkrediet ruling collection of bench/corpus-extra, tune set
    s24, named the "Stuurgroep Databank Hoger Onderwijs"). The board's annual report, which cites no
    judgment, is read as any text."""
    items = _bench_initiatives("corpus-extra", "vl-raad-studievoortgangsbetwistingen-uitspraken-2021-leerkrediet-"
                                               "overmacht.pdf")
    assert items == [], [i.name for i in items]
    from polkb.tag.initiatives import _ruling
    import tempfile

    def doc_of(text):
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "doc.txt"
            path.write_text(text, encoding="utf-8")
            return build_document(path.name, "0" * 64, read_file(path))

    assert _ruling(doc_of("Arrest nr. 5.111 van 5 augustus 2019 in de zaak 2019/246\n\nVerzoekende partij vraagt "
                          "teruggave van leerkrediet. De verzoekende partij is ingeschreven in de opleiding.\n"))
    assert not _ruling(doc_of("Jaarverslag 2022\n\nDe Raad blijft sterk bevraagd. Een verzoekende partij kan "
                              "beroep instellen bij de Raad.\n"))


def test_examination_rules_name_only_the_programmes_they_take_part_in():
    """An institution's education and examination rules (the UAntwerpen and UHasselt regulations of
    bench/corpus-extra, tune set s24) name their own committees, tests and codes ("Commissie
    Redelijke Aanpassingen", "ijkingstoets", "Gedragscode Onderwijstaal"): standing rules, not
    initiatives. An outside programme the rules take part in stays ("overeenkomsten in het kader van
    Erasmus Lifelong Learning Programme")."""
    items = _bench_initiatives("corpus-extra", "uantwerpen-oer-onderwijs-en-examenreglement-2023-2024.pdf")
    assert items == [], [i.name for i in items]
    items = _bench_initiatives("corpus-extra", "uhasselt-oer-onderwijs-en-examenreglement-2023-2024.pdf")
    assert [i.name for i in items] == ["Erasmus Lifelong Learning Programme"], [i.name for i in items]


def test_a_committee_called_after_its_chair_is_one_record():
    """The studiefinanciering selection document (shipped corpus, tune set s24) cites "Commissie
    Uitgangspunten Nieuw Studiefinancieringsstelsel (Cie Vermeend)" and lists "de Commissie
    Vermeend": the bracket gives the name the committee goes by after its chair, one record."""
    _, _, items = _initiatives("nl-ocw-basisselectiedocument-beleidsterrein-studiefinanciering.md")
    names = [i.name for i in items]
    assert "Commissie Uitgangspunten Nieuw Studiefinancieringsstelsel" in names, names
    assert not any("Vermeend" in n for n in names), names


def test_a_quoted_title_of_a_publication_is_no_initiative():
    """"Vragen van het lid … over het bericht «Meer ziekenhuizen in financiële problemen, bedreigt
    uitvoering Zorgakkoord»" (a written question, tune corpus s20): the quotes hold a news item's title,
    whatever initiative its words name; the agreement itself, named in the text, stays."""
    items = _bench_initiatives("corpus-s20", "tk-kamervragen-2024-vws-ziekenhuizen-financiele-problemen-filler.txt")
    names = [i.name for i in items]
    assert not any("ziekenhuizen" in n for n in names), names
    assert "IZA" in names or "Integraal Zorgakkoord" in names, names


def test_a_body_and_its_role_are_no_part_of_a_name():
    """"… het bestaande toetsingskader van de NVAO voor de Regeling tegemoetkoming kosten opleidingsschool"
    (a regulation, tune corpus s20): a body that opens a capitalised run, with the preposition of its
    role after it, is no part of the name; what follows the article is a name of its own or nothing
    ("Regeling" alone is a kind)."""
    items = _bench_initiatives("corpus-s20", "nl-ocw-regeling-verankering-academische-opleidingsschool-2012-2016.md")
    names = [i.name for i in items]
    assert not any(n.startswith("NVAO") for n in names), names
    assert "Regeling verankering academische opleidingsschool 2012–2016" in names, names


def test_the_policy_rules_of_a_programme_are_that_programme():
    """"Beleidsregels … Liberation Scholarship Program" and its section "Beleidsuitgangspunten Liberation
    Scholarship Program" (tune corpus s22): the rules and principles of a programme are a text about it,
    one record under the programme's name."""
    items = _bench_initiatives("corpus-s22", "nl-bz-beleidsregels-liberation-scholarship-program-2015.md")
    names = [i.name for i in items]
    assert "Liberation Scholarship Program" in names, names
    assert not any("uitgangspunten" in n.lower() for n in names), names


def test_a_field_label_before_a_colon_is_no_part_of_a_name():
    """A selection list's handelingen (tune corpus s22) read "Product: Uitvoeringsplan Opmerking: Hierin
    wordt …": the word between a plan's type word and the colon labels the next field; what is left
    ("Uitvoeringsplan") is a kind of plan, no name. A plan's owner before a colon stays cut as before."""
    from polkb.tag.initiatives import _title_candidates

    assert [n for _, _, n in _title_candidates("Product: Uitvoeringsplan Opmerking: Hierin wordt overleg gepleegd.")] \
        == []
    items = _bench_initiatives("corpus-s22", "nl-basisselectiedocument-wetenschappelijk-onderwijs-wageningen-"
                                             "universiteit-1945-1986.md")
    assert not any("Opmerking" in i.name for i in items), [i.name for i in items]


def test_a_coalition_is_a_network():
    """"Tijdens COP28 heeft Nederland een internationale coalitie gelanceerd …, de Coalition on Fossil Fuel
    Incentives and Subsidies(COFFIS)" (a written answer, tune corpus s22): a coalition of countries or
    organisations is a network or alliance, a kind of initiative, as "alliantie" is."""
    items = _bench_initiatives("corpus-s22", "tk-kamervragen-2024-kgg-klimaatrapport-15000-wetenschappers-filler.txt")
    coalition = _get(items, "Coalition on Fossil Fuel Incentives and Subsidies")
    assert coalition.type == "network"


def test_a_title_case_phrase_that_lost_a_space_is_no_name():
    """A PDF's text glues words: "de nationale toezeggingen van landen (NationallyDetermined Contributions,
    afgekort NDCs)" (tune corpus s22). Two capitalised words run together, with a third capitalised word
    after them, are a phrase that lost a space, not a name with a capital inside ("STEMvoordeBasis")."""
    items = _bench_initiatives("corpus-s22", "tk-kamervragen-2024-kgg-klimaatrapport-15000-wetenschappers-filler.txt")
    assert not any("Nationally" in i.name for i in items), [i.name for i in items]
    found = _names_in("Het project loopt in lerende netwerken (STEMvoordeBasis) in heel Vlaanderen.")
    assert "STEMvoordeBasis" in found, list(found)


def test_a_plan_named_after_its_kind_word():
    """"Het masterplan Bivakplaatsen wordt verder uitgewerkt." (the Flemish coalition agreement, shipped
    corpus, tune set s24): a kind word of a plan in lower case with a capitalised name after it names the
    plan, as "het project X" and "het actieplan X" do."""
    found = _names_in("Jeugd\n\nHet masterplan Bivakplaatsen wordt verder uitgewerkt. We maken een vervolg op het "
                      "masterplan Bivakplaatsen en werken aan een vervolgplan.\n")
    assert "Bivakplaatsen" in found or "masterplan Bivakplaatsen" in found, list(found)


def test_a_quoted_committee_is_named():
    """"We zorgen tevens voor een snelle operationalisering van de verruimde werking van de ‘Erkennings- en
    bemiddelingscommissie voor slachtoffers van historisch misbruik’." (the Flemish coalition agreement,
    shipped corpus, tune set s24): a quoted name whose head is a committee names one, as a quoted name
    with a type word does."""
    found = _names_in("Welzijn\n\nWe zorgen tevens voor een snelle operationalisering van de verruimde werking van de "
                      "‘Erkennings- en bemiddelingscommissie voor slachtoffers van historisch misbruik’.\n")
    name = "Erkennings- en bemiddelingscommissie voor slachtoffers van historisch misbruik"
    assert name in found and found[name].type == "working_group", list(found)


def test_a_quoted_lower_case_name_after_its_kind_word():
    """"Met de verderzetting van PIO en het programma “kopen bij startups” bouwen we voort …" (the Flemish
    coalition agreement, shipped corpus, tune set s24): in quotes after the kind of thing one runs, a name
    may be in lower case. A quoted phrase after a frame word ("een kader “level playing field”") is none."""
    found = _names_in("Innovatie\n\nMet de verderzetting van PIO en het programma “kopen bij startups” bouwen we voort "
                      "aan een cultuuromslag bij de inkopers van de overheid. We finaliseren ook een kader “level "
                      "playing field” voor de sector.\n")
    assert "kopen bij startups" in found, list(found)
    assert "level playing field" not in found, list(found)


def test_a_text_of_no_known_kind_refers_to_committees_and_plans_in_passing():
    """A parliamentary committee's list of decisions (an excerpt of the Financiën besluitenlijst of 26
    October 2016, tune set s24) is no text of a kind the kinds extractor knows; it names the
    "Ontwerpbegrotingsplan 2017" in one passage with no fact about it: a plan it refers to, not an
    initiative. In NWO's powers regulation (tune corpus s14), also of no known kind, the "Netherlands
    Genomics Initiative" is named once too and stays: a project, programme, fund or pilot says what it
    is. A text of one passage may be about the one thing it names, so it is not judged this way."""
    found = _names_in(
        '28. Agendapunt: Afschrift van de reactie van Nederland op de consultatie van de Europese Commissie '
        'met betrekking tot investeringsfondsen\n'
        '\n'
        'Zaak: Brief regering - minister van Financiën, J.R.V.A. Dijsselbloem - 10 oktober 2016 Afschrift '
        'van de reactie van Nederland op de consultatie met betrekking tot investeringsfondsen - 22112-2217 '
        'Besluit: Voor kennisgeving aangenomen.\n'
        '\n'
        'Volgcommissie(s): EU\n'
        '\n'
        '29. Agendapunt: Verzending Ontwerpbegrotingsplan aan Europese Commissie\n'
        '\n'
        'Zaak: Brief regering - minister van Financiën, J.R.V.A. Dijsselbloem - 14 oktober 2016 Verzending '
        'Ontwerpbegrotingsplan 2017 aan Europese Commissie - 21501-07-\n'
        '\n'
        'Besluit: Voor kennisgeving aangenomen.\n'
        '\n'
        'Noot: Met deze brief meldt de minister dat het Ontwerpbegrotingsplan 2017 naar de Europese '
        'Commissie is gestuurd, conform de regels voor eurolanden in het ‘two-pack’. Het '
        'Ontwerpbegrotingsplan is niet gewijzigd ten opzichte van het concept-Ontwerpbegrotingsplan dat de '
        'minister op 27 september 2016 naar de Kamer stuurde (21501-07, nr. 1395).\n'
        '\n'
        'Volgcommissie(s): EU\n'
        '\n'
        '30. Agendapunt: Verslag van de Eurogroep en Ecofin van 10 en 11 oktober te Luxemburg\n'
        '\n'
        'Zaak: Brief regering - minister van Financiën, J.R.V.A. Dijsselbloem - 14 oktober 2016 Verslag van '
        'de Eurogroep en Ecofin van 10 en 11 oktober te Luxemburg - 21501-07-1399 Besluit: Reeds geagendeerd '
        'voor het algemeen overleg Eurogroep/Ecofinraad dat is gepland op donderdag 3 november 2016.\n'
        '\n'
        'Volgcommissie(s): EU\n'
    )
    assert not any("Ontwerpbegrotingsplan" in n for n in found), list(found)
    items = _bench_initiatives("corpus-s14", "nl-nwo-bevoegdhedenregeling-2013.md")
    assert "Netherlands Genomics Initiative" in [i.name for i in items], [i.name for i in items]
    from polkb.tag.initiatives import _in_passing

    plan = Initiative(name="Ontwerpbegrotingsplan 2017", type="action_plan", passage_ids=["p1"])
    assert _in_passing(plan, set())
    plan.passage_ids.append("p2")
    assert not _in_passing(plan, set())


def test_a_name_with_an_edition_number():
    """Sentences of the Flemish coalition agreement (tune set s24): "SALK 2.0", "het Verpakkingsplan 2.0"
    and "Flanders’ Care 4.0" are editions of an initiative; the whole version number says so, where
    an acronym or an everyday compound alone would not. A section number ("Richtlijn 1.1") is none."""
    found = _names_in(
        "Op basis van die stand van zaken zullen we begin 2020 een SALK 2.0 lanceren, onder leiding van het "
        "provinciebestuur, maar met blijvende betrokkenheid van de Vlaamse regering. De Vlaamse regering zal "
        "alle afspraken gemaakt in het Verpakkingsplan 2.0 uitvoeren, waaronder de evaluatie eind 2023. Via "
        "transversale samenwerking tussen zorg en industrie faciliteert Flanders’ Care 4.0 de ontwikkeling van "
        "samenwerkings- en businessmodellen. Richtlijn 1.1: Tekstalternatieven.\n")
    assert {"SALK 2.0", "Verpakkingsplan 2.0", "Flanders’ Care 4.0"} <= set(found), list(found)
    assert not any("Richtlijn" in n for n in found), list(found)


def test_a_government_decision_that_names_no_initiative_is_about_the_grant_in_its_title():
    """The Flemish government's decision on Brik (tune set s12) names no programme or project: the
    investment subsidy its title names is the initiative, with the sum the body grants. The decision on
    STEM didactics (tune set) titles a subsidy too, but its body names what the money pays for
    ("iSTEM inkleuren", "STEMvoordeBasis"): those are the initiatives, the title's grant is no record."""
    found = _names_in(
        "vzw Brik – Student in Brussel: investeringssubsidie aankoop pand voor studentenhuisvesting Ontwerpbesluit "
        "van de Vlaamse Regering tot toekenning van een investeringssubsidie aan vzw Brik – Student in Brussel De "
        "Vlaamse Regering kent een investeringssubsidie van 847.849 euro toe aan vzw Brik - Student in Brussel voor "
        "de aankoop van een pand voor studentenhuisvesting in de Kruitmolenstraat 43 in 1000 Brussel.\n")
    grant = found.get("investeringssubsidie aankoop pand voor studentenhuisvesting")
    assert grant is not None and grant.funding == ["847.849 euro"], list(found)
    found = _names_in(
        "Vlaamse Universiteiten en Hogescholen Raad (VLUHR): subsidie ondersteunen STEM-didactiek Ontwerpbesluit van "
        "de Vlaamse Regering voor een financiële ondersteuning van maximaal 2.200.000 euro aan de VLUHR voor de "
        "geïntegreerde financiering van iSTEM inkleuren en STEMvoordeBasis voor het ondersteunen van het onderwijs in "
        "STEM-didactiek. De Vlaamse Regering kent daarom een financiële ondersteuning van maximaal 2,2 miljoen euro "
        "toe aan de Vlaamse Universiteiten en Hogescholen Raad (VLUHR), voor de geïntegreerde financiering van "
        "Lerende Netwerken van het basisonderwijs (STEMvoordeBasis) en van het secundair onderwijs (iSTEM inkleuren).\n")
    assert "STEMvoordeBasis" in found and not any("didactiek" in n for n in found), list(found)


def test_a_capitalised_fund_money_is_drawn_from_and_named_twice():
    """The Flemish coalition agreement (tune set s24) draws money "uit het Klimaatfonds" and names it again:
    a fund by its proper name, though "klimaat" is an everyday word that makes "Beoordelingskader" a
    kind of thing. Named once, the capital alone does not tell the two apart."""
    once = ("Tegelijk blijven we verder investeren in de renovatie van verouderde schoolgebouwen, waarbij we o.a. met "
            "middelen uit het Klimaatfonds extra aandacht schenken aan energetische duurzaamheid.")
    again = (" De financiering van de bouwshift wordt ondersteund door middelen uit het Klimaatfonds en een op te "
             "richten BRV-fonds. Investeringen in natuur en bos als klimaatbuffers worden o.a. ondersteund vanuit het "
             "klimaatfonds.")
    assert "Klimaatfonds" in _names_in(once + again + "\n"), list(_names_in(once + again + "\n"))
    assert "Klimaatfonds" not in _names_in(once + "\n")


def test_a_described_pilot_the_next_sentence_speaks_of():
    """Written answers on dog bites (tune set s14): no verb sets the pilot up, but the answer opens with
    "Deze pilot": the text speaks of one pilot, named by its head and purpose (the suspended compound
    "huisvestings- en behandelprotocol" kept whole). Without a sentence pointing back, it is no record."""
    question = ("Vraag 13\n\nKunt u aangeven wat de stand van zaken is van de pilot naar een huisvestings- en "
                "behandelprotocol voor honden die na bijtincidenten in beslag zijn genomen?\n\n")
    found = _names_in(question + "Antwoord op vraag 13\n\nDeze pilot is afgerond. Het rapport wordt momenteel "
                      "afgerond en zal op korte termijn met uw Kamer gedeeld worden.\n")
    assert "pilot naar een huisvestings- en behandelprotocol" in found, list(found)
    assert not any("pilot" in n for n in _names_in(question + "Antwoord op vraag 13\n\nHet rapport wordt "
                                                   "momenteel afgerond.\n")), "no sentence points back"


def test_a_proper_name_in_brackets_after_what_it_names():
    """The Flemish coalition agreement on higher education (tune set): "De oriënteringsproef voor leerlingen
    in het Secundair Onderwijs (Columbusproef)" gives the test its proper name in brackets; "columbus" is an
    everyday word, which alone would make "Columbusproef" a kind of test. A word of the everyday list in
    brackets ("(Stappenplan)") is a kind of thing, not a name."""
    found = _names_in(
        "We willen de studie-efficiëntie in het Hoger Onderwijs versterken door een goede oriëntering en een "
        "snelle heroriëntering. Daarvoor werken we met een viertrapsraket: De resultaten van het secundair "
        "onderwijs en het advies van de klassenraad. De oriënteringsproef voor leerlingen in het Secundair "
        "Onder-wijs (Columbusproef). Het oriënteringstraject wordt afgerond met verplichte maar niet-bindende "
        "toelatingsproeven.\n")
    assert "Columbusproef" in found, list(found)
    from polkb.tag.initiatives import _bracketed_names

    assert _bracketed_names("de stappen die de gemeente zet (Stappenplan)") == []


def test_a_described_initiative_that_runs_on():
    """The Flemish coalition agreement (tune set s24): "Het Vlaams overlegplatform studentenhuisvesting wordt op
    een structurele wijze verdergezet": a platform continued is one that runs, as one set up is. In the
    higher-education act (tune set s24) "het voortgezet onderwijs" is secondary school, no verb."""
    found = _names_in(
        "Het Vlaams overlegplatform studentenhuisvesting wordt op een structurele wijze verdergezet en vanuit de "
        "afdeling Woningkwaliteit wordt een structureel overleg aangegaan met het Netwerk Brandweer.\n")
    assert any(n.startswith("Vlaams overlegplatform") for n in found), list(found)
    found = _names_in(
        "6. Dit artikel is van overeenkomstige toepassing op een samenwerkingsverband tussen een instelling voor "
        "hoger onderwijs en een school als bedoeld in de Wet op het voortgezet onderwijs.\n")
    assert not any("samenwerkingsverband" in n for n in found), list(found)


def test_a_proper_name_before_its_kind_word_in_lower_case():
    """"We voeren het Brexit actieplan verder uit" (the Flemish coalition agreement, tune set s24) and "een
    succesvol product vanuit het GPT-NL project" (a note on generative AI, tune set s20) name a plan and a
    project by a proper name before the kind word, as "STEM-actieplan" does with a hyphen. An adjective
    ("de Europese agenda"), a place ("het Parijs akkoord") or a verb ("de Benelux akkoord gaan") is none."""
    found = _names_in(
        "We helpen onze bedrijven om zich voor te bereiden op de gevolgen van de Brexit. We voeren het Brexit "
        "actieplan verder uit en geven invulling aan bijkomende acties. Denk hierbij bijvoorbeeld aan een "
        "succesvol product vanuit het GPT-NL project. De Vlaamse regering zet daarom de proactieve opvolging van "
        "de Europese agenda voort. Die klimaatdoelen zijn afgestemd op de 1,5–2 graden uit het Parijs akkoord. "
        "Zelfs als de landen van de Benelux akkoord gaan met een beperking, dan zal dat moeilijk zijn.\n")
    assert {"Brexit actieplan", "GPT-NL project"} <= set(found), list(found)
    assert not any(w in n for n in found for w in ("Europese", "Parijs", "Benelux")), list(found)


def test_an_english_name_after_its_kind_word_keeps_its_of():
    """"We bestendigen Antwerpen als living lab voor het project City of Things" (the Flemish coalition
    agreement, tune set s24): an English name joins its capitalised words with "of", "for" and "and", as a
    Dutch one does with "van" and "voor"; cut at "of", the name would be "City"."""
    found = _names_in("We bestendigen Antwerpen als living lab voor het project City of Things, de proeftuin voor "
                      "de stad van de toekomst.\n")
    assert "City of Things" in found, list(found)


def test_a_coalition_programme_is_no_initiative():
    """Written answers on hospitals (tune set s20): "In het Regeerprogramma wordt de beweging naar meer passende
    zorg onderschreven": the programme a coalition agrees on for its term is the government's policy text,
    as a "Regeerakkoord" is, not an initiative of its own."""
    found = _names_in("Antwoord 7 In het Regeerprogramma wordt de beweging naar meer passende zorg onderschreven. Het "
                      "zou niet zo mogen zijn dat de bekostiging en/of financiering deze beweging daarbij in de weg "
                      "staat.\n")
    assert not any("egeerprogramma" in n for n in found), list(found)
    from polkb.tag.initiatives import not_an_initiative

    assert not_an_initiative("Regeerakkoord van PAARS II") and not not_an_initiative("Landelijk Kader Studentenwelzijn")


def test_a_capitalised_plan_the_text_carries_out():
    """The Flemish coalition agreement (tune set s24): "We werken het geactualiseerd Sigmaplan … verder af",
    "Het Versnellingsplan van VDAB … wordt versterkt uitgevoerd": a plan that is carried out or completed
    is one plan, though "versnelling" is an everyday word. "We versterken het Fietsfonds" says no such
    thing; in "ten behoeve van de uitvoering van het Sectorplan natuur- en scheikunde" (tune set s12) the
    name goes on in lower case, so the compound alone is no name."""
    found = _names_in(
        "We werken het geactualiseerd Sigmaplan en het project Rivierherstel Leie verder af en maken een "
        "gebiedsgericht programma op. Het Versnellingsplan van VDAB met o.a. het versneld screenen van de "
        "langdurige werkzoekenden wordt versterkt uitgevoerd. We versterken het Fietsfonds en vereenvoudigen de "
        "procedures.\n")
    assert {"Sigmaplan", "Versnellingsplan"} <= set(found), list(found)
    assert "Fietsfonds" not in found, list(found)
    from polkb.tag.initiatives import _run_compounds

    assert _run_compounds("a. de minister te adviseren over de besteding van een jaarlijks bedrag ten behoeve van de "
                          "uitvoering van het Sectorplan natuur- en scheikunde.") == []


def test_a_described_initiative_named_again_in_the_same_words():
    """Written questions are printed twice, once as asked and once above their answer. The question on dogs
    (tune set s14) names "de pilot naar een huisvestings- en behandelprotocol voor honden …" with no verb
    that sets it up; named again in the same words, the description is the name the text uses for one
    pilot. A body named by its task ("een vaste commissie voor de tucht", twice in the selection list of
    tune set s22) is an organ every university has, not an initiative."""
    question = ("Kunt u aangeven wat de stand van zaken is van de pilot naar een huisvestings- en behandelprotocol "
                "voor honden die na bijtincidenten in beslag zijn genomen?")
    found = _names_in(f"Vraag 13\n\n{question}\n\nVraag 13\n\n{question}\n\nAntwoord op vraag 13\n\nHet rapport wordt "
                      "momenteel afgerond.\n")
    assert "pilot naar een huisvestings- en behandelprotocol" in found, list(found)
    found = _names_in("Handeling: Het benoemen van een vaste commissie voor de tucht onder de studenten. Opmerking: De "
                      "vaste commissie voor de tucht wordt vanaf 1971 universitair tuchtcollege genoemd.\n")
    assert not any("tucht" in n for n in found), list(found)


def test_a_list_of_quoted_projects_announced_by_its_kind():
    """A Flemish decision granting EFRO support (tune set s26) lists the projects it funds after "Het gaat om
    volgende projecten:", each quoted, with who runs it and what it gets: every quoted item of a list
    announced by its kind in the plural is a project, not only the first."""
    found = _names_in(
        "De Vlaamse Regering kent vanuit het Fonds voor Innoveren & Ondernemen steun toe aan 8 projecten binnen de "
        "EFRO-oproepen rond onderzoeks- en innovatiecapaciteit. Het gaat om volgende projecten: 'Bio Base Advance' "
        "van Bio Base Europe Pilot Plant (518.000 euro); 'BlueChem XL' van BlueChem nv (630.000 euro); 'GAINS' van "
        "Universiteit Gent (6,48 miljoen euro); 'Innovation Cradle Leuven' van Innovation Cradle Leuven (1 miljoen "
        "euro) en 'PXL BusinessHUB' van PXL Hogeschool (2,75 miljoen euro).\n")
    assert {"Bio Base Advance", "BlueChem XL", "GAINS", "Innovation Cradle Leuven", "PXL BusinessHUB"} <= set(found), \
        list(found)


def test_quoted_words_after_a_project_are_no_list_of_projects():
    """A list of quoted words goes on from a quoted project only when a plural kind announced the list
    ("volgende projecten:"); the provenance note of set s13 quotes search words after naming a project,
    and "Boes", a person, is no project. (Quoted names with only "en", "of" or a comma between them still
    share a kind, as «Horizon 2020» en «Erasmus for all» do.)"""
    found = _names_in(
        'No word of the documents ("Kennisdiffusie" as a project name (only the word "kennisdiffusie" in the '
        'regeerakkoord, without the project), "mobiliteitsbeurs", "Brains on the move", "PXL", "Wolvega" or '
        '"Loncke" occurs in any existing file ("Deridder" and "Van Lint" occur in the Raad\'s reports and '
        'rulings, "Boes" in the 2007 report, as persons).\n')
    assert "Boes" not in found, list(found)


def test_a_project_of_a_list_gets_the_sum_of_its_own_item():
    """In the EFRO decision (tune set s26) each listed project gets its own sum, not every sum of the
    sentence: 'BlueChem XL' 630.000 euro, 'PXL BusinessHUB', the last item, 2,75 miljoen euro."""
    found = _names_in(
        "Het gaat om volgende projecten: 'Bio Base Advance' van Bio Base Europe Pilot Plant (518.000 euro); "
        "'BlueChem XL' van BlueChem nv (630.000 euro); 'GAINS' van Universiteit Gent (6,48 miljoen euro); "
        "'Innovation Cradle Leuven' van Innovation Cradle Leuven (1 miljoen euro) en 'PXL BusinessHUB' van PXL "
        "Hogeschool (2,75 miljoen euro).\n")
    assert found["BlueChem XL"].funding == ["630.000 euro"], found["BlueChem XL"].funding
    assert found["GAINS"].funding == ["6,48 miljoen euro"], found["GAINS"].funding
    assert found["PXL BusinessHUB"].funding == ["2,75 miljoen euro"], found["PXL BusinessHUB"].funding


def test_an_organisations_own_network_is_no_initiative():
    """"het VLAIO-netwerk" (the Flemish coalition agreement, tune set s24; a VLHORA decision, s13) is the agency's
    own web of partner offices, named by the organisation alone; a network with a name of its own stays."""
    found = _names_in(
        "VLAIO bouwt verder aan het VLAIO-netwerk, met partnerorganisaties die gericht naar elkaar doorverwijzen in "
        "functie van een optimale begeleiding en ondersteuning van ondernemers. We hernieuwen de partnerschappen "
        "binnen het VLAIO-netwerk via een nieuwe overheidsopdracht.\n")
    assert "VLAIO-netwerk" not in found, list(found)
    from polkb.tag.initiatives import not_an_initiative

    assert not_an_initiative("VLAIO-netwerk") and not not_an_initiative("Netwerk Open Monumenten")


def test_one_record_for_a_name_with_and_without_what_it_is_about():
    """A regulation of tune set s26 cites the ILO declaration once as "Verklaring Fundamentele Beginselen en
    Rechten op het Werk" and once as "Verklaring inzake Fundamentele Beginselen …": a word that only says
    what the text is about ("inzake", "betreffende") does not make a second record."""
    found = _names_in(
        "d. indien de activiteiten in strijd zijn met de door de Internationale Arbeidsorganisatie vastgestelde "
        "Verklaring Fundamentele Beginselen en Rechten op het Werk;\n\nh. de aanvrager of een externe deskundige in "
        "een opkomende markt niet handelt volgens de door de Internationale Arbeidsorganisatie vastgestelde "
        "Verklaring inzake Fundamentele Beginselen en Rechten op het Werk;\n")
    assert len([n for n in found if "Fundamentele Beginselen" in n]) == 1, list(found)


def test_a_name_after_a_compound_of_its_kind():
    """"in het kader van het actieprogramma Onderwijs Bewijs" (an instellingsbesluit of tune set s26): the kind
    word may be the tail of a compound ("actieprogramma", "relanceplan"), as "pilotproject" already was. A
    heading and the first part under it are no name: "Het beoordelingskader\\n\\nOnderdeel 1:" (the Sirius
    regulation)."""
    found = _names_in(
        "Besluit houdende instelling van een commissie voor de begeleiding van gehonoreerde projectvoorstellen in "
        "het kader van het actieprogramma Onderwijs Bewijs.\n")
    assert "Onderwijs Bewijs" in found, list(found)
    found = _names_in(
        "Deze deskundigen kunnen ingezet worden bij de beoordeling van de aanvragen.\n\nHet beoordelingskader\n\n"
        "Onderdeel 1:\n\nbeoordeling beschrijving van excellentiebevordering\n\nDit onderdeel van het "
        "beoordelingskader bestaat uit zes criteria.\n")
    assert not any(n.startswith("Onderdeel") for n in found), list(found)


def test_a_compound_noun_on_ge_is_no_participle():
    """"De Vlaamse Regering kent een subsidie … toe … voor de uitvoering van een onderzoeksproject
    ‘Gezondheidsschade milieugezondheidszorg’" (a decision of tune set s26): "Gezondheidsschade" begins with
    "ge" and ends in "de" but is a noun (…schade), not a participle that describes ("Opgestarte
    Innovatieve Bedrijfsnetwerken"), which has a consonant before its -de or -te."""
    found = _names_in(
        "De Vlaamse Regering kent een subsidie van 960.000 euro toe aan de VUB, UAntwerpen en UHasselt, voor de "
        "uitvoering van een onderzoeksproject ‘Gezondheidsschade milieugezondheidszorg’.\n")
    assert "Gezondheidsschade milieugezondheidszorg" in found, list(found)
    from polkb.tag.initiatives import not_an_initiative

    assert not_an_initiative("Opgestarte Innovatieve Bedrijfsnetwerken")


def test_a_framework_of_norms_is_no_initiative():
    """The Flemish coalition agreement (tune set s24) raises tenants' language skills "tot het niveau A2 van het
    Europees Referentiekader voor de Talen": a reference framework is a standard texts measure by, as a
    "Toezichtkader" is the norms of supervision; a framework one sets up and runs keeps its name."""
    found = _names_in(
        "We versterken de taalvaardigheid, van de sociale huurders, tot het niveau A2 van het Europees "
        "Referentiekader voor de Talen. De vaststelling gebeurt op redelijke wijze.\n")
    assert not any("Referentiekader" in n for n in found), list(found)
    from polkb.tag.initiatives import not_an_initiative

    assert not_an_initiative("Toezichtkader voor de Raad van Toezicht")
    assert not not_an_initiative("Landelijk Kader Studentenwelzijn 2023-2030")


def test_the_grant_a_decision_titles_beside_records_the_money_does_not_pay_for():
    """A Flemish decision (tune set s11) titles the grant it makes, "investeringssubsidie Agro-Incubator", and
    its body also names the old condition on "de subsidie voor het NERF", in passing. That record gets no
    money and is not what the title names, so the title's grant, whose sum the body grants ("een half miljoen
    euro investeringssubsidie toe"), is a record of its own. Beside other records, a title's grant the body
    gives no sum for is none (a held-out set lost precision on that). When a record the body names gets the
    money, as iSTEM and STEMvoordeBasis do, the title's grant is none either: see the test above."""
    head = ("Vlaams Instituut voor Biotechnologie (VIB): financiering van NERF, financiering van SALK-onderzoeksgroep en "
            "investeringssubsidie Agro-Incubator A. Twee ontwerpen van addendum aan een convenant B. Twee "
            "ontwerpbesluiten van de Vlaamse Regering  De Vlaamse Regering keurt nu een addendum goed bij deze "
            "convenanten. Het gaat om het schrappen van de financieringsvoorwaarde in het kader van de subsidie voor "
            "het   NERF (Neuro-Electronics Research Flanders) - onderzoekscentrum.")
    found = _names_in(head + " In dit kader kent de Vlaamse Regering ook een half miljoen euro    "
                      "investeringssubsidie toe aan het V IB   voor  de investering in een agro-incubator op de "
                      "voormalige CropDesign terreinen in Nevele.\n")
    grant = found.get("investeringssubsidie Agro-Incubator")
    assert grant is not None and grant.funding, list(found)
    # (the body's "subsidie voor het NERF" is no record since "subsidie voor de/het …" names no grant, so the
    # other record the body names is a programme here)
    found = _names_in(head + " In dit kader investeert het VIB in een agro-incubator in Nevele, naast het programma "
                      "Flanders Space.\n")
    assert "Flanders Space" in found and "investeringssubsidie Agro-Incubator" not in found, list(found)


def test_the_letter_that_numbers_a_decisions_next_text_ends_no_name():
    """A Flemish decision's summary lists the texts it approves as "A. …" and "B. …" (tune set s26):
    "Impulsprogramma Ruimtevaarteconomie: herverdelingsbesluit A. Impulsprogramma Ruimtevaarteconomie B.
    Ontwerpbesluit …". The "B" numbers the next text; the name is one record without it."""
    found = _names_in(
        "Impulsprogramma Ruimtevaarteconomie: herverdelingsbesluit A. Impulsprogramma Ruimtevaarteconomie B. "
        "Ontwerpbesluit van de Vlaamse Regering tot herverdeling vanuit een provisioneel krediet van de Vlaamse "
        "Gemeenschap voor het begrotingsjaar 2021 in het kader van het Impulsprogramma Ruimtevaarteconomie  Op basis "
        "van dit document keurt de Vlaamse Regering nu het 'Impulsprogramma Ruimtevaarteconomie' goed voor de "
        "periode 2021-2024.\n")
    assert "Impulsprogramma Ruimtevaarteconomie" in found and not any(n.endswith(" B") for n in found), list(found)


def test_a_verbs_particle_closes_a_described_initiative():
    """"… keurt de Vlaamse Regering opnieuw principieel de thematische oproep voor de bio-economie   goed   bij
    het Fonds …" (a decision of tune set s26): "goed" is the particle of "keurt … goed", not a word of what is
    approved, so the call is one record, without it."""
    found = _names_in(
        "Thematische oproep bio-economie bij het Fonds Wetenschappelijk Onderzoek - Vlaanderen Thematische oproep "
        "bio-economie Voorontwerp van besluit van de Vlaamse Regering tot vaststelling van de regels voor de "
        "thematische oproep voor de bio-economie bij het Fonds Wetenschappelijk Onderzoek - Vlaanderen (FWO)  In het "
        "kader van het relanceplan Vlaamse Veerkracht, en na advies van het Fonds Wetenschappelijk Onderzoek, keurt "
        "de Vlaamse Regering opnieuw principieel de thematische oproep voor de bio-economie   goed   bij het Fonds "
        "Wetenschappelijk Onderzoek - Vlaanderen. Deze oproep past binnen project VV020: Bio-economie van het "
        "relanceplan Vlaamse Veerkracht.\n")
    assert "thematische oproep voor de bio-economie" in found, list(found)
    assert not any(n.endswith(" goed") for n in found), list(found)


def test_a_body_a_decree_sets_up_named_after_its_adjective():
    """The minister's decree of tune set s26 sets its committee up in the legal formula "Er is een
    Wetenschappelijke commissie wijkaanpak.": the body word comes second, after the adjective that begins
    the name, and the name is the whole phrase (not "Wetenschappelijke commissie" beside it)."""
    found = _names_in(
        "Artikel 1\n\nIn dit besluit wordt verstaan onder\n\na. commissie: Wetenschappelijke commissie wijkaanpak;\n\n"
        "b. Minister: Minister voor Wonen en Rijksdienst.\n\nArtikel 2\n\nEr is een Wetenschappelijke commissie "
        "wijkaanpak.\n\nArtikel 3\n\n1. De commissie heeft tot taak:\n\na. het beoordelen van onderzoeken die in het "
        "kader van het aandachtwijkenbeleid in opdracht van de gemeenten plaatsvinden.\n")
    assert list(found) == ["Wetenschappelijke commissie wijkaanpak"], list(found)


def test_a_grant_for_a_body_is_no_initiative():
    """"… in het kader van een jaarlijkse subsidie voor de vzw Flanders Make" (a decision of tune set s26): a
    grant for a body by its legal form keeps that body running; the covenant is the initiative."""
    found = _names_in(
        "Convenant Flanders Make 2023-2027 A. Ontwerp van convenant Flanders Make voor de periode 2023-2027 B. Drie "
        "ontwerpbesluiten van de Vlaamse Regering  De Vlaamse Regering keurt nu het ontwerp van convenant 2023-2027 "
        "tussen het Vlaamse Gewest en de vzw Flanders Make goed , en beslist tot de herverdeling van middelen vanuit "
        "een provisioneel krediet voor het begrotingsjaar 2023 in het kader van een jaarlijkse subsidie voor de vzw "
        "Flanders Make.\n")
    assert "Convenant Flanders Make 2023-2027" in found, list(found)
    assert not any(n.startswith("subsidie") for n in found), list(found)


def test_the_particle_of_a_separable_verb_closes_what_it_sets_up():
    """"Binnen het Departement Werk en Sociale Economie richten we een expertisecentrum innovatieve leerwegen op,
    waarvan …" (the Flemish coalition agreement, tune set s24): the words after the head belong to the name when
    the particle of the verb that sets it up ("richten … op") closes them, as they do before "opgericht". In a
    clause that goes on ("een expertisecentrum op de campus") they do not."""
    found = _names_in(
        "Binnen het Departement Werk en Sociale Economie richten we een expertisecentrum innovatieve leerwegen op, "
        "waarvan het onderzoeksprogramma wordt opgesteld en opgevolgd in overleg met het Platform.\n")
    assert "expertisecentrum innovatieve leerwegen" in found, list(found)


def test_a_lower_case_term_only_ever_in_the_plural_is_a_kind():
    """The Flemish coalition agreement (the shipped corpus; tune set s24) speaks of "de volgende
    sectorconvenanten" and "brownfieldconvenanten": agreements of a kind, each time in the plural, so no one
    instrument the text repeats, as "mensenrechtentoets" is."""
    found = _names_in(
        "De resultaten hieromtrent zullen worden gemonitord en worden meegenomen bij de onderhandelingen van de "
        "volgende sectorconvenanten. De mogelijkheid om sectorconvenanten in Vlaanderen uit te rollen, naar analogie "
        "met de bestaande, wordt onderzocht. Via brownfieldconvenanten creëren we nieuwe mogelijkheden na sanering. "
        "De geïntegreerde aanpak via brownfieldconvenanten als succesformule blijven we gebruiken.\n")
    assert not any("convenant" in n for n in found), list(found)


def test_a_name_the_text_calls_an_organisation_is_none():
    """The Flemish coalition agreement (the shipped corpus; tune set s24) reaches expats "via het netwerk Vlamingen in
    de Wereld (ViW)", and later names "de organisatie Vlamingen in de Wereld": the text's own word says it is a
    body, whatever kind word ("netwerk") it was first found by."""
    text = ("We zetten verder in op de binding tussen de Vlaamse expats en Vlaanderen, o.a. via het netwerk Vlamingen "
            "in de Wereld (ViW). We bouwen bijgevolg het internationaal Vlaams merkbeleid verder uit.")
    assert "Vlamingen in de Wereld" in _names_in(text + "\n")
    found = _names_in(text + " Op voordracht van de organisatie Vlamingen in de Wereld worden individuele "
                      "kandidaten gescreend op hun toegevoegde waarde.\n")
    assert "Vlamingen in de Wereld" not in found, list(found)


def test_a_single_word_after_a_compound_kind_word_keeps_the_kind():
    """"Het masterplan Bivakplaatsen wordt verder uitgewerkt." (the Flemish coalition agreement, shipped corpus):
    after a kind word longer than the bare kind, one plain word says what the plan is about, so the record is
    the masterplan, not "Bivakplaatsen" (sites). After a bare kind word the word is the name: "het project
    Upstream"."""
    found = _names_in("We blijven inzetten op het ondersteunen van jeugdkampen. Het masterplan Bivakplaatsen wordt "
                      "verder uitgewerkt. We maken een vervolg op het masterplan Bivakplaatsen.\n")
    assert "masterplan Bivakplaatsen" in found and "Bivakplaatsen" not in found, list(found)
    found = _names_in("De Vlaamse Regering keurt het project Upstream goed. Het project Upstream loopt drie jaar.\n")
    assert "Upstream" in found, list(found)


def test_an_agreement_named_by_its_party_keeps_the_party():
    """"Convenant 2024-2028 Expertisecentrum Onderzoek en Ontwikkelingsmonitoring (ECOOM)" (a decision of tune set
    s26): the vocabulary knows the first words of the centre as a body, so the name was cut before it, and
    "Convenant 2024-2028" alone is only a kind. An agreement named by its kind and a party is that agreement,
    whether the vocabulary knows the party's whole name ("Convenant Flanders Make 2023-2027") or part of it."""
    found = _names_in(
        "Convenant 2024-2028 Expertisecentrum Onderzoek en Ontwikkelingsmonitoring (ECOOM) 2024-2028 Ontwerp van "
        "convenant Expertisecentrum Onderzoek en Ontwikkelingsmonitoring 2024-2028  Na evaluatie van het vorige "
        "convenant beslist de Vlaamse Regering de subsidiëring van het Expertisecentrum Onderzoek en "
        "Ontwikkelingsmonitoring (ECOOM) verder te zetten en keurt ze het convenant 2024-2028 goed.\n")
    assert "Convenant 2024-2028 Expertisecentrum Onderzoek en Ontwikkelingsmonitoring" in found, list(found)


def test_a_plan_of_a_ministrys_unit_is_no_initiative():
    """A selection list of the ministry's records (the shipped corpus; tune set s24) gives as a source "Bron:
    Beleidsagenda Directie Studiefinancieringbeleid": the agenda of a directorate, named by its kind and its
    owner. With the unit cut off only the kind is left, so there is no record."""
    found = _names_in(
        "Handeling 12\n\nActor: Minister van OCW\n\nHandeling: Het verrichten van onderzoek naar het beleid ten "
        "aanzien van asielzoekers in relatie tot het studiefinancieringbeleid Periode: 1995– Bron: Beleidsagenda "
        "Directie Studiefinancieringbeleid Product: Onderzoeksrapporten, beleidsnota’s Opmerking: Inclusief beleid "
        "ten aanzien van asielzoekers.\n")
    assert not any("Beleidsagenda" in n for n in found), list(found)


def test_a_network_of_a_body_the_text_names_by_its_acronym_is_none():
    """The Flemish coalition agreement (shipped corpus; tune set s24): "wordt het FIT netwerk verder versterkt. FIT
    zet een gericht budget … in" and "De ‘Vlaamse Huizen’ (o.l.v. een AAVR) … het AAVR-netwerk": the network of a
    body or post the text names on its own, as "VLAIO-netwerk" is for a body the vocabulary knows."""
    found = _names_in(
        "Om minstens onze toppositie als locatie voor buitenlandse investeringen te behouden, wordt het FIT netwerk "
        "verder versterkt. FIT zet een gericht budget voor financiële stimuli in.\n")
    assert "FIT netwerk" not in found, list(found)
    found = _names_in("Om onze toppositie te behouden, wordt het FIT netwerk verder versterkt.\n")
    assert "FIT netwerk" in found, list(found)


def test_a_network_of_routes_is_infrastructure_no_initiative():
    """"We voeren de investeringen in het fietsnetwerk (Bovenlokaal Functioneel Fietsroutenetwerk) op" (the Flemish
    coalition agreement, shipped corpus; tune set s24): a network of routes, roads, rails or pipes is something one
    builds, named by what runs on it; a network of people or organisations ("Lerende Netwerken") stays."""
    found = _names_in(
        "We voeren de investeringen in het fietsnetwerk (Bovenlokaal Functioneel Fietsroutenetwerk) op en maken de "
        "stads- en dorpskernen fietsvriendelijk.\n")
    assert not any("netwerk" in n.lower() for n in found), list(found)
    from polkb.tag.initiatives import not_an_initiative

    assert not not_an_initiative("Lerende Netwerken")


def test_a_body_a_ministers_decree_sets_up_is_an_initiative_though_the_vocabulary_knows_it():
    """"Besluit van de Staatssecretaris van Verkeer en Waterstaat houdende instelling van de Raad voor
    Deltaonderzoek" (tune set s26): the vocabulary lists the council as an organisation, but the decree sets it up
    for a task, so it is the decree's initiative, as the Cyber Security Raad is."""
    items = _bench_initiatives("corpus-s26", "nl-venw-instellingsbesluit-raad-voor-deltaonderzoek.md")
    assert "Raad voor Deltaonderzoek" in [i.name for i in items], [i.name for i in items]


def test_a_name_with_an_abbreviation_the_text_spells_out_is_one_record():
    """A Flemish decision (tune set s26) opens "Vlaams Beleidsplan AI – Flankerend beleid: …" and later writes "het
    Vlaams Beleidsplan Artificiële  Intelligentie (AI) goedgekeurd": with the abbreviation spelled out the names
    are one, so there is one record, under the spelled-out name."""
    found = _names_in(
        "Vlaams Beleidsplan AI – Flankerend beleid: programma voor Burgerwetenschap AI A. Programma voor "
        "Burgerwetenschap AI B. Ontwerpbesluit van de Vlaamse Regering tot toekenning van de subsidie voor de opstart "
        "van het programma voor Burgerwetenschap AI  Op 22 maart 2019 werd het Vlaams Beleidsplan Artificiële  "
        "Intelligentie (AI) goedgekeurd, gericht op onderzoek, opname van AI door bedrijven en een reeks flankerende "
        "maatregelen.\n")
    plans = [n for n in found if n.startswith("Vlaams Beleidsplan")]
    assert plans == ["Vlaams Beleidsplan Artificiële Intelligentie"], list(found)


def test_an_agreement_quoted_by_the_study_programme_it_is_about_keeps_its_kind():
    """"convenant ”Kopopleiding leraar in het hoger beroepsonderwijs” d.d. 15 september 2004" (the shipped corpus;
    tune set): the quoted words name a course of study; the initiative is the covenant about it, so the record
    keeps the kind word and does not read as a study programme."""
    found = _names_in(
        "In deze beleidsregel wordt verstaan onder:\n\nconvenant:convenant ”Kopopleiding leraar in het hoger "
        "beroepsonderwijs” d.d. 15 september 2004.\n")
    assert "convenant Kopopleiding leraar in het hoger beroepsonderwijs" in found, list(found)


def test_a_grant_scheme_cited_by_its_sentence_case_title_keeps_the_whole_title():
    """"… van de Subsidieregeling pilot innovatievouchers 2005 (Beleidsregel …)" (tune set s26): the title of a Dutch
    regulation runs on in lower case to its year. "Subsidieregeling" is a kind word, not a proper name before the
    kind "pilot", so the record is not the cut "Subsidieregeling pilot"."""
    found = _names_in(
        "Beleidsregel van de Minister van Economische Zaken van 23 februari 2005 omtrent de uitvoering van de artikelen "
        "1 en 2 van de Subsidieregeling pilot innovatievouchers 2005.\n\nDe Minister van Economische Zaken, Gelet op de "
        "artikelen 1 en 2 van de Subsidieregeling pilot innovatievouchers 2005;\n")
    assert "Subsidieregeling pilot innovatievouchers 2005" in found and "Subsidieregeling pilot" not in found, list(found)


def test_a_sum_granted_for_a_thing_the_sentence_names_is_not_the_schemes_budget():
    """The Flanders Make decision (tune set s26) is about the covenant its title names, and "Daarnaast kent ze aan
    de vzw een eenmalige subsidie van 3 miljoen euro toe voor de oprichting van de Flanders Make Academy …": that
    sum pays for the academy, so it is not the covenant's budget (a decision's budget sentence that names no
    purpose, "Voor het convenant 2024-2028 wordt een jaarlijkse subsidie van 2,29 miljoen euro voorzien", is)."""
    items = _bench_initiatives("corpus-s26", "vlaamse-regering-beslissing-convenant-flanders-make-2023-2027.txt")
    covenant = _get(items, "Convenant Flanders Make 2023-2027")
    assert not any("miljoen" in f for f in covenant.funding), covenant.funding


def test_premiums_credits_and_loans_are_kinds_of_scheme():
    """A premium, a credit or a loan with a name of its own is a scheme one applies for, as a fund or a
    scholarship is ("naar het voorbeeld van het Vlaams Zorgkrediet", coalition agreement of tune set s24);
    "-verlening" (dienstverlening, hulpverlening: the noun of "verlenen") is no loan."""
    from polkb.tag.initiatives.shapes import _type_tail

    assert _type_tail("zorgkrediet") == "krediet" and _type_tail("renovatiepremie") == "premie"
    assert _type_tail("studielening") == "lening"
    assert _type_tail("dienstverlening") == "" and _type_tail("hulpverlening") == ""
    found = _names_in(
        "Wonen\n\nWie een oude woning renoveert, krijgt de Vlaamse Renovatiepremie. Werknemers die zorgen voor een "
        "familielid, nemen het Vlaams Zorgkrediet op. De Sociaal-juridische Dienstverlening en de Medische "
        "Hulpverlening blijven bestaan.")
    assert {"Vlaamse Renovatiepremie", "Vlaams Zorgkrediet"} <= set(found), list(found)
    assert not any("verlening" in n for n in found), list(found)


def test_a_fund_or_subsidy_scheme_a_heading_of_a_law_names_is_one():
    """A law gives the scheme it sets up a paragraph of its own ("Paragraaf 2a\\n\\nProfileringsfonds", WHW, tune set
    s24) and a regulation withdraws one in an article's heading ("Intrekking Subsidieregeling Bilaterale
    onderzoeksamenwerking Nederland en de Russische Federatie 2001-2003", tune set s11): the heading is the whole
    name, so a fund's compound with an everyday first part counts and "… en de Russische Federatie" is no second
    thing. A heading that names a rule or a document ("Geschillenregeling", "Instellingsplan") is none."""
    found = _names_in(
        "Paragraaf 2a\n\nProfileringsfonds\n\nArtikel 7.51\n\nFinanciële ondersteuning in verband met bijzondere "
        "omstandigheden\n\n1. Het bestuur van een bekostigde instelling treft voorzieningen voor de financiële "
        "ondersteuning van een student die studievertraging heeft opgelopen.\n\nArtikel 7.52\n\nLerarenbeurs\n\n"
        "Een leraar kan een tegemoetkoming aanvragen.\n\nArtikel 7.53\n\nGeschillenregeling\n\nGeschillen worden "
        "beslecht door de rechter.\n\nArtikel 7.54\n\nInstellingsplan\n\nHet instellingsbestuur stelt een plan vast."
        "\n\nArtikel 20\n\nIntrekking Subsidieregeling Bilaterale onderzoeksamenwerking Nederland en de Russische "
        "Federatie 2001-2003\n\nDe regeling wordt ingetrokken.\n\nArtikel 2.9\n\nSubsidie educatieve voorziening\n\n"
        "1. Jaarlijks verstrekt Onze minister een subsidie aan het academisch ziekenhuis.\n\nArtikel 2.10\n\n"
        "Subsidie voor onderzoek\n\nDe minister kan een subsidie verstrekken.\n")
    from polkb.tag.initiatives.candidates import _structure_candidates

    assert [c[2] for c in _structure_candidates("Artikel 2.9\n\nSubsidie educatieve voorziening\n\n1. Jaarlijks …\n\n"
                                                 "Artikel 2.10\n\nSubsidie voor onderzoek\n\nDe minister …")] == \
        ["Subsidie educatieve voorziening"]  # a subsidy by what it pays for, not by a purpose ("voor …")
    assert {"Profileringsfonds", "Lerarenbeurs",
            "Subsidieregeling Bilaterale onderzoeksamenwerking Nederland en de Russische Federatie 2001-2003"} <= \
        set(found), list(found)
    assert not {"Geschillenregeling", "Instellingsplan", "Subsidie voor onderzoek"} & set(found), list(found)


def test_calls_partnerships_and_consortia_are_kinds_of_initiative():
    """A call for proposals is how a fund or programme hands out its money, a partnership or a consortium
    is a network of named parties: with a name of their own they are initiatives as a fund or an alliance
    is ("Vlaams Partnerschap Duaal Leren", coalition agreement of tune set s24). The call of a programme,
    glued to its name ("City of Things-oproep"), is that programme, not a second record."""
    from polkb.tag.initiatives.shapes import _type_of, _type_tail

    assert _type_of("Thematische Oproep Circulaire Economie") == "fund"
    assert _type_tail("projectoproep") == "oproep" and _type_of("Vlaams Partnerschap Duaal Leren") == "network"
    found = _names_in(
        "Onderwijs\n\nWe versterken het Vlaams Partnerschap Duaal Leren en betrekken er de sectoren bij. Het "
        "Europees Onderzoeksconsortium Klimaatadaptatie krijgt een bijdrage. Via de City of Things-oproep "
        "ondersteunt VLAIO steden die met City of Things experimenteren.")
    assert {"Vlaams Partnerschap Duaal Leren", "Europees Onderzoeksconsortium Klimaatadaptatie"} <= set(found), list(found)
    assert "City of Things-oproep" not in found, list(found)


def test_a_government_decision_is_about_the_compound_its_title_opens_with():
    """"Mobiliteitsbeurs studenten die een periode in het buitenland doorbrengen Voorontwerp van besluit van de
    Vlaamse Regering …" (tune set s13): the title says what the decision is about, so the grant it opens with is
    an initiative though "mobiliteit" is an everyday word (in running text "Mobiliteitsbeurs" could be a kind of
    grant). A title that opens with a word of no kind ("Macrodoelmatigheid van de opleiding …") gives none."""
    text = ("{} Voorontwerp van besluit van de Vlaamse Regering over de mobiliteitsbeurs voor studenten die een "
            "periode in het buitenland doorbrengen in het kader van hun opleiding De Vlaamse Regering keurt principieel "
            "het besluit goed dat de hoogte vastlegt van de mobiliteitstoelage voor studenten. Daarnaast zijn sinds de "
            "opstart van het actieplan mobiliteit 'Brains on the move', in 2013, ook evoluties gebeurd.\n")
    found = _names_in(text.format("Mobiliteitsbeurs studenten die een periode in het buitenland doorbrengen"))
    assert "Mobiliteitsbeurs" in found and found["Mobiliteitsbeurs"].type == "fund", list(found)
    found = _names_in(text.format("Macrodoelmatigheid van de opleiding digitaal leren"))
    assert not any(n.startswith("Macrodoelmatigheid") for n in found), list(found)


def test_schemes_named_in_the_plural_are_one_initiative():
    """"Mandaatbesluit uitvoering regelingen internationale mobiliteit (VISIE-beursregelingen)" (tune set s14):
    a name for several grant schemes is a name all the same; the plural and the singular are one record key."""
    assert normalise_name("VISIE-beursregelingen") == normalise_name("VISIE-beursregeling")
    found = _names_in(
        "Mandaatbesluit uitvoering regelingen internationale mobiliteit (VISIE-beursregelingen)\n\nDe Minister van "
        "Onderwijs, Cultuur en Wetenschap besluit: de directeur van Nuffic voert de VISIE-beursregelingen uit.\n")
    assert "VISIE-beursregelingen" in found, list(found)


def test_a_name_set_after_its_kind_word_by_a_dash_is_named():
    """bench/corpus-s26/vlaamse-regering-beslissing-impulsprogramma-ruimtevaarteconomie.txt lists the parts of a
    programme, one naming a platform after a dash: the name runs to the end of the item."""
    found = _names_in(
        "Op basis van dit document keurt de Vlaamse Regering nu het 'Impulsprogramma Ruimtevaarteconomie' goed voor de "
        "periode 2021-2024, bestaande uit vijf luiken: een ondersteunend triple helix platform - Flanders Space; Focus "
        "op talent - toeleiding van onderzoekers naar ruimtevaartonderzoek; Focus op competitiviteit en "
        "ondernemerschap; Focus op internationale programma's, en Focus op wetenschapscommunicatie.\n")
    assert "Flanders Space" in found, list(found)
    assert not any(n.startswith("Focus") or "toeleiding" in n for n in found), list(found)


def test_a_described_programme_with_an_abbreviation_is_named():
    """bench/corpus-s16/tk-kamervragen-2023-jenv-ienw-milieucriminaliteit-politie-filler.docx writes a programme in
    lower case, then gives it an abbreviation whose letters stand in its words: the description is its name. A
    bracket whose letters do not start it names something else."""
    found = _names_in(
        "Het is onacceptabel dat bedrijven willens en wetens milieuwetten overtreden. Deze bedrijven moeten aangepakt "
        "worden. Binnen het interbestuurlijk programma voor versterking van het stelsel vergunningverlening, toezicht "
        "en handhaving (IBP VTH) wordt gewerkt aan versterken van de bestuursrechtelijke en strafrechtelijke "
        "handhaving.\n")
    assert "interbestuurlijk programma voor versterking van het stelsel vergunningverlening, toezicht en handhaving" \
        in found, list(found)
    from polkb.tag.initiatives.candidates import _abbreviated_kinds
    assert _abbreviated_kinds("Met het nieuwe programma voor de regio (OCW) werken we samen.") == []


def test_a_quoted_name_holding_a_lower_case_compound_of_a_kind_is_named():
    """"De Vlaamse Regering hecht haar goedkeuring aan de Visienota 'Internationaal beurzenprogramma'" (tune set
    s28): the quotes say the words are a name, so the lower-case compound's kind ("beurzenprogramma") is the name's
    kind, as a capitalised compound's is in running text."""
    items = _bench_initiatives("corpus-s28", "vlaamse-regering-beslissing-visienota-internationaal-beurzenprogramma.txt")
    assert [i.name for i in items] == ["Internationaal beurzenprogramma"]


def test_what_a_regulation_says_of_a_grant_is_not_part_of_its_name():
    """The lerarenbeurs regulation (tune set s28) defines "subsidie voor studiekosten", "subsidie voor studieverlof"
    and "subsidie voor zij-instroom" and then says of them "De subsidie voor studiekosten bedraagt de som van …",
    "kan de subsidie voor studiekosten tevens worden verstrekt", "… de subsidie voor studiekosten terugvorderen
    indien …": a verb, an adverb before the verb or a condition ends the grant's name, so each grant is one record."""
    items = _bench_initiatives("corpus-s28", "nl-ocw-regeling-lerarenbeurs-scholing-zij-instroom-2009-2017.md")
    grants = sorted(i.name for i in items if i.name.lower().startswith("subsidie voor"))
    assert grants == ["subsidie voor studiekosten", "subsidie voor studieverlof", "subsidie voor zij-instroom"], grants


def test_a_centre_a_government_recognises_and_funds_is_an_initiative():
    """"Erkenning en financiering van een Steunpunt Werk (2021-2025) KU Leuven … hecht de Vlaamse Regering nu haar
    goedkeuring aan het voorstel tot erkenning en financiering van een steunpunt" (tune set s28): recognising and
    funding a centre sets it to work, as setting one up does."""
    items = _bench_initiatives("corpus-s28", "vlaamse-regering-beslissing-erkenning-steunpunt-werk-2021-2025-ku-leuven.txt")
    assert "Steunpunt Werk" in [i.name for i in items]


def test_a_call_a_decision_gives_additional_support_is_an_initiative():
    """"Plan Vlaamse Veerkracht: bijkomende ondersteuning van de oproep zware onderzoeksinfrastructuur … Bij de laatste
    oproep voor zware onderzoeksinfrastructuur heeft de FWO Commissie Science …" (tune set s28): supporting a call
    that runs sets money to work as funding a new one does; "laatste" says which round, it is no part of the name.
    A purpose, "ter ondersteuning van het sportbeleid", is no such support (s26's Onderzoeksplatform Sport stays one
    record)."""
    items = _bench_initiatives("corpus-s28", "vlaamse-regering-beslissing-relance-fwo-oproep-zware-onderzoeksinfrastructuur.txt")
    assert "oproep voor zware onderzoeksinfrastructuur" in [i.name for i in items]
    sport = _bench_initiatives("corpus-s26", "vlaamse-regering-beslissing-oproep-onderzoeksplatform-sport-2024-2028.txt")
    assert [i.name for i in sport] == ["Onderzoeksplatform Sport"]


def test_a_name_after_its_kind_word_may_hold_an_article():
    """"het project Eerst de Klas, bedoeld in de Nota werken in het onderwijs 2012" (the lerarenbeurs regulation of
    tune set s28): a name may be a phrase with an article in it; a second capitalised word after the article begins
    something else ("het programma Erasmus+ de Europese Commissie")."""
    from polkb.tag.initiatives.candidates import _CUE

    items = _bench_initiatives("corpus-s28", "nl-ocw-regeling-lerarenbeurs-scholing-zij-instroom-2009-2017.md")
    klas = _get(items, "Eerst de Klas")
    assert klas is not None and any("1.200.000" in f for f in klas.funding), [i.name for i in items]
    assert _CUE.search("binnen het programma Erasmus+ de Europese Commissie").group(2) == "Erasmus+"


def test_a_project_a_plan_numbers_is_named_by_its_quoted_name_in_any_case():
    """"In het kader van project VV23 ‘versterking onderzoeksveld en versnelling O&O’ uit het relanceplan 'Vlaamse
    Veerkracht' voorziet de Vlaamse Regering 18 miljoen euro …" (tune set s28): the number a plan gives a project and
    the quotes after it say the quoted words are its name, even in lower case."""
    items = _bench_initiatives("corpus-s28", "vlaamse-regering-beslissing-relance-versterking-onderzoeksveld-infrastructuur-universiteiten.txt")
    project = _get(items, "versterking onderzoeksveld en versnelling O&O")
    assert any("18 miljoen" in f for f in project.funding)


def test_a_decision_titled_with_the_grants_of_a_year_is_about_what_its_title_names_first():
    """"Open Science beleid: subsidies 2023 Ontwerpbesluit van de Vlaamse Regering tot toekenning van de subsidies aan
    de betrokken instellingen …" (tune set s28): the year's grants pay for what the title names before the colon; the
    text names no other initiative with money of its own, so that is the decision's record; the board it names in
    passing ("de instellingen vertegenwoordigd in de Flemish Open Science Board") is a record beside it."""
    items = _bench_initiatives("corpus-s28", "vlaamse-regering-beslissing-open-science-subsidies-2023.txt")
    assert sorted((i.name, i.period) for i in items) == [("Flemish Open Science Board", ""), ("Open Science beleid", "2023")]


def test_dutch_of_between_two_titles_parts_two_names():
    from polkb.tag.initiatives.candidates import _title_candidates

    # bench/corpus-s47 (tune): "… de Regeling inburgering oudkomers G25 2006 of de Regeling inburgering oudkomers
    # niet-G56 2006;" - "of de" ("or the") begins the next title; "G25 2006 of de Regeling" is no name
    text = ("de Regeling inburgering oudkomers 25 gemeenten 2005, de Regeling inburgering oudkomers G25 2006 of de "
            "Regeling inburgering oudkomers niet-G56 2006;")
    assert not any(" of de " in name for _, _, name in _title_candidates(text))


def test_a_name_begins_after_the_van_that_tied_it_and_an_article_heading_is_no_name():
    from .conftest import initiatives_in_text

    # bench/corpus-s48: the Randstad salary-mix regulation's definitions
    found = initiatives_in_text(
        "Artikel 1 Begripsbepaling\n\nIn deze regeling wordt verstaan onder:\n\n"
        "r. Convenant Leerkracht van Nederland: tripartiete afspraken tussen de minister en de sociale partners;\n\n"
        "s. personeelsgegevens: gegevens als bedoeld in bijlage B van het Convenant Leerkracht van Nederland "
        "en bijlage 1, onder B, van de Regeling;\n", "regeling-salarismix.md")
    assert "Convenant Leerkracht van Nederland" in found
    assert not [n for n in found if n.startswith("van ")]
    # bench/corpus-s45: an article of the BVE subsidies regulation withdraws an older scheme
    found = initiatives_in_text(
        "Artikel 30 Vervallen van de Subsidieregeling projectopdrachten Bve-sector\n\n"
        "De Subsidieregeling projectopdrachten Bve-sector vervalt.\n", "regeling-bve.md")
    assert not [n for n in found if n.lower().startswith(("vervallen", "van "))]


def test_a_parliaments_standing_committee_cut_at_its_comma_is_no_initiative():
    # bench/corpus-s30, the 2013 aanwijzing on medical training: "Gelet op het verslag van 29 juni 2012 van een
    # schriftelijk overleg met de vaste commissie voor Volksgezondheid, Welzijn en Sport van de Tweede Kamer …"
    found = initiatives_in_bench("corpus-s30", "nl-vws-aanwijzing-beschikbaarheidbijdrage-medische-vervolgopleidingen-2013.md")
    assert not any(n.lower().startswith("vaste commissie") for n in found), sorted(found)
