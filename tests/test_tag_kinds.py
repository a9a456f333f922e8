"""Document kinds and metadata pinned on real corpus documents of every kind."""
import datetime
from functools import lru_cache
from pathlib import Path

import pytest

from polkb.model import DatedEvent, DocumentInfo, Person
from polkb.read import read_file
from polkb.structure import build_document, cut_passages
from polkb.tag.kinds import apply_sidecar, detect_info, find_dates, parse_members, split_signatures, title_case_name

CORPUS = Path(__file__).parent.parent / "corpus"


@lru_cache(maxsize=None)
def info_of(name) -> DocumentInfo:
    path = CORPUS / name
    doc = build_document(path.name, "0" * 64, read_file(path))
    return detect_info(doc, cut_passages(doc))


def people(persons):
    return [(p.name, p.role, p.party, p.portfolio) for p in persons]


def test_kamervragen_inclusie_diversiteit():
    info = info_of("tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf")
    assert info.kind == "written_question"
    assert info.kind_evidence == "Aanhangsel van de Handelingen"
    assert people(info.askers) == [("Van Zanten", "lid", "BBB", "")]
    assert people(info.addressees) == [("", "staatssecretaris", "", "Onderwijs, Cultuur en Wetenschap")]
    assert people(info.answered_by) == [("Gräper-van Koolwijk", "staatssecretaris", "",
                                         "Onderwijs, Cultuur en Wetenschap")]
    # "Wanneer werden de Kamervragen over inclusie en diversiteit in cultuursubsidies ingezonden?"
    assert DatedEvent("ingezonden", "2024-03-07") in info.dates
    assert DatedEvent("ontvangen", "2024-04-05") in info.dates
    assert info.year == 2024
    assert info.organisation == "Tweede Kamer"
    assert info.title.startswith("Vragen van het lid Van Zanten over de reactie op de motie")
    assert info.dossier == ""  # Kamerstuk numbers in the footnotes belong to other documents
    assert info.language == "nl"


def test_kamervragen_regenboog_two_askers():
    info = info_of("tk-kamervragen-2024-ocw-regenboogbeleid-provincie-friesland.pdf")
    assert info.kind == "written_question"
    assert people(info.askers) == [("Mutluer", "lid", "GroenLinks-PvdA", ""), ("Kostić", "lid", "PvdD", "")]  # the PDF writes "Kostic´"
    assert people(info.addressees) == [("", "minister", "", "Onderwijs, Cultuur en Wetenschap")]
    assert people(info.answered_by) == [("Dijkgraaf", "minister", "", "Onderwijs, Cultuur en Wetenschap")]
    assert info.dates == [DatedEvent("ingezonden", "2024-03-06"), DatedEvent("ontvangen", "2024-03-25")]
    assert info.title.startswith("Vragen van de leden Mutluer en Kostić over het bericht «Kritiek op besluit")


def test_seed_000_flemish_question_without_headers():
    info = info_of("000_1f330cebb3caba7e.txt")
    assert info.kind == "written_question"
    assert "numbered questions followed by numbered answers" in info.kind_evidence
    assert info.title == ("Hogeronderwijsinstellingen - Initiatieven ten aanzien van studenten met een "
                          "migratieachtergrond")


@pytest.mark.parametrize("name, askers, date, number, dossier", [
    ("tk-motie-van-der-woude-van-der-graaf-stayrate-internationale-afgestudeerden.txt",
     ["Van der Woude", "Van der Graaf"], "2023-01-31", "kst-31288-1013", "31 288"),
    ("tk-motie-peters-van-der-woude-selectieprocedures-hoger-onderwijs.txt",
     ["Peters", "Van der Woude"], "2023-01-24", "kst-35765-16", "35 765"),
    ("tk-motie-2023-westerveld-van-meenen-collegegeld-vluchtelingstudenten.txt",
     ["Westerveld", "Van Meenen"], "2023-02-01", "kst-34334-26", "34 334"),
    ("tk-motie-omtzigt-bestuursakkoord-buitenlandse-studenten.txt",   # "C.S.": the signatures list all
     ["Omtzigt", "De Hoop", "Bisschop", "Eerdmans", "Kwint", "Beertema"], "2023-01-31", "kst-31288-1007",
     "31 288"),
    ("tk-motie-westerveld-de-hoop-studenten-long-covid-financiele-problemen.txt",
     ["Westerveld", "De Hoop"], "2023-02-01", "kst-36200-VIII-195", "36 200 VIII"),
])
def test_motions(name, askers, date, number, dossier):
    info = info_of(name)
    assert info.kind == "motion"
    assert info.kind_evidence.startswith("MOTIE VAN")
    assert [p.name for p in info.askers] == askers
    assert DatedEvent("voorgesteld", date) in info.dates
    assert info.number == number and info.dossier == dossier
    assert info.organisation == "Tweede Kamer"
    assert info.year == int(date[:4])


@pytest.mark.parametrize("corpus, name, askers, date", [
    ("corpus-s31", "tk-motie-2024-piri-studiebeurzen-belarussische-studenten.txt", ["Piri"], "2024-02-14"),
    ("corpus-s34", "tk-motie-2023-palland-energietoeslag-gemeenten.txt", ["Palland"], "2023-02-15"),
])
def test_a_motion_page_that_opens_with_its_date_is_tabled_that_day(corpus, name, askers, date):
    """The Tweede Kamer's motion pages (bench/corpus-s31, -s34) open with the day the motion was
    tabled on a line of its own ("14 februari 2024", then "36410-V-54") and say no "Voorgesteld";
    the heading's members in capitals ("MOTIE VAN HET LID PIRI C.S.") run on into the debate the
    page is of ("Plenair debat (wetgeving) - Begroting …"), which names no member."""
    path = Path(__file__).parent.parent / "bench" / corpus / name
    doc = build_document(path.name, "0" * 64, read_file(path))
    info = detect_info(doc, cut_passages(doc))
    assert info.kind == "motion"
    assert [p.name for p in info.askers] == askers
    assert DatedEvent("voorgesteld", date) in info.dates


def test_a_page_of_votes_on_several_motions_is_no_motion():
    """The Tweede Kamer's page of votes on the copyright contract law (bench/corpus-s22) lists the motions of Helder,
    Verhoeven and Jasper van Dijk: read as one motion, Helder's, its record answered "who submitted the amended
    motion on …" with Helder, whoever moved the motion asked about."""
    path = Path(__file__).parent.parent / "bench" / "corpus-s22" / "tk-stemmingen-2015-moties-wet-auteurscontractenrecht-filler.html"
    doc = build_document(path.name, "0" * 64, read_file(path))
    info = detect_info(doc, cut_passages(doc))
    assert info.kind != "motion" and info.askers == []


def test_motion_title_names_submitters_and_dossier():
    info = info_of("tk-motie-van-der-woude-van-der-graaf-stayrate-internationale-afgestudeerden.txt")
    assert info.title == ("Motie van de leden Van der Woude en Van der Graaf: "
                          "Hoger Onderwijs-, Onderzoek- en Wetenschapsbeleid")


@pytest.mark.parametrize("name, evidence, title", [
    ("vlaamse-regering-beslissing-vluhr-subsidie-stem-didactiek.txt", "Ontwerpbesluit",
     "Vlaamse Universiteiten en Hogescholen Raad (VLUHR): subsidie ondersteunen STEM-didactiek"),
    ("vlaamse-regering-beslissing-equivalentievoorwaarde-anderstalige-opleidingen-universiteiten.txt",
     "De Vlaamse Regering geeft", None),
    ("vlaamse-regering-beslissing-taalregeling-hoger-onderwijs-anderstalige-opleidingen.txt",
     "neemt de Vlaamse Regering", None),
    ("vlaamse-regering-beslissing-vlir-beheersovereenkomst-ijkingstoetsen.txt", "Ontwerp van beheersovereenkomst",
     "Beheersovereenkomst met Vlaamse Interuniversitaire Raad over ijkingstoetsen"),
])
def test_flemish_government_decisions(name, evidence, title):
    info = info_of(name)
    assert info.kind == "government_decision"
    assert info.kind_evidence == evidence
    assert info.organisation == "Vlaamse Regering"
    if title:
        assert info.title == title


def test_decision_does_not_take_the_date_of_the_act_it_amends():
    info = info_of("vlaamse-regering-beslissing-ugent-grensoverschrijdend-gedrag.txt")
    assert info.kind == "government_decision"
    assert info.dates == []  # "bijzonder decreet van 26 juni 1991" is the amended act


@pytest.mark.parametrize("name, date, number", [
    ("nl-besluit-experiment-bindend-studieadvies.md", "2013-07-15", ""),
    ("nl-ocw-regeling-aanmelding-en-toelating-hoger-onderwijs.md", "2014-04-03", "540459"),
    ("nl-ocw-subsidieregeling-huygens-scholarship-programme-internationale-studenten.md", "2006-03-23",
     "HO/BL/2006/8594"),
    ("nl-wet-op-het-hoger-onderwijs-en-wetenschappelijk-onderzoek-whw.md", "1992-10-08", ""),
])
def test_regulations(name, date, number):
    info = info_of(name)
    assert info.kind == "regulation"
    assert info.dates[0] == DatedEvent("besluit", date)
    assert info.number == number
    assert info.year == int(date[:4])


def test_regulation_issuer_and_body_cues():
    assert info_of("nl-ocw-regeling-aanmelding-en-toelating-hoger-onderwijs.md").organisation == "Ministerie van OCW"
    info = info_of("nl-ocw-beleidsregel-kopopleidingen-hbo.md")  # no dated title: recognised by its body
    assert info.kind == "regulation" and "Artikel 1" in info.kind_evidence


def test_seed_002_slide_deck():
    info = info_of("002_1ddd43df3bba29b1.txt")
    assert info.kind == "slide_deck"
    assert info.kind_evidence == "Dank voor uw aandacht"
    assert info.title == "Doelstellingen STEM-actieplan"


@pytest.mark.parametrize("name, org", [
    ("004_218249a6f8eb53c6.txt", ""),
    ("003_3a0853e1a7bdcf7c.txt", "UNL"),
    ("001_2a1730af8d77decd.txt", "VLIR"),
])
def test_seed_web_pages(name, org):
    info = info_of(name)
    assert info.kind == "web_page"
    assert info.kind_evidence
    assert info.organisation == org


def test_seed_004_web_page_evidence_and_title():
    info = info_of("004_218249a6f8eb53c6.txt")
    assert "Meer informatie" in info.kind_evidence
    assert info.title == "Verbondenheid en succes verbeteren van studenten met migrantenachtergrond"


def test_action_plans_and_frameworks():
    info = info_of("vlaamse-regering-regeerakkoord-2019-2024-hoger-en-volwassenenonderwijs.txt")
    assert info.kind == "action_plan" and info.organisation == "Vlaamse Regering"
    assert info_of("nl-nvao-toetsingskader-nieuwe-opleidingen-hoger-onderwijs.md").kind == "action_plan"


def test_find_dates_roles_and_forms():
    text = ("Vragen van het lid X (ingezonden 7 maart 2024). Antwoord (ontvangen 2024-04-05). "
            "Voorgesteld 1 februari 2023. Gepubliceerd in maart 2022. Op 3 mei 2020 gebeurde iets.")
    assert find_dates(text) == [DatedEvent("ingezonden", "2024-03-07"), DatedEvent("ontvangen", "2024-04-05"),
                                DatedEvent("voorgesteld", "2023-02-01"), DatedEvent("publicatie", "2022-03")]


def test_names():
    assert title_case_name("VAN DER WOUDE") == "Van der Woude"
    assert title_case_name("FABER-VAN DE KLASHORST") == "Faber-van de Klashorst"
    assert split_signatures("Omtzigt De Hoop Bisschop Van der Graaf") == ["Omtzigt", "De Hoop", "Bisschop",
                                                                          "Van der Graaf"]
    assert people(parse_members("Van Eijk en Aartsen (beiden VVD)")) == [("Van Eijk", "lid", "VVD", ""),
                                                                         ("Aartsen", "lid", "VVD", "")]
    assert [p.party for p in parse_members("Sneller (D66), Chakor (GroenLinks-PvdA) en Van Nispen (SP)")] == \
        ["D66", "GroenLinks-PvdA", "SP"]


def test_sidecar_wins_over_detection():
    info = info_of("004_218249a6f8eb53c6.txt")
    out = apply_sidecar(info, {"kind": "project_report", "title": "IBelong", "date": datetime.date(2022, 5, 1),
                               "organisation": "Nuffic", "url": "https://example.org/ibelong"})
    assert (out.kind, out.kind_evidence, out.title, out.organisation, out.source_url) == \
        ("project_report", "sidecar", "IBelong", "Nuffic", "https://example.org/ibelong")
    assert out.dates[0] == DatedEvent("publicatie", "2022-05-01") and out.year == 2022
    assert info.kind == "web_page"  # the detected record itself is left alone
    assert apply_sidecar(info, {"date": "15 december 2023"}).dates[0].date == "2023-12-15"
    assert apply_sidecar(info, {}) is info


def test_persons_are_model_persons():
    info = info_of("tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf")
    assert all(isinstance(p, Person) for p in info.askers + info.addressees + info.answered_by)


def test_vlaams_parlement_header_layout():
    """The layout of a Vlaams Parlement written question (header lines, then numbered Q and A)."""
    from polkb.model import Block, ReadResult
    from polkb.tag.qa import find_qa_pairs
    lines = ["SCHRIFTELIJKE VRAAG", "nr. 412", "van KOEN DAENIS", "datum: 7 februari 2024", "aan BEN WEYTS",
             "VLAAMS MINISTER VAN ONDERWIJS, SPORT, DIERENWELZIJN EN VLAAMSE RAND",
             "Studenten met een migratieachtergrond", "1. Hoeveel studenten zijn er?",
             "2. Welke initiatieven bestaan er?", "ANTWOORD", "op vraag nr. 412 van 7 februari 2024 van KOEN DAENIS",
             "1. Er zijn er 2100.", "2. Zie antwoord 1."]
    doc = build_document("vp.txt", "0" * 64, ReadResult("text", [Block(t) for t in lines]))
    passages = cut_passages(doc)
    info = detect_info(doc, passages)
    assert (info.kind, info.number, info.organisation, info.title) == \
        ("written_question", "412", "Vlaams Parlement", "Studenten met een migratieachtergrond")
    assert people(info.askers) == [("Koen Daenis", "Vlaams volksvertegenwoordiger", "", "")]
    assert people(info.addressees) == [("Ben Weyts", "Vlaams minister", "",
                                        "Onderwijs, Sport, Dierenwelzijn en Vlaamse Rand")]
    assert info.dates == [DatedEvent("ingezonden", "2024-02-07")]
    pairs = find_qa_pairs(doc, passages)
    assert [(p.number, p.question, p.refers_to) for p in pairs] == [
        ("1", "Hoeveel studenten zijn er?", ""), ("2", "Welke initiatieven bestaan er?", "1")]


def test_a_ministry_answer_letter_is_read_as_written_questions():
    """The Word letter a ministry sends back ("Antwoorden van de minister van Justitie en Veiligheid
    op Kamervragen van de leden Lahlah en Chakor (GroenLinks-PvdA) over …", "In antwoord op uw brief
    van 8 maart 2024", letterhead "Datum | 16 mei 2024", signed "D. Yeşilgöz-Zegerius"): askers,
    answering minister, and the letter's date as the answer's (bench/corpus-s13)."""
    path = Path(__file__).parent.parent / "bench" / "corpus-s13" / "tk-kamervragen-2024-jenv-religieuze-uitingen-boas-filler.docx"
    doc = build_document(path.name, "0" * 64, read_file(path))
    info = detect_info(doc, cut_passages(doc))
    assert info.kind == "written_question"
    assert [(p.name, p.party) for p in info.askers] == [("Lahlah", "GroenLinks-PvdA"), ("Chakor", "GroenLinks-PvdA")]
    assert [(p.name, p.role, p.portfolio) for p in info.answered_by] == [
        ("D. Yeşilgöz-Zegerius", "minister", "Justitie en Veiligheid")]
    assert DatedEvent("ingezonden", "2024-03-08") in info.dates and DatedEvent("ontvangen", "2024-05-16") in info.dates
    assert info.title.startswith("Vragen van de leden Lahlah en Chakor over verbieden van hoofddoekjes")


BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_a_closing_formula_dates_a_treaty_that_names_no_date_before():
    # bench/corpus-s37: the 2003 Dutch-Flemish accreditation treaty says its date only in
    # "GEDAAN te Den Haag, op 3 september 2003, in tweevoud."
    path = BENCH / "corpus-s37" / "nl-verdrag-nederland-vlaanderen-accreditatie-hoger-onderwijs.md"
    doc = build_document(path.name, "0" * 64, read_file(path))
    info = detect_info(doc, cut_passages(doc))
    assert DatedEvent("besluit", "2003-09-03") in info.dates and info.year == 2003


def test_a_treaty_dated_in_words_or_by_its_day_of_the_month_has_that_date():
    # bench/corpus-s39: the 1969 European agreement on scholarships abroad closes "DONE at Paris, this 12th
    # day of December 1969" and "GEDAAN te Parijs, de twaalfde december 1969"
    path = BENCH / "corpus-s39" / "nl-verdrag-raad-van-europa-1969-doorbetaling-studietoelagen-buitenland.md"
    doc = build_document(path.name, "0" * 64, read_file(path))
    info = detect_info(doc, cut_passages(doc))
    assert DatedEvent("besluit", "1969-12-12") in info.dates and info.year == 1969


@pytest.mark.parametrize("formula, iso", [
    ("have signed this Agreement.DONE at Paris, this 12th day of December 1969, in English and French", "1969-12-12"),
    ("DONE at Strasbourg, this 1st day of March, 1987, in English", "1987-03-01"),
    ("hebben ondertekend. GEDAAN te Parijs, de twaalfde december 1969, in de Engelse", "1969-12-12"),
    ("Gegeven te 's-Gravenhage, de eenendertigste mei 2001", "2001-05-31"),
])
def test_closing_formulas_with_a_day_in_words(formula, iso):
    from polkb.tag.kinds import _signed

    assert _signed(formula) == DatedEvent("besluit", iso)


def test_a_news_items_front_matter_date_gives_its_year():
    # bench/corpus-s37: a NOS item kept as a Jekyll post ("date: Mon, 20 May 2019 04:34:14 +0200")
    path = BENCH / "corpus-s37" / "nos-2019-iso-lsr-renteverhoging-studieschuld-verdrag.md"
    doc = build_document(path.name, "0" * 64, read_file(path))
    info = detect_info(doc, cut_passages(doc))
    assert info.dates[0] == DatedEvent("publicatie", "2019-05-20") and info.year == 2019
    assert apply_sidecar(info, {"date": "2022-05-11T19:16:41.067Z"}).dates[0].date == "2022-05-11"


def test_a_regulation_signed_with_its_place_and_day_alone_has_that_date(tmp_path):
    # bench/corpus-s44: the 1985 regulation on part-time teacher training gives its date only under its last article,
    # "Zoetermeer\n30 mei 1985" above the minister's name; the day of an advice in its preamble ("advies van 6
    # september 1984") is not its date
    path = BENCH / "corpus-s44" / "nl-ocw-regeling-inrichting-deeltijdopleidingen-leraren-vo-algemene-vakken-1985.md"
    doc = build_document(path.name, "0" * 64, read_file(path))
    info = detect_info(doc, cut_passages(doc))
    assert DatedEvent("besluit", "1985-05-30", "Zoetermeer") in info.dates and info.year == 1985
    # … and a letter's place and day are its sending date, which this rule does not read
    path = tmp_path / "brief.txt"
    path.write_text("Geachte voorzitter,\n\nHierbij stuur ik u de stukken.\n\nDen Haag 3 mei 2020\n\nDe minister\n",
                    encoding="utf-8")
    letter = build_document(path.name, "0" * 64, read_file(path))
    assert not any(d.role == "besluit" for d in detect_info(letter, cut_passages(letter)).dates)
