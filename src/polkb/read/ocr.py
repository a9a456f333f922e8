"""OCR of scanned pages and images: Tesseract with its Dutch model, when installed.

An optional extra (`pip install polkb[ocr]`, plus the tesseract program with Dutch: Debian's
`tesseract-ocr` and `tesseract-ocr-nld`). Tesseract was chosen by `bench/ocr.py`, which reads real
corpus pages rendered to images and compares each engine's words with the PDF's own text layer.
Every page has a time limit, so one pathological scan cannot hold a worker for long.
"""
from __future__ import annotations

import functools
import io

from . import ReaderError

LANGUAGE = "nld"
DPI = 300
PAGE_SECONDS = 60  # per page; a dense A4 page at 300 dpi takes 2-6 s on one core
MISSING = "no text layer; install polkb[ocr] (and tesseract with Dutch) to read scanned pages"


@functools.cache
def missing_reason() -> str | None:
    """None when OCR can run here, else the one line to show for a scanned file."""
    try:
        import pypdfium2  # noqa: F401  (renders PDF pages)
        import pytesseract
    except ImportError:
        return MISSING
    try:
        if LANGUAGE not in pytesseract.get_languages(config=""):
            return "no text layer; OCR needs tesseract's Dutch model (tesseract-ocr-nld) to read scanned pages"
    except (pytesseract.TesseractNotFoundError, OSError, RuntimeError):
        return MISSING
    return None


def image_text(image, seconds: float = PAGE_SECONDS) -> str:
    """The text Tesseract reads in one PIL image (a page); ReaderError when it runs out of time."""
    import pytesseract

    try:
        return pytesseract.image_to_string(image.convert("L"), lang=LANGUAGE, timeout=seconds)
    except RuntimeError as e:  # pytesseract's "Tesseract process timeout"
        raise ReaderError(f"OCR took longer than {seconds:.0f} s on one page") from e
    except pytesseract.TesseractError as e:
        raise ReaderError(f"OCR failed: {e.message or e}"[:200]) from e


def render_page(pdf_page, dpi: int = DPI):
    """A pypdfium2 page as a grayscale PIL image at `dpi`."""
    return pdf_page.render(scale=dpi / 72, grayscale=True).to_pil()


def open_pdf(data: bytes):
    """A pypdfium2 document of these bytes, for rendering pages without a text layer."""
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(io.BytesIO(data))
    except pypdfium2.PdfiumError as e:
        raise ReaderError(f"corrupt PDF: {e}"[:200]) from e
