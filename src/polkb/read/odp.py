"""OpenDocument presentation (ODP) reader: each slide a page, its title frame the heading.

The slide text lives in frames (`draw:frame` with a `draw:text-box` or a `table:table`) and custom
shapes; the frame's `presentation:class` says which is the title and which are page furniture
(slide number, date, footer). Speaker notes follow the slide's own text. The text model inside a
frame is ODF text, read by the ODT reader's functions.
"""
from __future__ import annotations

from pathlib import Path

from ..model import HEADING, ReadResult
from . import ReaderError
from .container import ZIP_MAGIC
from .odt import P, _body, _inline, _Walk, open_document

FORMAT = "odp"
_SUFFIXES = {".odp", ".otp"}
_MIMETYPE = b"application/vnd.oasis.opendocument.presentation"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
PAGE, FRAME, GROUP, SHAPE = (f"{{{_DRAW}}}{n}" for n in ("page", "frame", "g", "custom-shape"))
TEXT_BOX = f"{{{_DRAW}}}text-box"
NOTES, CLASS = f"{{{_PRESENTATION}}}notes", f"{{{_PRESENTATION}}}class"
_FURNITURE = {"page-number", "footer", "header", "date-time", "page", "handout"}


def score(path: Path, head: bytes) -> float | None:
    """0.95 when the zip's stored mimetype says ODF presentation, 0.5 for the suffix alone."""
    if head.startswith(ZIP_MAGIC) and _MIMETYPE in head[:200]:
        return 0.95
    return 0.5 if Path(path).suffix.lower() in _SUFFIXES else None


def _shapes(el):
    """Frames and custom shapes in document order, groups opened."""
    for child in el:
        if child.tag in (FRAME, SHAPE):
            yield child
        elif child.tag == GROUP:
            yield from _shapes(child)


def _slide(page, walk: _Walk) -> None:
    """One slide's blocks: the title as a level-1 heading, the other frames, then the notes."""
    for shape in _shapes(page):
        kind = shape.get(CLASS, "")
        if kind in _FURNITURE:
            continue
        box = shape.find(TEXT_BOX)
        if kind == "title" and box is not None:
            walk.add(" ".join(_inline(p, walk) for p in box.iter(P)), HEADING, 1)
        else:
            _body(box if box is not None else shape, walk)
    notes = page.find(NOTES)
    for shape in _shapes(notes) if notes is not None else ():
        if shape.get(CLASS) == "notes" and (box := shape.find(TEXT_BOX)) is not None:
            _body(box, walk)


def read(path: Path, data: bytes) -> ReadResult:
    """A presentation into blocks, one page per slide; a deck without text says so."""
    root, title, meta = open_document(data, "ODP")
    body = root.find(f"{{urn:oasis:names:tc:opendocument:xmlns:office:1.0}}body/"
                     f"{{urn:oasis:names:tc:opendocument:xmlns:office:1.0}}presentation")
    if body is None:
        raise ReaderError("not an OpenDocument presentation (no office:presentation body)")
    walk = _Walk(paged=True, page=0)
    slides = body.findall(PAGE)
    for walk.page, page in enumerate(slides, 1):
        _slide(page, walk)
    if not walk.blocks:
        raise ReaderError(f"no text on any of its {len(slides)} slides (pictures only?)")
    title = title or next((b.text for b in walk.blocks if b.kind == HEADING), None)
    return ReadResult(FORMAT, walk.blocks, title=title, pages=len(slides), meta=meta)
