"""Images of pages (PNG, JPEG, TIFF): read by OCR when the `ocr` extra is installed.

Scanned letters and photographed pages arrive as images; a multi-page TIFF is one page per frame.
Pillow (installed with python-pptx) decodes them first, so a damaged image is named as such
whether or not OCR is installed; without OCR a good image gets the line that says how to add it.
"""
from __future__ import annotations

import io
import warnings
from pathlib import Path

from ..model import ReadResult
from . import ReaderError, ocr
from .lines import text_blocks

FORMAT = "image"
_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
MAX_FRAMES = 500


def score(path: Path, head: bytes) -> float | None:
    """0.9 for PNG, JPEG or TIFF bytes, whatever the suffix; decline anything else."""
    return 0.9 if head.startswith(_MAGIC) else None


def frames(data: bytes, suffix: str) -> list:
    """The decoded pages of an image (one for PNG/JPEG, each frame of a TIFF)."""
    from PIL import Image, ImageSequence

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            out = []
            for frame in ImageSequence.Iterator(image):
                frame.load()
                out.append(frame.copy())
                if len(out) >= MAX_FRAMES:
                    break
            return out
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise ReaderError("image too large to read (a decompression bomb?)") from e
    except Exception as e:  # PIL raises many kinds for damaged data
        raise ReaderError(f"unsupported file type ({suffix or 'no suffix'}: not a readable image)") from e


def read(path: Path, data: bytes) -> ReadResult:
    """Each frame read by OCR into blocks with its page number."""
    pages = frames(data, Path(path).suffix.lower())
    if reason := ocr.missing_reason():
        raise ReaderError(reason)
    blocks = []
    for number, page in enumerate(pages, 1):
        for block in text_blocks(ocr.image_text(page).splitlines()):
            block.page = number
            blocks.append(block)
    if not blocks:
        raise ReaderError(f"OCR found no text in the image ({len(pages)} page(s))")
    return ReadResult(FORMAT, blocks, pages=len(pages), meta={"ocr_pages": len(pages)})
