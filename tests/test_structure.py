"""Passages as a reader of search results meets them: whole, under their heading, right page."""
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from polkb.model import Block, ReadResult
from polkb.read import read_file
from polkb.structure import MAX_WORDS, build_document, cut_passages, detect_language


def passages_of(path: Path):
    doc = build_document(path.name, "0" * 64, read_file(path))
    return doc, cut_passages(doc)


def test_passages_cover_the_document_in_order_with_exact_offsets(corpus):
    for name in ("001_2a1730af8d77decd.txt", "nl-ocw-regeling-open-en-online-hoger-onderwijs.md",
                 "tk-kamervragen-2024-ocw-regenboogbeleid-provincie-friesland.pdf"):
        doc, passages = passages_of(corpus / name)
        assert passages
        for p in passages:
            assert doc.text[p.start:p.end] == p.text
            assert p.id.startswith(doc.id)
        assert [p.start for p in passages] == sorted(p.start for p in passages)
        covered = sum(len(p.text) for p in passages)
        assert covered >= 0.97 * len(doc.text.replace("\n\n", ""))


def test_passage_sizes_stay_readable(corpus):
    doc, passages = passages_of(corpus / "nl-wet-op-het-hoger-onderwijs-en-wetenschappelijk-onderzoek-whw.md")
    sizes = [len(p.text.split()) for p in passages]
    assert max(sizes) <= MAX_WORDS + 40  # headings ride along with their passage
    assert sum(s >= 40 for s in sizes) / len(sizes) > 0.8


def test_heading_travels_with_its_passage(corpus):
    _, passages = passages_of(corpus / "001_2a1730af8d77decd.txt")
    chairs = next(p for p in passages if "Peter Paul Rubens Chair" in p.text)
    assert "Vlaamse meesters blijven ambassadeurs" in chairs.heading
    # the list of chairs stays with the line that introduces it
    assert "Het gaat om:" in chairs.text


def test_pdf_passages_know_their_page(corpus):
    _, passages = passages_of(corpus / "tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf")
    assert passages[0].page == 1
    assert max(p.page for p in passages) >= 3


def test_english_section_is_detected(corpus):
    _, passages = passages_of(corpus / "001_2a1730af8d77decd.txt")
    langs = {p.lang for p in passages}
    assert langs == {"nl", "en"}
    assert detect_language("De minister antwoordt dat de universiteiten zelf hun beleid bepalen.") == "nl"


words = st.text(alphabet="abcdefghij klmnop", min_size=1, max_size=400)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(words, st.sampled_from(["paragraph", "heading", "list_item"])), min_size=1, max_size=40))
def test_passages_never_lose_or_invent_text(blocks):
    read = ReadResult("text", [Block(t, k, 2 if k == "heading" else 0) for t, k in blocks])
    doc = build_document("x.txt", "0" * 64, read)
    passages = cut_passages(doc)
    for p in passages:
        assert doc.text[p.start:p.end] == p.text
    joined = "".join(p.text for p in passages).replace(" ", "").replace("\n", "")
    assert joined == doc.text.replace(" ", "").replace("\n", "")


BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_a_title_names_the_document_not_its_front_matter():
    """The 2022 annual report of the Raad voor betwistingen opens with its contents and a
    "Voorwoord"; the 2007 one has "1" as its PDF /Title over a cover of two headings. Neither
    "Voorwoord" nor "1" tells a reader of a hit list which document it is: the cover's headings
    or the file name do."""
    path = BENCH / "corpus-extra" / "vl-raad-studievoortgangsbetwistingen-jaarverslag-2022.pdf"
    doc = build_document(path.name, "0" * 64, read_file(path))
    assert doc.title == "vl raad studievoortgangsbetwistingen jaarverslag 2022"
    path = BENCH / "corpus-s11" / "vl-raad-studievoortgangsbetwistingen-jaarverslag-2007.pdf"
    doc = build_document(path.name, "0" * 64, read_file(path))
    assert doc.title == "Raad voor betwistingen inzake studievoortgangsbeslissingen: Verslag over de werkzaamheden 2007"
    blocks = [Block("Inhoud", "heading", 1, 1), Block("Dit verslag blikt terug op 2021.", "paragraph", 0, 1)]
    doc = build_document("jaarverslag-2021.txt", "0" * 64, ReadResult("text", blocks, title="1"))
    assert doc.title == "jaarverslag 2021"


def test_a_cover_page_set_a_word_a_line_is_read_whole_with_its_year():
    """The 2010 annual report of the Raad voor betwistingen (bench/corpus-s34) sets its cover in large type,
    a word a heading, with the year on a line of its own: its first heading "RAAD" names no report, and
    the year is what tells it from the thirteen other reports of the series."""
    path = BENCH / "corpus-s34" / "vl-raad-studievoortgangsbetwistingen-jaarverslag-2010.pdf"
    doc = build_document(path.name, "0" * 64, read_file(path))
    assert doc.title == ("RAAD VOOR BETWISTINGEN INZAKE STUDIEVOORTGANGSBESLISSINGEN JAARVERSLAG "
                         "Verslag over de werkzaamheden 2010")
    # a cover gives its title up to the year: who made the document and for whom is not part of it
    lines = ["Onderwijs- en examenreglement", "Academiejaar 2023-2024", "Goedgekeurd door de Raad van Bestuur op 28 maart 2023"]
    blocks = [Block(t, "heading", 1, 1) for t in lines] + [Block("Artikel 1. Toepassingsgebied " * 5, "paragraph", 0, 2)]
    doc = build_document("oer.pdf", "0" * 64, ReadResult("pdf", blocks))
    assert doc.title == "Onderwijs- en examenreglement: Academiejaar 2023-2024"
    # no year on the cover: its first heading, as for any document
    blocks = [Block("Strategische agenda", "heading", 1, 1), Block("Hoger onderwijs", "heading", 1, 1),
              Block("Inleiding en aanleiding van deze agenda " * 4, "paragraph", 0, 2)]
    assert build_document("agenda.pdf", "0" * 64, ReadResult("pdf", blocks)).title == "Strategische agenda: Hoger onderwijs"


def test_a_zoning_plans_title_is_its_plans_name_not_its_first_chapter():
    """The zoning plans of ruimtelijkeplannen.nl (bench/corpus-s38), converted to Markdown with a blank line
    after every line, underline the plan's name with "====" a line further down; their first "###" heading
    is "Hoofdstuk 1 Inleiding", which four plans had as their title, and Breda's "Planteksten" is no title
    either."""
    titles = {}
    for name in ("nl-groningen-bestemmingsplan-zernike-campus.md", "nl-rotterdam-bestemmingsplan-kralingse-zoom.md",
                 "nl-breda-bestemmingsplan-studentenhuisvesting-beverweg.md"):
        path = BENCH / "corpus-s38" / name
        titles[name] = build_document(path.name, "0" * 64, read_file(path)).title
    assert titles["nl-groningen-bestemmingsplan-zernike-campus.md"] == "Bestemmingsplan Zernike Campus Groningen"
    assert titles["nl-rotterdam-bestemmingsplan-kralingse-zoom.md"] == "Kralingse Zoom"
    assert titles["nl-breda-bestemmingsplan-studentenhuisvesting-beverweg.md"] == \
        "nl breda bestemmingsplan studentenhuisvesting beverweg"


def test_a_letterhead_dateline_or_address_is_no_title():
    """A committee's list of decisions keeps its template's PDF /Title "Logo Den Haag, 2 november
    2007" and opens with the dateline "Den Haag, 27 maart 2015"; a ruling's first heading is its
    party's street address "Zenderstraat 5"; a questionnaire opens with "Introductie". None names
    its document: the file name does."""
    for folder, name in [("corpus-s14", "tk-besluitenlijst-emailprocedure-binnenlandse-zaken-2015-03-26-filler.pdf"),
                         ("corpus-extra", "vl-raad-studievoortgangsbetwistingen-arrest-8224-2023-studiebetwisting.pdf"),
                         ("corpus-s22", "nl-jonge-akademie-raadpleging-onderzoeksfinanciering-2022.md")]:
        doc = build_document(name, "0" * 64, read_file(BENCH / folder / name))
        assert doc.title == name.rsplit(".", 1)[0].replace("-", " ")


def test_a_pdf_title_its_pages_do_not_say_is_a_templates():
    """Den Helder's list of council decisions of 29 June 2015 keeps the PDF /Title of the template it
    was made from, "Aandachtspuntenlijst raadsvergadering 3 november 2008": a search for the 2015
    meeting must not meet a 2008 title. Its first heading names it. A fiche whose template /Title is
    "Toelichting invullen fiche mededeling" opens with the bare date "25 november 2021", which names
    no document either: the file name does."""
    helder = BENCH / "corpus-s16" / "gemeente-den-helder-besluitenlijst-raadsvergadering-2015-06-29-filler.pdf"
    doc = build_document(helder.name, "0" * 64, read_file(helder))
    assert doc.title.startswith("Besluitenlijst raadsvergadering 29 juni 2015")
    assert doc.meta["pdf_title"] == "Aandachtspuntenlijst raadsvergadering 3 november 2008"  # (kept, not shown)
    fiche = BENCH / "corpus-s11" / "nl-bnc-fiche-herziening-mifid-markten-financiele-instrumenten-filler.pdf"
    assert build_document(fiche.name, "0" * 64, read_file(fiche)).title == \
        "nl bnc fiche herziening mifid markten financiele instrumenten filler"
    # a /Title the first pages say stands: KNMI's work instruction
    knmi = BENCH / "corpus-s14" / "nl-knmi-werkinstructie-weerbulletin-luchtvaart-2022-filler.pdf"
    assert read_file(knmi).title == "Werkinstructie Weerbulletin"


def test_a_letters_title_is_its_subject_line():
    """A ministry's letter opens with its header fields: "Datum 1 maart 2011" names no letter,
    "Onderwerp Draagmoederschap" does."""
    path = BENCH / "corpus-s11" / "nl-venj-kamerbrief-2011-draagmoederschap-filler.pdf"
    assert build_document(path.name, "0" * 64, read_file(path)).title == "Draagmoederschap"
