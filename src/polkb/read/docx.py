"""Word (DOCX) reader: python-docx paragraphs and tables in body order, as headings, list items,
paragraphs and table rows.

Word keeps structure in styles, not in the text: headings are paragraphs styled "Heading N" (a Dutch
Word writes the style id "KopN", and custom styles carry an outline level), list items carry a
numbering reference. Word stores where it last broke pages (`w:lastRenderedPageBreak`), which gives
page numbers close to the PDF of the same file; without them a hard page break counts, and a file
with neither has no pages. Footnotes follow the body under their own heading, numbered in the
order the text refers to them.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

from ..model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, ReadResult
from . import ReaderError
from .container import ZIP_MAGIC, core_properties, open_zip

FORMAT = "docx"
_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
_HEADING_STYLE = re.compile(r"^(?:heading|kop|titre|überschrift|rubrik)\s*(\d)$", re.I)
_TITLE_STYLE = re.compile(r"^(?:title|titel|titre)$", re.I)
_LIST_STYLE = re.compile(r"list|lijst|opsomming|aufzählung|bullet", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PLACEHOLDER_TITLES = {"", "none", "untitled", "title", "titel", "document", "microsoft word"}


def score(path: Path, head: bytes) -> float | None:
    """0.9 for a zip with a Word suffix, 0.8 for a zip whose first members are Word's, 0.5 for
    the suffix alone (so a damaged file is called a corrupt DOCX, not an unknown type)."""
    suffix = Path(path).suffix.lower()
    if head.startswith(ZIP_MAGIC):
        if suffix in _SUFFIXES:
            return 0.9
        return 0.8 if b"word/" in head else None
    return 0.5 if suffix in _SUFFIXES else None


def _style_names(paragraph) -> tuple[str, str]:
    """The paragraph style's name and id ("Heading 1", "Kop1"), empty when it has none."""
    style = paragraph.style
    return (style.name or "", style.style_id or "") if style is not None else ("", "")


def heading_level(name: str, style_id: str, outline: str | None) -> int:
    """1-9 for a heading style (by name or id, English or Dutch), a Title style, or an outline
    level set on a custom style; 0 for body text."""
    for label in (name, style_id):
        if m := _HEADING_STYLE.match(label.strip()):
            return max(int(m.group(1)), 1)
        if _TITLE_STYLE.match(label.strip()):
            return 1
    if outline is not None and outline.isdigit() and int(outline) < 9:
        return int(outline) + 1
    return 0


def _outline_level(p) -> str | None:
    values = p._p.xpath("./w:pPr/w:outlineLvl/@w:val")
    return values[0] if values else None


def _is_list_item(p, name: str) -> bool:
    return bool(p._p.xpath("./w:pPr/w:numPr")) or bool(_LIST_STYLE.search(name))


class _Pages:
    """Page numbers from the page breaks Word rendered (or, without them, the hard ones)."""

    def __init__(self, body):
        self.rendered = bool(body.xpath(".//w:lastRenderedPageBreak"))
        self.hard = bool(body.xpath('.//w:br[@w:type="page"]'))
        self.known = self.rendered or self.hard
        self.page = 1

    def _is_break(self, el) -> bool:
        if self.rendered:
            return el.tag == f"{_W}lastRenderedPageBreak"
        return el.tag == f"{_W}br" and el.get(f"{_W}type") == "page"

    def at(self, element) -> int | None:
        """The page an element starts on. A break before its first text (where Word usually
        puts it) moves this element on; a break after it moves the next one."""
        if not self.known:
            return None
        before = after = 0
        seen_text = False
        for el in element.iter():
            if el.tag == f"{_W}t" and (el.text or "").strip():
                seen_text = True
            elif self._is_break(el):
                after += seen_text
                before += not seen_text
        self.page += before
        page = self.page
        self.page += after
        return page


def _row_cells(row) -> list[str]:
    """Cell texts of one row; a merged cell (repeated by python-docx) counts once."""
    seen, cells = set(), []
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        cells.append(" ".join(cell.text.split()))
    return cells


def _table_blocks(table, page: int | None) -> list[Block]:
    rows = []
    for row in table.rows:
        cells = _row_cells(row)
        if any(cells):
            rows.append(Block(" | ".join(c for c in cells if c), TABLE_ROW, page=page))
    return rows


def _paragraph_block(p, page: int | None) -> Block | None:
    text = " ".join(p.text.split())
    if not text:
        return None
    name, style_id = _style_names(p)
    if level := heading_level(name, style_id, _outline_level(p)):
        return Block(text, HEADING, level=level, page=page)
    if _is_list_item(p, name):
        return Block(text, LIST_ITEM, page=page)
    return Block(text, PARAGRAPH, page=page)


def _footnotes(document) -> list[str]:
    """Footnote texts in the order the body refers to them ("1 Kamerstuk …")."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    try:
        part = document.part.part_related_by(RT.FOOTNOTES)
        root = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
    except Exception:
        return []
    texts = {}
    for note in root.iter(f"{_W}footnote"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join("".join(t.text or "" for t in note.iter(f"{_W}t")).split())
        if text:
            texts[note.get(f"{_W}id")] = text
    order = document.element.body.xpath(".//w:footnoteReference/@w:id")
    ids = list(dict.fromkeys(i for i in order if i in texts))
    return [f"{n} {texts[i]}" for n, i in enumerate(ids, 1)]


def _open(data: bytes):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    open_zip(data, "DOCX").close()
    try:
        return docx.Document(io.BytesIO(data))
    except ReaderError:
        raise
    except (PackageNotFoundError, KeyError) as e:
        raise ReaderError("corrupt DOCX: no Word document inside the zip") from e
    except ValueError as e:
        if "content type" in str(e).lower():
            raise ReaderError("not a Word document (a zip of another Office format)") from e
        raise ReaderError(f"corrupt DOCX: {e}"[:200]) from e
    except Exception as e:
        raise ReaderError(f"corrupt DOCX: {str(e) or type(e).__name__}"[:200]) from e


def read(path: Path, data: bytes) -> ReadResult:
    """A Word file into blocks in body order; ReaderError says why when it cannot be read."""
    from docx.table import Table

    document = _open(data)
    pages = _Pages(document.element.body)
    blocks: list[Block] = []
    try:
        for item in document.iter_inner_content():
            page = pages.at(item._element)
            if isinstance(item, Table):
                blocks.extend(_table_blocks(item, page))
            elif block := _paragraph_block(item, page):
                blocks.append(block)
    except Exception as e:
        raise ReaderError(f"corrupt DOCX: {str(e) or type(e).__name__}"[:200]) from e
    if notes := _footnotes(document):
        blocks.append(Block("Voetnoten", HEADING, level=1, page=pages.page if pages.known else None))
        blocks.extend(Block(n, PARAGRAPH, page=pages.page if pages.known else None) for n in notes)
    title, meta = core_properties(document, _PLACEHOLDER_TITLES)
    return ReadResult(FORMAT, blocks, title=title, pages=pages.page if pages.known else 0, meta=meta)
