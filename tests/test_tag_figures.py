"""Figures: the seeds' amounts, percentages, counts and ratios, normalised, with what they are about;
and the things that look like numbers but are not figures (years, dates, articles, dossiers)."""
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from polkb.read import read_file
from polkb.structure import build_document, cut_passages
from polkb.tag.figures import figures_in_text, find_figures, parse_number

CORPUS = Path(__file__).parent.parent / "corpus"


def _figures(name):
    path = CORPUS / name
    doc = build_document(path.name, "0" * 64, read_file(path))
    passages = cut_passages(doc)
    return doc, passages, find_figures(doc, passages)


def _one(figs, text):
    hits = [f for f in figs if f.text == text]
    assert hits, f"{text!r} not in {[f.text for f in figs]}"
    return hits[0]


def test_seed_004_ibelong_counts():
    doc, passages, figs = _figures("004_218249a6f8eb53c6.txt")
    counts = {(f.value, f.noun) for f in figs if f.unit == "count"}
    for value, noun in [(5, "instellingen"), (11, "opleidingsprogramma's"), (2100, "studenten"),
                        (208, "personeelsleden"), (73, "mentoren")]:
        assert (value, noun) in counts
    f = _one(figs, "2100 studenten")
    assert "#IBelong" in f.about
    assert f.passage_id in {p.id for p in passages}


def test_seed_003_amounts():
    _, _, figs = _figures("003_3a0853e1a7bdcf7c.txt")
    f = _one(figs, "€ 1,5 mln.")
    assert (f.value, f.unit) == (1_500_000, "EUR")
    assert "Comeniusprogramma" not in f.about or "beschikbaar" in f.about
    g = _one(figs, "één miljoen")
    assert (g.value, g.unit) == (1_000_000, "EUR")
    assert "gereserveerd" in g.about


def test_seed_000_percentage():
    _, _, figs = _figures("000_1f330cebb3caba7e.txt")
    f = _one(figs, "12 procent")
    assert (f.value, f.unit) == (12, "%")
    assert "migratieachtergrond" in f.about
    # "Vraag 1 … 3." numbering and "vraag 2" are not figures
    assert not any(f.value in (1, 2, 3) and f.unit == "count" and f.noun == "" for f in figs)


def test_seed_001_ratio_range_and_duration():
    _, _, figs = _figures("001_2a1730af8d77decd.txt")
    r = _one(figs, "2,6 tot 3,3 keer")
    assert (r.value, r.value_to, r.unit) == (2.6, 3.3, "ratio")
    w = _one(figs, "10 weken")
    assert (w.value, w.unit, w.qualifier) == (10, "weeks", "minstens")
    per = _one(figs, "€ 465 – € 613")
    assert (per.value, per.value_to, per.unit) == (465, 613, "EUR")
    big = [f for f in figs if f.unit == "EUR" and f.value == 3_072_000_000]
    assert big and big[0].value_to == 4_408_000_000
    # years (2003, 2008, 2019, 2020-2024) and dates (24 oktober 2019) are not figures
    assert not any(1900 <= f.value <= 2100 and f.unit != "count" for f in figs)


def test_seed_002_slide_percentages_carry_their_slide():
    _, _, figs = _figures("002_1ddd43df3bba29b1.txt")
    f = _one(figs, "16%")
    assert f.qualifier == "net geen"
    assert "Technisch Secundair onderwijs (TSO)" in f.about and "meisjes" in f.about
    k = _one(figs, "61,08%")
    assert "KSO" in k.about and "meisjes" in k.about
    assert _one(figs, "34,23%").value == 34.23
    assert _one(figs, "1 op 4").value == 25
    third = _one(figs, "een derde")
    assert third.qualifier == "minstens" and third.value == pytest.approx(33.33, abs=0.01)
    assert _one(figs, "48%").qualifier == "meer dan"
    # "STEM-actieplan 2012-2020", "3e graad", "advies 2013" are no figures
    assert not any(f.value in (2012, 2013, 2020, 3) for f in figs if f.unit != "%")


def test_flemish_decision_amount_with_recipient():
    _, _, figs = _figures("vlaamse-regering-beslissing-vluhr-subsidie-stem-didactiek.txt")
    f = _one(figs, "2.200.000 euro")
    assert (f.value, f.unit, f.qualifier) == (2_200_000, "EUR", "maximaal")
    assert f.recipient in ("VLUHR", "Vlaamse Universiteiten en Hogescholen Raad")
    g = _one(figs, "2,2 miljoen euro")
    assert g.value == 2_200_000 and g.recipient == "Vlaamse Universiteiten en Hogescholen Raad"


def test_non_figures_are_skipped():
    text = ("Zie artikel 7.3 van de wet en Kamerstuk 31 288, nr. 1008 van 24 oktober 2019. "
            "Bel 070-1234567. In 2018 is het plan voor 2023-2030 bekrachtigd. Vraag 2 en pagina 15.")
    assert figures_in_text(text) == []


@pytest.mark.parametrize("text,value,unit", [
    ("EUR 250.000", 250_000, "EUR"),
    ("€1,5 miljoen", 1_500_000, "EUR"),
    ("1 miljard euro", 1e9, "EUR"),
    ("500 duizend euro", 500_000, "EUR"),
    ("4,78 miljoen euro", 4_780_000, "EUR"),
    ("12 procent", 12, "%"),
    ("34,23%", 34.23, "%"),
    ("vijfentwintig studenten", 25, "count"),
    ("zeventig Canadese studenten", 70, "count"),  # a capitalised adjective of a country before the noun
    ("12 Vlaamse hogescholen", 12, "count"),
    ("een tweetal voorbeeld-charters", 2, "count"),  # a collective numeral: about two (bench/corpus-s42)
    ("een zestal leden", 6, "count"),
])
def test_formats(text, value, unit):
    figs = figures_in_text(f"Het gaat om {text} voor het project.")
    assert figs and figs[0].value == pytest.approx(value) and figs[0].unit == unit


def _dutch(x: float, decimals: int) -> str:
    whole, _, frac = f"{x:,.{decimals}f}".partition(".")
    return whole.replace(",", ".") + ("," + frac if frac else "")


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=3))
def test_parse_number_round_trip(n, decimals):
    x = n / 10**decimals
    text = _dutch(x, decimals)
    assert parse_number(text) == pytest.approx(round(x, decimals))


def test_whole_corpus_runs():
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in (".txt", ".md", ".pdf"):
            doc = build_document(path.name, "0" * 64, read_file(path))
            for f in find_figures(doc, cut_passages(doc)):
                assert f.unit and f.text and f.passage_id


def _units(text):
    return [(f.text, f.value, f.unit) for f in figures_in_text(text)]


def test_one_as_article_before_a_duration():
    assert _units("De studieduur van één jaar (60 ETCS); een tranche is een subsidieperiode van een jaar.") == [
        ("één jaar", 1, "years"), ("60 ETCS", 60, "ECTS"), ("een jaar", 1, "years")]
    assert _units("Een student kreeg een boek.") == []


def test_study_credits():
    assert _units("Een minor van 30 EC, een master van 60 studiepunten en 180 ECTS.") == [
        ("30 EC", 30, "ECTS"), ("60 studiepunten", 60, "ECTS"), ("180 ECTS", 180, "ECTS")]


def test_scales_grades_and_points():
    figs = figures_in_text("De elementen worden gescoord op een 10-puntschaal. In totaal kan een aanvraag "
                           "maximaal 40 punten behalen. Op elk van de vier onderdelen moet minimaal een 6 "
                           "gescoord worden.")
    got = [(f.text, f.value, f.unit, f.qualifier) for f in figs]
    assert got == [("10-puntschaal", 10, "points", ""), ("40 punten", 40, "points", "maximaal"),
                   ("vier onderdelen", 4, "count", ""), ("een 6", 6, "points", "minimaal")]
    # without a mark or score in the sentence "een 6" is not a grade
    assert _units("Er kwamen een 6 studenten.") == [("6 studenten", 6, "count")]


def test_table_rows_give_counts():
    text = ("Grond Meldingen in 2021 Meldingen in 2022 Meldingen in 2023\n\n"
            "Geslacht(Trans) 2 3 6\n\nSeksuele gerichtheid 10 14 34\n\nTOTAAL 12 17 40")
    figs = figures_in_text(text)
    assert [(f.value, f.unit) for f in figs] == [(v, "count") for v in (2, 3, 6, 10, 14, 34, 12, 17, 40)]
    assert figs[3].noun == "Seksuele gerichtheid"
    assert [(f.text, f.noun) for f in figures_in_text("Instelling | Type | 12 | 1.250")] == [
        ("12", "Instelling Type"), ("1.250", "Instelling Type")]
    # a contents entry (title and a page number split in two), a dossier number, a year header
    assert figures_in_text("VLAANDEREN KIJKT VOORUIT 10 2\n\nKamerstuk 36 410\n\nJaar 2021 2022 2023") == []


def test_procedure_times_are_no_policy_figures_but_a_stay_is():
    _, _, figs = _figures("nl-ocw-subsidieregeling-flexibel-hoger-onderwijs-volwassenen.md")
    assert not any(f.text == "13 weken" for f in figs)  # "binnen 13 weken na ontvangst van de aanvraag"
    _, _, figs = _figures("001_2a1730af8d77decd.txt")
    assert any(f.text == "10 weken" and f.qualifier == "minstens" for f in figs)  # how long guest professors stay


def test_in_acht_nemen_is_no_eight():
    # the WHW: "… dat de desbetreffende instelling in acht neemt hetgeen bij of krachtens deze wet …"
    _, _, figs = _figures("nl-wet-op-het-hoger-onderwijs-en-wetenschappelijk-onderzoek-whw.md")
    assert not any(f.value == 8 and f.text.lower().startswith("acht ") and "in acht" in f.about for f in figs)
    from polkb.tag.figures import figures_in_text

    assert not figures_in_text("De instelling neemt de termijnen van het eerste lid in acht ten aanzien van studenten.")


def test_chart_axis_ticks_are_no_figures():
    from polkb.model import Passage
    from polkb.tag.figures import find_figures

    text = "Aandeel meisjes per onderwijsvorm\n0% 10% 20% 30% 40% 50%\nIn het TSO is het aandeel meisjes 16%."
    figs = find_figures(None, [Passage(id="p", doc_id="d", seq=0, text=text)])
    assert [f.text for f in figs] == ["16%"]


def test_figures_about_a_query_have_a_relevance_floor(kb):
    rows = kb.figures("meisjes STEM")
    assert len(rows) >= 5
    # every figure kept is about girls; the shares of girls per school type are all there
    assert all("meisjes" in (r.figure.about + r.figure.noun).lower() for r in rows)
    assert {"16%", "24%", "61,08%"} <= {r.figure.text for r in rows}


def test_unit_takes_the_spellings_an_officer_types(kb, corpus_index):
    from .conftest import invoke

    percent = [r.figure.text for r in kb.figures(unit="%")]
    assert percent and percent == [r.figure.text for r in kb.figures(unit="procent")] \
        == [r.figure.text for r in kb.figures(unit="percent")]
    assert [r.figure.text for r in kb.figures(unit="euro")] == [r.figure.text for r in kb.figures(unit="EUR")]
    result = invoke("figures", "--unit", "furlongs", index=corpus_index)
    assert result.exit_code == 2 and "unknown unit 'furlongs'" in result.output and "procent" in result.output


def test_counted_nouns_with_an_abbreviation_a_third_party_and_parts_of_a_text():
    # sentences of realcorpus documents (parliamentary answers on WIA assessments, an OCW notitie, a motion)
    def found(text):
        return [(f.value, f.unit, f.noun) for f in figures_in_text(text)]

    assert found("Deze selectie vormt geen afspiegeling van de totale 12.000 WIA-beoordelingen van mensen.") == \
        [(12000.0, "count", "WIA-beoordelingen")]
    assert found("UWV heeft in 2023 14.000 meer WIA-claimbeoordelingen kunnen doen dan in 2022.") == \
        [(14000.0, "count", "WIA-claimbeoordelingen")]
    assert found("Instellingen ontwikkelen trajecten waarbij een derde - een externe organisatie - een bijdrage "
                 "betaalt.") == []
    assert found("Een derde van de studenten stopt.") == [(33.33, "%", "")]
    assert found("verzoekt de regering normen te ontwikkelen voor de invulling van deze twee artikelen;") == []


def test_a_rulings_own_credits_marks_and_idioms_are_no_policy_figures():
    # sentences of a ruling of the Raad voor betwistingen inzake studievoortgangsbeslissingen (bench/corpus-extra)
    from polkb.model import Passage

    text = ("In het academiejaar 2014-15 behaalde verzoeker credits ten belope van 34 studiepunten. "
            "Het betreft ‘De Cel: Moleculaire biologie en genetica’ (7 studiepunten). "
            "De Raad slaat acht op de stukken. Verzoekster voerde in een derde middel aan dat zij op 45 minuten "
            "vóór het inzagemoment geen antwoord had.\n\n"
            "Een student heeft bij de start een leerkrediet van 140 studiepunten. Een derde van de studenten slaagt.")
    figs = find_figures(None, [Passage(id="p", doc_id="d", seq=0, text=text)])
    assert [(f.value, f.unit) for f in figs] == [(140.0, "ECTS"), (33.33, "%")]


def test_half_a_year_is_a_duration():
    # the OCW notitie 'Helderheid in de bekostiging': "Het diploma levert een half jaar extra bekostiging op."
    assert [(f.value, f.unit) for f in figures_in_text("Het diploma levert een half jaar extra bekostiging op.")] == \
        [(0.5, "years")]
    assert [(f.value, f.unit) for f in figures_in_text("De opleiding duurt anderhalf jaar.")] == [(1.5, "years")]
    assert figures_in_text("Dat is half werk.") == []


def test_half_a_million_is_a_sum():
    """A Flemish decision grants "een half miljoen euro investeringssubsidie" (bench/corpus-s11):
    a half and one and a half before a scale word are numbers, as "twee miljoen euro" is."""
    found = [(f.text, f.unit, f.value) for f in figures_in_text(
        "In dit kader kent de Vlaamse Regering ook een half miljoen euro investeringssubsidie toe aan het VIB.")]
    assert found == [("een half miljoen euro", "EUR", 500000.0)]
    assert [(f.value, f.unit) for f in figures_in_text("anderhalf miljoen euro")] == [(1500000.0, "EUR")]
    assert [f.text for f in figures_in_text("een half jaar extra bekostiging")] == ["een half jaar"]
    assert figures_in_text("half maart") == []


def test_a_count_with_andere_between_number_and_noun():
    # the AWTI act: "een voorzitter en ten hoogste negen andere leden" counts nine members
    found = [(f.unit, f.value, f.noun) for f in figures_in_text(
        "2. De raad bestaat uit een voorzitter en ten hoogste negen andere leden.")]
    assert found == [("count", 9.0, "leden")]


def test_a_count_of_an_abbreviation_in_the_plural():
    """"Hoeveel UD's en UHD's werken aan Nederlandse universiteiten?": the Jonge Akademie's
    consultation (bench/corpus-s22) counts them as "6200 UDs"; a plural abbreviation, with or
    without an apostrophe, or an abbreviation that opens a compound, is a counted noun. A year
    before one is not a count."""
    text = (Path(__file__).resolve().parent.parent / "bench" / "corpus-s22"
            / "nl-jonge-akademie-raadpleging-onderzoeksfinanciering-2022.md").read_text(encoding="utf-8")
    sentence = next(line for line in text.splitlines() if "6200 UDs" in line)
    assert [(f.text, f.unit, f.noun) for f in figures_in_text(sentence)][:1] == [("6200 UDs", "count", "UDs")]
    assert [f.text for f in figures_in_text("Er zijn 14 NGO's en 12 PhD-studenten.")] == ["14 NGO's", "12 PhD-studenten"]
    assert figures_in_text("In 2019 NGOs en bedrijven samen.") == []


def test_a_year_before_a_sum_in_euro_is_no_money():
    """The Lerarenbeurs regulation (bench/corpus-s28) gives each year's ceiling as "voor het jaar 2015 € 11.200.000":
    the euro sign opens the sum after it; it is not the unit of the year before it."""
    text = (Path(__file__).resolve().parent.parent / "bench" / "corpus-s28"
            / "nl-ocw-regeling-lerarenbeurs-scholing-zij-instroom-2009-2017.md").read_text(encoding="utf-8")
    flat = " ".join(text.split())  # (the file wraps its lines and may hold a no-break space)
    at = flat.index("Het subsidieplafond voor subsidie zij-instroom bedraagt voor het jaar 2015")
    sentence = flat[at:flat.index(".", flat.index("11.200.000", at) + len("11.200.000"))]
    found = [(f.text, f.unit, f.value) for f in figures_in_text(sentence) if f.unit == "EUR"]
    assert found == [("€ 11.200.000", "EUR", 11200000.0)], found
    assert [(f.text, f.value) for f in figures_in_text("Het kost 5 € per stuk.")] == [("5 €", 5.0)]


def test_bounds_of_a_period_are_a_range_in_the_unit_after_the_upper_one():
    """The Huygens Scholarship regulation (corpus/) pays "voor een tijdvak van tenminste 6 en ten hoogste 24
    maanden": the lower bound takes the unit written after the upper one (alone, "6" was no figure)."""
    text = (Path(__file__).resolve().parent.parent / "corpus"
            / "nl-ocw-subsidieregeling-huygens-scholarship-programme-internationale-studenten.md").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if "tenminste 6 en ten hoogste 24 maanden" in x)
    found = [(f.text, f.unit, f.value, f.value_to, f.qualifier) for f in figures_in_text(line)]
    assert found == [("tenminste 6 en ten hoogste 24 maanden", "months", 6.0, 24.0, "")], found
    found = [(f.unit, f.value, f.value_to) for f in figures_in_text("een subsidie van minimaal 5 en maximaal 10 miljoen euro")]
    assert found == [("EUR", 5e6, 1e7)], found
    # "en" alone joins two numbers only after "tussen"
    assert [(f.value, f.value_to) for f in figures_in_text("minimaal 5 en 10 jaar")] == [(10.0, None)]


def test_a_word_ending_in_tal_is_no_number_unless_it_is_a_collective_numeral():
    assert figures_in_text("Het tweetalige onderwijs en het aantal studenten groeien.") == []


def test_a_sum_in_guilders_is_money():
    """Dutch texts before 2002 count in guilders: the 1991 act raising tuition fees (bench/corpus-s36) sets
    the fee per year as "wat het studiejaar 1991-1992 betreft f 1850". A part's letter before a number is
    no sum ("onderdeel f 3")."""
    text = (Path(__file__).resolve().parent.parent / "bench" / "corpus-s36"
            / "nl-wet-verhoging-collegegeld-compensatie-studiefinanciering-1991.md").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if "1991-1992 betreft f 1850" in x)
    assert [(f.text, f.unit, f.value) for f in figures_in_text(line)] == [("f 1850", "NLG", 1850.0)]
    assert [(f.unit, f.value) for f in figures_in_text("een vergoeding van ƒ 1.250,- per jaar")] == [("NLG", 1250.0)]
    assert [(f.unit, f.value) for f in figures_in_text("hfl 25 miljoen")] == [("NLG", 25_000_000.0)]
    assert not [f for f in figures_in_text("bedoeld in onderdeel f 3 van de bijlage") if f.unit == "NLG"]


def test_a_count_keeps_its_noun_past_an_adjective_in_brackets():
    """The Middelburg zoning plan (bench/corpus-s38): "Dit houdt in dat circa 350 (internationale) studenten
    behoefte hebben aan studenthuisvesting" counts students; the bracketed adjective stands aside."""
    figs = figures_in_text("Dit houdt in dat circa 350 (internationale) studenten behoefte hebben aan studenthuisvesting.")
    assert [(f.value, f.unit, f.noun) for f in figs] == [(350.0, "count", "studenten")]
