"""PowerPoint (PPTX) reader: python-pptx slides, each its own page with its title as heading.

A slide deck's structure is the slide: its title is the heading (level 1), the slide number is the
page, so citations point at the slide. Text frames are read top to bottom, left to right (the
order a person reads, not the order shapes were added); a text frame of several paragraphs is a
list (bullets), one paragraph is a paragraph. Tables give their rows, grouped shapes are opened,
and the speaker notes follow the slide's own text.
"""
from __future__ import annotations

import io
from pathlib import Path

from ..model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, ReadResult
from . import ReaderError
from .container import ZIP_MAGIC, core_properties, open_zip

FORMAT = "pptx"
_SUFFIXES = {".pptx", ".pptm", ".ppsx", ".potx"}
_PLACEHOLDER_TITLES = {"", "powerpoint-presentatie", "powerpoint presentation", "presentatie", "title", "titel"}


def score(path: Path, head: bytes) -> float | None:
    """0.9 for a zip with a PowerPoint suffix, 0.8 for a zip whose first members are
    PowerPoint's, 0.5 for the suffix alone (a damaged file is then called a corrupt PPTX)."""
    suffix = Path(path).suffix.lower()
    if head.startswith(ZIP_MAGIC):
        if suffix in _SUFFIXES:
            return 0.9
        return 0.8 if b"ppt/" in head else None
    return 0.5 if suffix in _SUFFIXES else None


def _clean(text: str) -> str:
    return " ".join(text.replace("\x0b", " ").split())


def _reading_order(shapes) -> list:
    """Shapes top to bottom, then left to right; shapes without a position keep their place."""
    return sorted(shapes, key=lambda s: ((s.top or 0) // 20000, s.left or 0))


def _is_furniture(shape) -> bool:
    """Slide number, date and footer placeholders: repeated on every slide, never content."""
    from pptx.enum.shapes import PP_PLACEHOLDER

    if not shape.is_placeholder:
        return False
    return shape.placeholder_format.type in (PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE,
                                             PP_PLACEHOLDER.FOOTER)


def _shape_blocks(shape, page: int, title_id: int | None) -> list[Block]:
    """Blocks of one shape: its table rows, its group's shapes, or its text frame's paragraphs."""
    if shape.shape_id == title_id or _is_furniture(shape):
        return []
    if getattr(shape, "has_table", False) and shape.has_table:
        rows = []
        for row in shape.table.rows:
            cells = [_clean(c.text) for c in row.cells]
            if any(cells):
                rows.append(Block(" | ".join(c for c in cells if c), TABLE_ROW, page=page))
        return rows
    if hasattr(shape, "shapes"):  # a group
        return [b for s in _reading_order(shape.shapes) for b in _shape_blocks(s, page, title_id)]
    if not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:
        return []
    paragraphs = [_clean(p.text) for p in shape.text_frame.paragraphs]
    paragraphs = [p for p in paragraphs if p]
    kind = LIST_ITEM if len(paragraphs) > 1 else PARAGRAPH
    return [Block(p, kind, page=page) for p in paragraphs]


def slide_blocks(slide, page: int) -> list[Block]:
    """A slide's title (as a level-1 heading), its text in reading order, then its notes."""
    title_shape = slide.shapes.title
    title = _clean(title_shape.text) if title_shape is not None and title_shape.has_text_frame else ""
    blocks = [Block(title, HEADING, level=1, page=page)] if title else []
    title_id = title_shape.shape_id if title_shape is not None else None
    for shape in _reading_order(slide.shapes):
        blocks.extend(_shape_blocks(shape, page, title_id))
    if slide.has_notes_slide and (frame := slide.notes_slide.notes_text_frame) is not None:
        blocks.extend(Block(t, PARAGRAPH, page=page) for p in frame.paragraphs if (t := _clean(p.text)))
    return blocks


def _open(data: bytes):
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    open_zip(data, "PPTX").close()
    try:
        return Presentation(io.BytesIO(data))
    except (PackageNotFoundError, KeyError) as e:
        raise ReaderError("corrupt PPTX: no presentation inside the zip") from e
    except Exception as e:
        if "content type" in str(e).lower():
            raise ReaderError("not a PowerPoint presentation (a zip of another Office format)") from e
        raise ReaderError(f"corrupt PPTX: {str(e) or type(e).__name__}"[:200]) from e


def read(path: Path, data: bytes) -> ReadResult:
    """A deck into blocks, one page per slide; a deck without any text says so."""
    presentation = _open(data)
    blocks: list[Block] = []
    try:
        slides = list(presentation.slides)
        for number, slide in enumerate(slides, 1):
            blocks.extend(slide_blocks(slide, number))
    except ReaderError:
        raise
    except Exception as e:
        raise ReaderError(f"corrupt PPTX: {str(e) or type(e).__name__}"[:200]) from e
    if not blocks:
        raise ReaderError(f"no text on any of its {len(slides)} slides (pictures only?)")
    title, meta = core_properties(presentation, _PLACEHOLDER_TITLES, _clean)
    if not title:
        title = next((b.text for b in blocks if b.kind == HEADING), None)
    return ReadResult(FORMAT, blocks, title=title, pages=len(slides), meta=meta)
