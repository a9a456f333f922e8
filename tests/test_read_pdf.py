"""PDF reader: furniture gone, words whole, pages right, and clear reasons for bad files."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from polkb.model import HEADING, LIST_ITEM, PARAGRAPH
from polkb.read import ReaderError, choose_reader, pdf

CORPUS = Path(__file__).parent.parent / "corpus"
INCLUSIE = CORPUS / "tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf"
REGENBOOG = CORPUS / "tk-kamervragen-2024-ocw-regenboogbeleid-provincie-friesland.pdf"
REGEERAKKOORD = CORPUS / "vlaamse-regering-regeerakkoord-2019-2024.pdf"


def _read(path: Path):
    return pdf.read(path, path.read_bytes())


@pytest.fixture(scope="module")
def inclusie():
    return _read(INCLUSIE)


@pytest.fixture(scope="module")
def regenboog():
    return _read(REGENBOOG)


@pytest.fixture(scope="module")
def regeerakkoord():
    return _read(REGEERAKKOORD)


def _text(result) -> str:
    return "\n".join(b.text for b in result.blocks)


# --- score ------------------------------------------------------------------------------------

def test_score_sniffs_magic_and_suffix():
    assert pdf.score(Path("a.bin"), b"%PDF-1.7\n...") == 1.0
    assert pdf.score(Path("a.pdf"), b"\xef\xbb\xbf\n%PDF-1.4") == 1.0  # junk before the magic
    assert pdf.score(Path("a.pdf"), b"<html>") == 0.3
    assert pdf.score(Path("a.txt"), b"plain text") is None
    assert choose_reader(Path("x.txt"), INCLUSIE.read_bytes()[:4096]) is pdf


def test_pdf_suffix_without_magic_fails_clearly():
    with pytest.raises(ReaderError, match="not a valid PDF"):
        pdf.read(Path("x.pdf"), b"<html><body>not a pdf</body></html>")


# --- real Kamervragen -------------------------------------------------------------------------

@pytest.mark.parametrize("fixture", ["inclusie", "regenboog"])
def test_kamervragen_furniture_removed(fixture, request):
    result = request.getfixturevalue(fixture)
    text = _text(result)
    assert "ISSN" not in text
    assert "ah-tk-" not in text
    assert "’s-Gravenhage 2024" not in text
    assert not any(re.fullmatch(r"\d{1,4}", b.text) for b in result.blocks)


def test_kamervragen_pages_and_meta(inclusie):
    assert inclusie.format == "pdf"
    assert inclusie.pages == 4
    assert inclusie.title is None  # /Title is the placeholder "None"
    waar = next(b for b in inclusie.blocks if b.text.startswith("Waar het gaat om de Code Diversiteit"))
    assert waar.page == 2
    assert inclusie.blocks[0].page == 1
    assert all(b.page in (1, 2, 3, 4) for b in inclusie.blocks)


def test_hyphenation_across_lines_joined(inclusie, regenboog):
    text = _text(inclusie)
    assert "1 december 2023" in text  # "decem-" / "ber 2023" in the PDF
    assert "nogmaals benadrukken dat" in text  # "benadruk-" / "ken dat"
    assert "regenboogprovincie te mogen noemen" in _text(regenboog)  # "regen-" / "boogprovincie"
    for t in (text, _text(regenboog)):
        # "codes- te" is how the source itself punctuates an aside (-en de andere twee codes- te)
        splits = set(re.findall(r"\b[a-z]{2,}- [a-z]{2,}", t)) - {"codes- te"}
        assert not {s for s in splits if not re.search(r"- (en|of)$", s)}


def test_real_hyphens_kept(inclusie, regenboog):
    assert "Gräper-van Koolwijk" in _text(inclusie)
    assert "GroenLinks-PvdA" in _text(regenboog)
    assert "bis-periode 2025–2028" in _text(inclusie)


def test_question_labels_are_headings_followed_by_paragraphs(inclusie):
    blocks = inclusie.blocks
    i = next(i for i, b in enumerate(blocks) if b.text == "Vraag 1")
    assert blocks[i].kind == HEADING
    assert blocks[i + 1].kind == PARAGRAPH and blocks[i + 1].text.startswith("U schijft in uw brief")
    # paragraphs are single lines, whitespace collapsed
    assert all("\n" not in b.text and "  " not in b.text for b in blocks)


# --- real two-column regeerakkoord ----------------------------------------------------------

def test_regeerakkoord_columns_read_in_order(regeerakkoord):
    assert regeerakkoord.pages == 214
    assert regeerakkoord.title == "Vlaamse regering 2019-2024, regeerakkoord"
    assert regeerakkoord.meta["created"].startswith("2019-10-15")
    text = _text(regeerakkoord)
    # Left column, one sentence over three lines, read whole (not interleaved with the right one).
    assert ("Wie in Vlaanderen wil groeien, zal al snel dienen te internationaliseren. Daarom zorgen "
            "we voor een gestroomlijnde dienstverlening t.a.v. de ondernemer.") in text
    assert "We versterken de samenwerking tussen de adviseurs internationaal ondernemen van FIT" in text


def test_regeerakkoord_hyphens_and_headings(regeerakkoord):
    text = _text(regeerakkoord)
    assert "STEM-richtingen" in text and "STEM-actieplan" in text
    assert "internationaliseringsmentaliteit" in text
    assert "decem- ber" not in text and "samen- werking" not in text
    headings = [b.text for b in regeerakkoord.blocks if b.kind == HEADING]
    assert "1.2.3 De juiste begeleiding" in headings


def test_regeerakkoord_diaeresis_set_as_its_own_glyph_joins_its_letter(regeerakkoord):
    """The PDF sets one diaeresis as a spacing glyph after its "e"; read as it stands, the word
    would be found neither with nor without the accent."""
    text = _text(regeerakkoord)
    assert not re.search(r"[^\W\d_]\s?[\u00a8\u00b8]", text)
    assert "ideeën" in text


@given(st.text(alphabet="aeiouncsgzAEIOUNCSZ \u00a8\u00b8\u02c7\u02dc´`'", max_size=40))
def test_compose_marks_only_joins_a_mark_to_the_letter_before_it(text):
    out = pdf.compose_marks(text)
    assert len(out) <= len(text)
    assert "´" not in text or out.count("´") == text.count("´")  # an acute stays: "auto´s"
    assert pdf.compose_marks(out) == out


def test_regeerakkoord_running_headers_dropped_but_body_kept(regeerakkoord):
    p41 = [b.text for b in regeerakkoord.blocks if b.page == 41]
    assert "Vlaanderen schittert" not in p41 and "Economie en innovatie" not in p41
    assert any(b.text.startswith("Wie in Vlaanderen wil groeien") for b in regeerakkoord.blocks if b.page == 41)


# --- bad files ---------------------------------------------------------------------------------

def _writer_from(path: Path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(path).pages:
        writer.add_page(page)
    return writer


def _bytes(writer) -> bytes:
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_truncated_pdf_is_corrupt(tmp_path):
    data = INCLUSIE.read_bytes()
    bad = tmp_path / "truncated.pdf"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(ReaderError, match="^corrupt PDF"):
        pdf.read(bad, bad.read_bytes())


def test_encrypted_pdf_needs_password(tmp_path):
    writer = _writer_from(REGENBOOG)
    writer.encrypt(user_password="geheim", owner_password="eigenaar", algorithm="RC4-128")
    with pytest.raises(ReaderError, match=r"encrypted PDF \(password required\)"):
        pdf.read(tmp_path / "locked.pdf", _bytes(writer))


def test_encrypted_pdf_with_empty_user_password_reads(tmp_path):
    writer = _writer_from(REGENBOOG)
    writer.encrypt(user_password="", owner_password="eigenaar", algorithm="RC4-128")
    result = pdf.read(tmp_path / "owner-only.pdf", _bytes(writer))
    assert result.pages == 2
    assert "regenboogprovincie te mogen noemen" in _text(result)


def test_pdf_without_text_layer(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with pytest.raises(ReaderError, match=r"no text layer \(scanned PDF\?\); OCR is not supported"):
        pdf.read(tmp_path / "scan.pdf", _bytes(writer))


# --- pure functions ----------------------------------------------------------------------------

@pytest.mark.parametrize("lines, joined", [
    (["op 1 decem-", "ber 2023"], "op 1 december 2023"),
    (["de spookop-", "leidingen"], "de spookopleidingen"),
    (["de STEM-", "richting"], "de STEM-richting"),
    (["het café-", "overleg"], "het café-overleg"),
    (["KU Leuven-", "studenten"], "KU Leuven-studenten"),
    (["hoger-", "en volwassenenonderwijs"], "hoger- en volwassenenonderwijs"),
    (["Leer-", "krachten in het"], "Leerkrachten in het"),
    (["een zin -", "met streep"], "een zin - met streep"),
    (["  veel   ruimte ", "", "hier"], "veel ruimte hier"),
])
def test_join_lines_examples(lines, joined):
    assert pdf.join_lines(lines) == joined


def test_list_items_and_furniture_patterns():
    assert pdf.BULLET.match("• eerste punt") and pdf.BULLET.match("1. eerste") and pdf.BULLET.match("a) optie")
    assert not pdf.BULLET.match("1.2.3 Kwaliteit")
    for line in ("ISSN 0921 - 7398", "ah-tk-20232024-1432", "12", "Pagina 3 van 12",
                 "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1"):
        assert pdf.is_furniture_text(line), line
    assert not pdf.is_furniture_text("Vraag 1")
    assert LIST_ITEM == "list_item"


_line = st.text(alphabet="abcdeéXYZ019 -.,\u00ad", max_size=25)


@given(st.lists(_line, max_size=6))
def test_join_lines_keeps_every_letter(lines):
    """Joining only ever removes hyphens and whitespace: every letter and digit survives, in order."""
    out = pdf.join_lines(lines)
    keep = lambda s: [c for c in s if c.isalnum() or c in ".,"]
    assert keep(out) == keep("".join(lines))
    assert "\n" not in out and "  " not in out and out == out.strip()


@given(st.lists(_line, max_size=6))
def test_join_lines_idempotent(lines):
    once = pdf.join_lines(lines)
    assert pdf.join_lines([once]) == once
