"""OCR of scanned PDFs and images (the `ocr` extra), on pages of the shipped corpus.

A corpus page is rendered to an image as a scanner would deliver it, saved as a picture-only PDF
or a PNG, and read back; its words are compared with the page's own text layer. Tests that need
the engine skip with the reason when Tesseract with Dutch (or pypdfium2) is missing, unless
POLKB_REQUIRE_OCR=1 (as in CI) makes them fail; the line a user gets without the engine is tested
everywhere.
"""
import io
import os
import re
from collections import Counter
from pathlib import Path

import pytest

from polkb.read import ReaderError, ocr, read_file

KAMERVRAGEN = "tk-kamervragen-2024-ocw-inclusie-diversiteit-cultuursubsidies.pdf"
WORD = re.compile(r"[^\W\d_]{2,}")

REQUIRED = os.environ.get("POLKB_REQUIRE_OCR") == "1"
needs_engine = pytest.mark.skipif(ocr.missing_reason() is not None and not REQUIRED,
                                  reason=f"OCR engine missing: {ocr.missing_reason()}")


def _words(text: str) -> Counter:
    return Counter(w.lower() for w in WORD.findall(text))


def _pdfium():
    """pypdfium2, which renders the pages (the ocr extra); its absence skips unless required."""
    if REQUIRED:
        import pypdfium2

        return pypdfium2
    return pytest.importorskip("pypdfium2", reason="pypdfium2 (the ocr extra) renders the pages")


def _rendered(corpus: Path, index: int, dpi: int = 200):
    """A corpus page as a grayscale image, and its own text layer."""
    page = _pdfium().PdfDocument(corpus / KAMERVRAGEN)[index]
    return page.render(scale=dpi / 72, grayscale=True).to_pil(), page.get_textpage().get_text_range()


def _drawn_page():
    """A page image drawn with Pillow alone (no renderer needed)."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (800, 300), 255)
    ImageDraw.Draw(image).text((40, 40), "Studentenwelzijn in het hoger onderwijs", fill=0)
    return image


def _as_pdf(images) -> bytes:
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=200, save_all=True, append_images=images[1:])
    return buf.getvalue()


def _as_png(image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


# -- without the engine: one clear line --------------------------------------------------------
def test_scanned_pdf_without_engine_says_how_to_add_it(monkeypatch):
    monkeypatch.setattr(ocr, "missing_reason", lambda: ocr.MISSING)
    with pytest.raises(ReaderError, match=r"install polkb\[ocr\] \(and tesseract with Dutch\) to read scanned pages"):
        read_file(Path("scan.pdf"), _as_pdf([_drawn_page()]))


def test_image_without_engine_says_how_to_add_it(monkeypatch):
    monkeypatch.setattr(ocr, "missing_reason", lambda: ocr.MISSING)
    with pytest.raises(ReaderError) as e:
        read_file(Path("scan.png"), _as_png(_drawn_page()))
    assert str(e.value) == "no text layer; install polkb[ocr] (and tesseract with Dutch) to read scanned pages"


def test_a_damaged_image_is_named_so_with_or_without_engine():
    with pytest.raises(ReaderError, match=r"unsupported file type \(\.png: not a readable image\)"):
        read_file(Path("kapot.png"), b"\x89PNG\r\n\x1a\n" + b"\x07" * 2048)


# -- with the engine ----------------------------------------------------------------------------
@needs_engine
def test_scanned_corpus_page_reads_with_its_accents(corpus):
    image, layer = _rendered(corpus, 0)
    result = read_file(Path("scan.pdf"), _as_pdf([image]))
    text = " ".join(b.text for b in result.blocks)
    reference, got = _words(layer), _words(text)
    recall = sum(min(n, got[w]) for w, n in reference.items()) / sum(reference.values())
    assert recall >= 0.9, recall
    assert result.meta["ocr_pages"] == 1 and {b.page for b in result.blocks} == {1}


@needs_engine
def test_mixed_pdf_reads_text_layer_and_scanned_page(corpus, tmp_path):
    from pypdf import PdfReader, PdfWriter

    image, layer = _rendered(corpus, 1)
    writer = PdfWriter()
    writer.add_page(PdfReader(corpus / KAMERVRAGEN).pages[0])
    writer.add_page(PdfReader(io.BytesIO(_as_pdf([image]))).pages[0])
    buf = io.BytesIO()
    writer.write(buf)
    result = read_file(Path("gemengd.pdf"), buf.getvalue())
    assert result.pages == 2 and result.meta["ocr_pages"] == 1
    second = _words(" ".join(b.text for b in result.blocks if b.page == 2))
    assert sum((second & _words(layer)).values()) >= 0.9 * sum(_words(layer).values())


@needs_engine
def test_png_and_multipage_tiff_read_by_ocr(corpus):
    image, layer = _rendered(corpus, 0)
    png = read_file(Path("brief.png"), _as_png(image))
    assert png.format == "image" and "cultuursubsidies" in " ".join(b.text for b in png.blocks).lower()
    buf = io.BytesIO()
    second, _ = _rendered(corpus, 1)
    image.save(buf, "TIFF", save_all=True, append_images=[second])
    tiff = read_file(Path("scan.tif"), buf.getvalue())
    assert tiff.pages == 2 and {b.page for b in tiff.blocks} == {1, 2}


@needs_engine
def test_a_page_past_its_time_limit_is_refused(corpus, monkeypatch):
    image, _ = _rendered(corpus, 0)
    monkeypatch.setattr(ocr, "PAGE_SECONDS", 0.01)
    monkeypatch.setattr(ocr.image_text, "__defaults__", (0.01,))
    with pytest.raises(ReaderError, match=r"OCR took longer than 0 s on one page"):
        read_file(Path("traag.png"), _as_png(image))


@needs_engine
def test_scanned_written_questions_give_the_qa_pairs_of_the_original(corpus, tmp_path):
    """The whole ingest (worker processes and their limits) on a scan of a corpus PDF."""
    from polkb.kb import KnowledgeBase

    from .conftest import invoke

    document = _pdfium().PdfDocument(corpus / KAMERVRAGEN)
    pages = [document[i].render(scale=200 / 72, grayscale=True).to_pil() for i in range(len(document))]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gescand.pdf").write_bytes(_as_pdf(pages))
    (folder / KAMERVRAGEN).write_bytes((corpus / KAMERVRAGEN).read_bytes())
    result = invoke("ingest", folder, index=tmp_path / "index")
    assert result.exit_code == 0, result.output
    with KnowledgeBase(tmp_path / "index") as kb:
        docs = {Path(d["path"]).name: d for d in kb.documents()}
    scan, original = docs["gescand.pdf"], docs[KAMERVRAGEN]
    assert scan["kind"] == original["kind"] == "written_question" and scan["pages"] == original["pages"]
    assert [q["number"] for q in scan["qa_pairs"]] == [q["number"] for q in original["qa_pairs"]]
