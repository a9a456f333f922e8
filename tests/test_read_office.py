"""Office readers: the registry, DOCX, ODT, PPTX, RTF and legacy Office files.

Real files (provenance in docs/corpus-sources.md) sit in tests/data/office/; the rest is generated
here from the shipped corpus's own text, so the Word copy of a written-questions PDF must give the
same question/answer pairs as the PDF.
"""
import io
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

import polkb.read as read_pkg
from polkb.kb import KnowledgeBase
from polkb.model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, ReadResult
from polkb.read import ReaderError, choose_reader, read_file, register, unregister

from .conftest import invoke

OFFICE = Path(__file__).parent / "data" / "office"
KAMERVRAGEN = "tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf"


# -- the registry ---------------------------------------------------------------------------------
class ToyReader:
    """A reader for `.toy` files: every line a paragraph."""

    FORMAT = "toy"

    @staticmethod
    def score(path, head):
        return 0.9 if Path(path).suffix == ".toy" else None

    @staticmethod
    def read(path, data):
        return ReadResult("toy", [Block(line) for line in data.decode().splitlines() if line])


def test_a_registered_reader_is_chosen_and_can_be_taken_back():
    register(ToyReader)
    try:
        assert choose_reader(Path("x.toy"), b"een\ntwee") is ToyReader
        result = read_file(Path("x.toy"), b"studentenwelzijn\nbeleid\n")
        assert result.format == "toy" and [b.text for b in result.blocks] == ["studentenwelzijn", "beleid"]
    finally:
        unregister("toy")
    with pytest.raises(ReaderError, match=r"unsupported file type \(\.toy\)"):
        read_file(Path("x.toy"), b"\x00\x01\x02" * 10)


def test_readers_offered_through_the_entry_point_group_are_registered(monkeypatch):
    offered = SimpleNamespace(name="toy", load=lambda: ToyReader)
    broken = SimpleNamespace(name="kapot", load=lambda: (_ for _ in ()).throw(ImportError("weg")))
    monkeypatch.setattr(read_pkg, "entry_points",
                        lambda group: [offered, broken] if group == read_pkg.ENTRY_POINT_GROUP else [])
    try:
        read_pkg._discover()
        assert ToyReader in read_pkg.readers()
    finally:
        unregister("toy")


def test_every_format_module_of_the_package_is_found():
    formats = {r.FORMAT for r in read_pkg.readers()}
    assert {"pdf", "html", "markdown", "text", "docx", "odt", "odp", "pptx", "rtf", "legacy-office",
            "image"} <= formats


def test_a_non_reader_is_refused():
    with pytest.raises(TypeError):
        register(object())


# -- DOCX -----------------------------------------------------------------------------------------
def _docx(build) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_headings_lists_tables_pages_and_properties():
    from docx.enum.text import WD_BREAK

    def build(d):
        d.core_properties.title = "Nota studentenwelzijn"
        d.core_properties.author = "Ministerie van OCW"
        d.add_heading("Inleiding", 1)
        d.add_paragraph("De minister schrijft over het welzijn van studenten.")
        d.add_paragraph("mentale gezondheid", style="List Bullet")
        d.add_paragraph("prestatiedruk", style="List Number")
        table = d.add_table(rows=2, cols=2)
        for (r, c), text in {(0, 0): "Jaar", (0, 1): "Bedrag", (1, 0): "2024", (1, 1): "€ 1,5 mln"}.items():
            table.cell(r, c).text = text
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_heading("Maatregelen", 2)
        d.add_paragraph("Instellingen krijgen extra middelen.")

    result = read_file(Path("nota.docx"), _docx(build))
    kinds = [(b.kind, b.level, b.page, b.text) for b in result.blocks]
    assert kinds == [
        (HEADING, 1, 1, "Inleiding"),
        (PARAGRAPH, 0, 1, "De minister schrijft over het welzijn van studenten."),
        (LIST_ITEM, 0, 1, "mentale gezondheid"),
        (LIST_ITEM, 0, 1, "prestatiedruk"),
        (TABLE_ROW, 0, 1, "Jaar | Bedrag"),
        (TABLE_ROW, 0, 1, "2024 | € 1,5 mln"),
        (HEADING, 2, 2, "Maatregelen"),
        (PARAGRAPH, 0, 2, "Instellingen krijgen extra middelen."),
    ]
    assert result.format == "docx" and result.pages == 2 and result.title == "Nota studentenwelzijn"
    assert result.meta["author"] == "Ministerie van OCW" and result.meta["created"][:2] == "20"


def test_docx_without_page_breaks_has_no_pages_and_a_dutch_heading_style_counts():
    from polkb.read.docx import heading_level

    result = read_file(Path("kort.docx"), _docx(lambda d: d.add_paragraph("Eén alinea.")))
    assert [b.page for b in result.blocks] == [None] and result.pages == 0
    assert heading_level("Kop 2", "Kop2", None) == 2
    assert heading_level("Eigen stijl", "EigenStijl", "0") == 1
    assert heading_level("Normal", "Normal", None) == 0


def test_docx_footnotes_follow_the_body_numbered_as_cited():
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    notes = (f'<w:footnotes xmlns:w="{w}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
             '</w:r></w:p></w:footnote><w:footnote w:id="7"><w:p><w:r><w:t>Kamerstuk 31 288, nr. 1013.</w:t>'
             "</w:r></w:p></w:footnote></w:footnotes>")

    def build(d):
        p = d.add_paragraph("De minister verwijst naar het rapport")
        p.add_run()._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{w}" w:id="7"/>'))
        p.add_run(" van de commissie.")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    notes.encode(), d.part.package)
        d.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)

    result = read_file(Path("brief.docx"), _docx(build))
    assert [(b.kind, b.text) for b in result.blocks] == [
        (PARAGRAPH, "De minister verwijst naar het rapport van de commissie."),
        (HEADING, "Voetnoten"),
        (PARAGRAPH, "1 Kamerstuk 31 288, nr. 1013."),
    ]


def test_real_docx_template_reads_with_headings_tables_and_pages():
    result = read_file(OFFICE / "algoritmekader-invultemplate-aiia-2.0.docx")
    headings = [b.text for b in result.blocks if b.kind == HEADING]
    assert "Deel A: Afweging" in headings and "1.1 Doel van het systeem" in headings
    rows = [b.text for b in result.blocks if b.kind == TABLE_ROW]
    assert any(r.startswith("1.1.1 | Geef een korte beschrijving") for r in rows)
    assert result.pages > 1 and result.blocks[-1].page == result.pages
    assert result.meta["modified"].startswith("2025-01-24")


def _docx_from_blocks(blocks: list[Block]) -> bytes:
    """A Word file holding the given blocks: headings as heading styles, items as list items and
    a page break wherever the page changes (how an officer's Word copy of a PDF looks)."""
    from docx.enum.text import WD_BREAK

    def build(d):
        page = blocks[0].page
        for b in blocks:
            if b.page != page:
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                page = b.page
            if b.kind == HEADING:
                d.add_heading(b.text, min(b.level, 9))
            else:
                d.add_paragraph(b.text, style="List Bullet" if b.kind == LIST_ITEM else None)

    return _docx(build)


def test_word_copy_of_written_questions_gives_the_same_qa_pairs(tmp_path, corpus):
    pdf = read_file(corpus / KAMERVRAGEN)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kamervragen.docx").write_bytes(_docx_from_blocks(pdf.blocks))
    (folder / KAMERVRAGEN).write_bytes((corpus / KAMERVRAGEN).read_bytes())
    result = invoke("ingest", folder, index=tmp_path / "index")
    assert result.exit_code == 0, result.output
    with KnowledgeBase(tmp_path / "index") as kb:
        docs = {Path(d["path"]).suffix: d for d in kb.documents()}
    word, original = docs[".docx"], docs[".pdf"]
    assert word["format"] == "docx" and word["kind"] == original["kind"] == "written_question"
    assert word["pages"] == original["pages"]
    numbers = [q["number"] for q in original["qa_pairs"]]
    assert len(numbers) >= 5 and [q["number"] for q in word["qa_pairs"]] == numbers
    assert [q["page"] for q in word["qa_pairs"]] == [q["page"] for q in original["qa_pairs"]]
    assert len(word["figures"]) >= 0.8 * len(original["figures"])


# -- ODT ------------------------------------------------------------------------------------------
_ODF = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' \
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' \
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' \
       'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" ' \
       'xmlns:dc="http://purl.org/dc/elements/1.1/"'


def odt_bytes(body: str, meta: str = "", manifest: str = "") -> bytes:
    """A minimal OpenDocument text: mimetype first and stored, as the format requires."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF}>'
                                  f"<office:body><office:text>{body}</office:text></office:body>"
                                  "</office:document-content>")
        z.writestr("meta.xml", f'<?xml version="1.0"?><office:document-meta {_ODF}><office:meta>{meta}'
                               "</office:meta></office:document-meta>")
        z.writestr("META-INF/manifest.xml", manifest or "<manifest:manifest xmlns:manifest="
                   '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    return buf.getvalue()


def test_odt_headings_lists_tables_notes_and_pages():
    body = (
        '<text:h text:outline-level="1">Hoger onderwijs</text:h>'
        "<text:p>De Vlaamse Regering keurt<text:s/>het besluit<text:note><text:note-citation>1</text:note-citation>"
        "<text:note-body><text:p>Besluit van 3 mei 2024.</text:p></text:note-body></text:note> goed.</text:p>"
        "<text:list><text:list-item><text:p>ijkingstoetsen</text:p></text:list-item>"
        "<text:list-item><text:p>oriëntering</text:p></text:list-item></text:list>"
        "<text:soft-page-break/>"
        '<text:h text:outline-level="2">Financiering</text:h>'
        "<table:table><table:table-row><table:table-cell><text:p>Jaar</text:p></table:table-cell>"
        "<table:table-cell><text:p>Bedrag</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>2024</text:p></table:table-cell>"
        "<table:table-cell><text:p>€ 250.000</text:p></table:table-cell></table:table-row></table:table>"
    )
    meta = "<dc:title>Beslissing VLIR</dc:title><meta:initial-creator>Vlaamse Regering</meta:initial-creator>" \
           "<meta:creation-date>2024-05-03T10:00:00</meta:creation-date>"
    result = read_file(Path("beslissing.odt"), odt_bytes(body, meta))
    assert [(b.kind, b.level, b.page, b.text) for b in result.blocks] == [
        (HEADING, 1, 1, "Hoger onderwijs"),
        (PARAGRAPH, 0, 1, "De Vlaamse Regering keurt het besluit goed."),
        (LIST_ITEM, 0, 1, "ijkingstoetsen"),
        (LIST_ITEM, 0, 1, "oriëntering"),
        (HEADING, 2, 2, "Financiering"),
        (TABLE_ROW, 0, 2, "Jaar | Bedrag"),
        (TABLE_ROW, 0, 2, "2024 | € 250.000"),
        (HEADING, 1, 2, "Voetnoten"),
        (PARAGRAPH, 0, 2, "1 Besluit van 3 mei 2024."),
    ]
    assert result.title == "Beslissing VLIR" and result.pages == 2
    assert result.meta == {"author": "Vlaamse Regering", "created": "2024-05-03T10:00:00"}


def test_real_odt_written_questions_give_qa_pairs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("ah-tk-20202021-3235-tozo-rente.odt", "kst-32545-143-motie-grensspaarsaldo.odt"):
        (folder / name).write_bytes((OFFICE / name).read_bytes())
    result = invoke("ingest", folder, index=tmp_path / "index")
    assert result.exit_code == 0, result.output
    with KnowledgeBase(tmp_path / "index") as kb:
        docs = {Path(d["path"]).name: d for d in kb.documents()}
        answer = kb.ask("Waarom is het rentepercentage voor de TOZO-lening op 2% gesteld?")
    questions = docs["ah-tk-20202021-3235-tozo-rente.odt"]
    assert questions["format"] == "odt" and questions["kind"] == "written_question"
    assert [q["number"] for q in questions["qa_pairs"]][:3] == ["1", "2", "3"]
    assert docs["kst-32545-143-motie-grensspaarsaldo.odt"]["kind"] == "motion"
    assert any("ah-tk-20202021-3235" in c.path for c in answer.citations), answer


# -- PPTX -----------------------------------------------------------------------------------------
def _pptx(slides) -> bytes:
    """A deck of (title, bullets, table rows, notes) slides."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    for title, bullets, rows, notes in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        body = slide.placeholders[1].text_frame
        for i, bullet in enumerate(bullets):
            (body.paragraphs[0] if i == 0 else body.add_paragraph()).text = bullet
        if rows:
            shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(1), Inches(5), Inches(6), Inches(1))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    shape.table.cell(r, c).text = text
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    buf = io.BytesIO()
    deck.save(buf)
    return buf.getvalue()


def test_pptx_one_page_per_slide_with_title_bullets_table_and_notes():
    data = _pptx([
        ("STEM-monitor 2024", ["Meer meisjes kiezen STEM", "Uitval daalt"], [], "Toelichting bij dia 1"),
        ("Cijfers", ["Instroom per sector"], [["Sector", "Aandeel"], ["hbo", "34,2%"]], ""),
    ])
    result = read_file(Path("stem.pptx"), data)
    assert [(b.kind, b.level, b.page, b.text) for b in result.blocks] == [
        (HEADING, 1, 1, "STEM-monitor 2024"),
        (LIST_ITEM, 0, 1, "Meer meisjes kiezen STEM"),
        (LIST_ITEM, 0, 1, "Uitval daalt"),
        (PARAGRAPH, 0, 1, "Toelichting bij dia 1"),
        (HEADING, 1, 2, "Cijfers"),
        (PARAGRAPH, 0, 2, "Instroom per sector"),
        (TABLE_ROW, 0, 2, "Sector | Aandeel"),
        (TABLE_ROW, 0, 2, "hbo | 34,2%"),
    ]
    assert result.format == "pptx" and result.pages == 2 and result.title == "STEM-monitor 2024"


def test_real_pptx_reads_its_slides():
    result = read_file(OFFICE / "woo-platform-16104.pptx")
    assert [(b.kind, b.page, b.text) for b in result.blocks] == [
        (HEADING, 1, "Voila!"), (LIST_ITEM, 1, "Een presentatie"), (LIST_ITEM, 1, "Met liefde <3")]
    assert result.format == "pptx" and result.pages == 1


def test_real_odp_one_page_per_slide_with_its_title():
    result = read_file(OFFICE / "woo-platform-16106.odp")
    assert [(b.kind, b.page, b.text) for b in result.blocks] == [
        (HEADING, 1, "Voila!"), (PARAGRAPH, 1, "Een presentatie"), (PARAGRAPH, 1, "Met liefde <3")]
    assert result.format == "odp" and result.pages == 1 and result.meta["created"].startswith("2024-11-14")


# -- RTF and legacy Office ------------------------------------------------------------------------
def test_rtf_paragraphs_and_accents():
    data = (rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\f0 Studiefinanciering\par"
            rb" De minister wil het leenstelsel vervangen door een basisbeurs voor \'e9\'e9n generatie.\par"
            rb" Het ge\u239?ntegreerde plan volgt in 2025.\par}")
    result = read_file(Path("brief.rtf"), data)
    assert [b.text for b in result.blocks] == [
        "Studiefinanciering",
        "De minister wil het leenstelsel vervangen door een basisbeurs voor één generatie.",
        "Het geïntegreerde plan volgt in 2025.",
    ]
    assert result.blocks[0].kind == HEADING and result.format == "rtf"


def test_rtf_renamed_as_txt_is_read_as_rtf():
    data = rb"{\rtf1\ansi Beleidsnota hoger onderwijs met genoeg woorden.\par}"
    assert read_file(Path("brief.txt"), data).format == "rtf"


def test_legacy_doc_says_how_to_convert():
    with pytest.raises(ReaderError, match=r"Word 97-2003 \.doc is not read; save it as \.docx or PDF "
                                          r"\(LibreOffice: soffice --headless --convert-to docx FILE\)"):
        read_file(OFFICE / "woo-platform-16102.doc")
    ole = (OFFICE / "woo-platform-16102.doc").read_bytes()
    with pytest.raises(ReaderError, match=r"PowerPoint 97-2003 \.ppt is not read; save it as \.pptx"):
        read_file(Path("dia.ppt"), ole)
    with pytest.raises(ReaderError, match=r"Excel 97-2003 \.xls is not read; save it as PDF"):
        read_file(Path("tabel.xls"), ole)
