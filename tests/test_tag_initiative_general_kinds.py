"""Kinds of initiative and spellings of names that hold on documents no rule was written for (issue #14, records
generalise); each on a short quoted passage of a real document."""
from __future__ import annotations

from .conftest import initiatives_in_bench, initiatives_in_text as _found


def test_a_hub_is_a_kind_of_initiative_and_a_name_may_hold_an_at_sign():
    # the title line of a Flemish Government decision (bench/corpus-s29, cofinanciering Antwerp@C CO2 Export Hub):
    # no article before "project", so only the name's own kind word says what it is; the name starts at "Antwerp@C",
    # not after its at sign
    found = _found("2,5 miljoen euro Vlaamse cofinanciering project Antwerp@C CO2 Export Hub Ontwerpbesluit van de "
                   "Vlaamse Regering tot toekenning van een subsidie aan Air Liquide Industries Belgium nv, Haven van "
                   "Antwerpen-Brugge nv en Fluxys Belgium nv.\n")
    assert "Antwerp@C CO2 Export Hub" in found, sorted(found)
    assert "CO2 Export Hub" not in found, sorted(found)


def test_a_name_ends_before_the_next_sentence_and_a_plan_named_with_its_place_and_kind_is_one_record():
    # a Flemish Government decision (bench/corpus-s28, relance FWO oproep zware onderzoeksinfrastructuur): its heading
    # names the plan by its kind, its subtitle runs into the body with no stop ("… Vlaamse Veerkracht Bij de laatste
    # oproep …") and names it with its place and the kind of act: one plan, its name without the body's first word
    found = _found("Plan Vlaamse Veerkracht: bijkomende ondersteuning van de oproep zware onderzoeksinfrastructuur via "
                   "middelen uit de Relanceprovisie Subsidie voor bijkomende ondersteuning van de FWO oproep zware "
                   "infrastructuur via middelen uit het Vlaams Relanceplan Vlaamse Veerkracht Bij de laatste oproep "
                   "voor zware onderzoeksinfrastructuur heeft de FWO Commissie Science tien van de veertien aanvragen "
                   "als excellent beoordeeld.\n")
    plans = [n for n in found if "Veerkracht" in n]
    assert plans == ["Vlaams Relanceplan Vlaamse Veerkracht"], sorted(found)


def test_a_grant_for_a_definite_thing_is_no_grant_named_by_its_purpose():
    # a Flemish Government decision (bench/corpus-s11, VIB NERF SALK agro-incubator): "de subsidie voor het NERF" is
    # the money for a research centre the text names, not an initiative called after what it pays for
    found = _found("De Vlaamse Regering keurt nu een addendum goed bij deze convenanten. Het gaat om het schrappen van "
                   "de financieringsvoorwaarde in het kader van de subsidie voor het NERF (Neuro-Electronics Research "
                   "Flanders) - onderzoekscentrum, waarbij de NERF-partners (VIB, Imec en KuLeuven) gezamenlijk minstens "
                   "eenzelfde jaarlijkse financiering moeten inbrengen.\n")
    assert not any(n.lower().startswith("subsidie voor") for n in found), sorted(found)


def test_a_grant_named_by_its_purpose_without_an_article_stays():
    # a regulation (bench/corpus-s28, lerarenbeurs scholing en zij-instroom): "subsidie voor studieverlof" names a grant
    found = _found("Artikel 7\n\nSubsidiebedrag voor studieverlof\n\n1. De subsidie voor studieverlof wordt bepaald op een "
                   "bedrag per studieverlofuur.\n\n2. Door middel van een verklaring behorende bij het aanvraagformulier "
                   "vraagt het bevoegd gezag subsidie voor studieverlof aan.\n")
    assert any(n.lower() == "subsidie voor studieverlof" for n in found), sorted(found)


def test_a_steunpunt_is_one_initiative_by_its_short_and_its_themed_name():
    # a Flemish Government decision (bench/corpus-s29, goedkeuring steunpunt wonen 2021-2025): the title names the
    # centre after what the government does with it ("Goedkeuring"), the text by its short name and by its kind,
    # task and theme; one steunpunt, led by the body of the consortium's head
    found = _found("Goedkeuring Steunpunt Wonen (2021-2025) Op 31 maart 2021 loopt de erkenningstermijn van het huidige "
                   "Steunpunt Wonen af. Om de continuïteit van het wetenschappelijk onderzoek voor het beleidsveld Wonen "
                   "mogelijk te maken, werd een nieuwe oproep gelanceerd tot erkenning en financiering van een Steunpunt "
                   "voor Beleidsrelevant Onderzoek voor het thema Wonen (2021-2025). In navolging van de bevindingen van "
                   "het expertenpanel hecht de Vlaamse Regering haar goedkeuring aan het voorstel tot erkenning en "
                   "financiering van een consortium onder leiding van Prof. Dr. Erik Buyst (KUL) als steunpunt voor "
                   "beleidsrelevant onderzoek voor het thema Wonen voor de periode 2021-2025.\n")
    centres = [n for n in found if "steunpunt" in n.lower()]
    assert centres == ["Steunpunt voor Beleidsrelevant Onderzoek voor het thema Wonen"], sorted(found)
    assert not any(n.startswith("Goedkeuring") for n in found), sorted(found)


def test_a_steunpunt_named_in_running_text_is_an_initiative():
    # a Flemish Government decision (bench/corpus-s26, convenant ECOOM 2024-2028): the steunpunt is named by its proper
    # name alone, with no cue around it; its kind word says what it is
    found = _found("De missie van ECOOM en het sinds 2021 geïntegreerde Steunpunt Economie en Ondernemen (STORE), samen "
                   "ECOOM-STORE, is de ondersteuning van het beleid voor Wetenschap, Technologie, Innovatie en Economie "
                   "(inclusief Ondernemerschap) van de Vlaamse overheid (WTIE).\n")
    assert "Steunpunt Economie en Ondernemen" in found, sorted(found)


# a Flemish Government decision of tune set s28 (open science subsidies 2023), all but one sentence of it
OPEN_SCIENCE = (
    "Open Science beleid: subsidies 2023 Ontwerpbesluit van de Vlaamse Regering tot toekenning van de subsidies aan de "
    "betrokken instellingen voor de uitvoering voor het jaar 2023 van het Open Science beleid voor Vlaanderen en de "
    "Flemish Open Science Board (FOSB) Open Science valt niet meer weg te denken uit de huidige wetenschappelijke "
    "context. Om de continuïteit van het Vlaamse Open Science beleid niet in het gedrang te brengen keurt de Vlaamse "
    "Regering de besteding van de middelen 2023 goed, die zullen worden aangewend voor de personele ondersteuning (data "
    "stewards en ICT-profielen) van het Open Science beleid binnen de instellingen vertegenwoordigd in de Flemish Open "
    "Science Board (FOSB). Ze keurt het daarbijhorende subsidiebesluit goed. In totaal gaat het om 4,725 miljoen euro.\n")


def test_a_board_is_a_committee_and_a_title_still_names_the_grants_of_its_year_beside_it():
    # "board" is the English word for a committee; the board the body names in passing (no money, not in the title)
    # does not take away the grants of the year the title names ("Open Science beleid: subsidies 2023")
    found = _found(OPEN_SCIENCE)
    assert "Flemish Open Science Board" in found, sorted(found)
    assert "Open Science beleid" in found, sorted(found)


def test_a_scoreboard_is_no_board():
    # the Flemish coalition agreement 2019-2024 (tune set s24): a ranking, not a committee
    found = _found("We laten Vlaanderen doorstoten tot de top 5 van innovatieve kennisregio’s in Europa, zoals aanbevolen "
                   "door de Vlaamse Adviesraad Innoveren en Ondernemen (VARIO) en gedefinieerd in de Regional Innovation "
                   "Scoreboard van de EU (RIS).\n")
    assert not any("Scoreboard" in n for n in found), sorted(found)


def test_a_cluster_is_a_kind_of_initiative_and_a_list_goes_on_past_an_item_that_says_its_kind():
    # a Flemish Government decision (bench/corpus-s26, EFRO steun acht projecten): the list of projects the sentence
    # announces goes on past "'Entertainment Technology Cluster'", whose own word says its kind, to the next item
    found = _found("Het gaat om volgende projecten: 'Bio Base Advance' van Bio Base Europe Pilot Plant (518.000 euro); "
                   "'GAINS' van Universiteit Gent (6,48 miljoen euro); 'Innovation Cradle Leuven' van Innovation Cradle "
                   "Leuven (1 miljoen euro); 'Entertainment Technology Cluster' van Lab of Tomorrow (2,76 miljoen euro); "
                   "'Realisatie biomedisch gebouwencomplex op Health Campus Limburg' van Universiteit Hasselt (3 miljoen "
                   "euro) en 'PXL BusinessHUB' van PXL Hogeschool (2,75 miljoen euro).\n")
    assert {"Entertainment Technology Cluster", "Realisatie biomedisch gebouwencomplex op Health Campus Limburg",
            "PXL BusinessHUB"} <= set(found), sorted(found)
    assert "3 miljoen euro" in found["Realisatie biomedisch gebouwencomplex op Health Campus Limburg"].funding


def test_a_partner_of_an_initiative_is_a_body_whatever_its_kind_word():
    # a Flemish Government decision (bench/corpus-s29, EFRO GTI West-Vlaanderen): "De Blauwe Cluster" takes part in
    # Test@Sea, so it is one of the bodies the project is made of, not an initiative of its own
    found = _found("De Vlaamse Regering kent daarom aan POM (Provinciale Ontwikkelingsmaatschappij) West-Vlaanderen een "
                   "cofinanciering van 765.000 euro toe voor de uitvoering van het EFRO-project 1865: 'Test@Sea' en een "
                   "cofinanciering van 520.000 euro voor de uitvoering van het EFRO-project 1871: 'Vertiports'. "
                   "Test@Sea, een projectconsortium bestaande uit POM West- Vlaanderen, VLIZ, Sirris, VUB, UGent en De "
                   "Blauwe Cluster, schept voor de offshore energiesector de mogelijkheid om te kunnen blijven "
                   "innoveren.\n")
    assert "Test@Sea" in found and any("Blauwe Cluster" in p for p in found["Test@Sea"].partners), sorted(found)
    assert not any("Blauwe Cluster" in n for n in found), sorted(found)


def test_what_a_government_does_with_a_body_opens_no_name_unless_joined_by_en():
    from polkb.tag.initiatives.shapes import _clean

    # titles of Flemish Government decisions (bench/corpus-s29, bench/corpus-s28)
    assert _clean("Goedkeuring Steunpunt Wonen") == "Steunpunt Wonen"
    assert _clean("Erkenningsaanvraag Steunpunt voor Beleidsrelevant Onderzoek") == "Steunpunt voor Beleidsrelevant Onderzoek"
    # "Erkenning en financiering van een Steunpunt Werk (2021-2025)": joined by "en", the word is no lead word
    assert _clean("Erkenning en financiering van een Steunpunt Werk").startswith("Erkenning en financiering")


def test_a_quoted_name_a_grant_pays_for_is_a_project_named_before_its_colon():
    # bench/corpus-s32, the Digisprong decision: the quoted object of "subsidie toe voor" is what the grant pays for;
    # its name stands before the colon, its description after it
    from .conftest import initiatives_in_text

    text = ("Digisprong: subsidie actieplan versterking en internationalisering Vlaams EdTech ecosysteem\n\n"
            "In dit kader kent de Vlaamse Regering 1,82 miljoen euro subsidie toe voor ‘Digisprong: actieplan voor "
            "versterking en internationalisering van het Vlaams EdTech ecosysteem’. Itec en Hangar K in Kortrijk "
            "bundelen hierin de krachten om het ecosysteem in Vlaanderen rond Educational Technology te versterken.\n")
    found = initiatives_in_text(text)
    assert "Digisprong" in found, list(found)
    assert found["Digisprong"].funding == ["1,82 miljoen euro"], found["Digisprong"].funding


def test_a_kind_of_document_said_with_an_everyday_word_is_no_name():
    # bench/corpus-s41, the model PIB application: "zal door alle betrokken publieke en private partijen samen het
    # uiteindelijke ‘Plan van Aanpak’ worden ontwikkeld" - a plan of approach, not a plan of that name
    found = _found("Als de PIB aanvraag wordt goedgekeurd zal door alle betrokken publieke en private partijen samen het "
                   "uiteindelijke ‘Plan van Aanpak’ worden ontwikkeld. Beschrijf hier welke strategie u voorstelt te "
                   "volgen om de gestelde resultaten (en daarmee de doelstelling) te bereiken.")
    assert "Plan van Aanpak" not in found, sorted(found)


def test_a_plan_named_with_its_kind_before_or_after_is_one_record_but_plans_of_other_years_are_two():
    # "Actieplan E-leren" and "E-leren Actieplan" (bench/corpus-s43); "Plan Gebruikersondersteuning 1993 - 1995" and
    # "Programma Gebruikersondersteuning 1996 - 2005", one after the other (bench/corpus-s40)
    e_learning = [n for n in initiatives_in_bench("corpus-s43", "vlaamse-regering-beslissing-relance-actieplan-e-leren.txt")
                  if "e-leren" in n.lower()]
    assert len(e_learning) == 1, e_learning
    plans = [n for n in initiatives_in_bench("corpus-s40", "nl-venw-instelling-beleidscommissie-remote-sensing-1996.md")
             if "Gebruikersondersteuning" in n]
    assert len(plans) == 2, plans


def test_a_name_and_the_same_name_with_its_subtitle_are_one_record():
    # bench/corpus-s30: "… de uitvoering van het project FutureAdapt: ‘Future proof’ gewassen voor de Vlaamse landbouw"
    found = initiatives_in_bench("corpus-s30", "vlaamse-regering-beslissing-relance-subsidie-ilvo-futureadapt.txt")
    assert [n for n in found if n.startswith("FutureAdapt")] == ["FutureAdapt"], sorted(found)
    assert found["FutureAdapt"].funding == ["2 miljoen euro"]


def test_a_name_in_sentence_case_after_its_kind_word_runs_to_its_year():
    # bench/corpus-s40: "… tot het verlenen van mandaat aan het Nederlands Jeugdinstituut betreffende het programma
    # Stage en uitwisseling jongeren 2009"
    found = initiatives_in_bench("corpus-s40", "nl-os-mandaatbesluit-nji-programma-stage-en-uitwisseling-jongeren-2009.md")
    assert "programma Stage en uitwisseling jongeren 2009" in found, sorted(found)


def test_a_regulation_is_cited_by_its_own_long_title_and_a_staff_regulation_of_any_length_stays_administrative():
    # bench/corpus-s48: "Deze regeling wordt aangehaald als: Regeling versterking van salarismix leraren middelbaar
    # beroepsonderwijs in de Randstadregio’s." Ten words and an apostrophe: the regulation says this is its name
    found = initiatives_in_bench("corpus-s48", "nl-ocw-regeling-versterking-salarismix-leraren-mbo-randstadregios-2009.md")
    scheme = found.get("Regeling versterking van salarismix leraren middelbaar beroepsonderwijs in de Randstadregio’s")
    assert scheme is not None and "€ 43,2 miljoen" in scheme.funding
    # a regulation on staff's legal position, cited as long, says how something is run: no initiative
    found = _found("Deze regeling wordt aangehaald als: Rechtspositieregeling assistenten in opleiding en "
                   "akademie-onderzoekers bij de rijksonderzoekinstituten.\n")
    assert not any(n.startswith("Rechtspositieregeling") for n in found)
