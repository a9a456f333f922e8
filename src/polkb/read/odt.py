"""OpenDocument text (ODT) reader: content.xml and meta.xml read straight from the zip.

ODF's text model is plain enough that the standard library reads it without a dependency:
`text:h` is a heading with its `text:outline-level`, `text:list` holds items, `table:table` rows
of cells, `text:note` a footnote inside the paragraph that cites it (kept out of that paragraph and
listed after the body). LibreOffice records where it last broke pages (`text:soft-page-break`),
which gives page numbers; a file without them has none. An encrypted (password-protected) file
declares its encryption in the manifest and is refused with that reason.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, ReadResult
from . import ReaderError
from .container import ZIP_MAGIC, open_zip, read_member

FORMAT = "odt"
_SUFFIXES = {".odt", ".ott"}
_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


H, P, LIST, ITEM, HEADER = _q("text:h"), _q("text:p"), _q("text:list"), _q("text:list-item"), _q("text:list-header")
TABLE, ROW, CELL = _q("table:table"), _q("table:table-row"), _q("table:table-cell")  # covered cells are left out
NOTE, NOTE_BODY, NOTE_CITATION = _q("text:note"), _q("text:note-body"), _q("text:note-citation")
SPACE, TAB, LINE_BREAK, SOFT_BREAK = _q("text:s"), _q("text:tab"), _q("text:line-break"), _q("text:soft-page-break")
# Never text of the paragraph they sit in: comments, change-tracking records, drawn frames.
_SKIP = {_q("office:annotation"), _q("office:annotation-end"), _q("text:tracked-changes"), _q("draw:frame"),
         _q("text:sequence-decls"), _q("text:variable-decls"), _q("table:table-columns"),
         _q("table:table-column")}
_PLACEHOLDER_TITLES = {"", "untitled", "title", "titel", "naamloos", "document"}


def score(path: Path, head: bytes) -> float | None:
    """0.95 when the zip's stored mimetype says ODF text, 0.5 for the suffix alone (a damaged
    file is then called a corrupt ODT, not an unknown type)."""
    if head.startswith(ZIP_MAGIC) and _MIMETYPE in head[:200]:
        return 0.95
    return 0.5 if Path(path).suffix.lower() in _SUFFIXES else None


@dataclass
class _Walk:
    """What the walk over the body gathers: blocks, footnotes, the current page."""

    paged: bool
    page: int = 1
    blocks: list[Block] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, text: str, kind: str, level: int = 0) -> None:
        text = " ".join(text.split())
        if text:
            self.blocks.append(Block(text, kind, level, self.page if self.paged else None))


def _inline(el: ET.Element, walk: _Walk) -> str:
    """The text of a paragraph or heading: spaces and tabs as written, notes moved to `walk`."""
    parts = [el.text or ""]
    for child in el:
        if child.tag == SPACE:
            parts.append(" " * int(child.get(_q("text:c"), "1") or 1))
        elif child.tag in (TAB, LINE_BREAK):
            parts.append(" ")
        elif child.tag == SOFT_BREAK:
            walk.page += 1
        elif child.tag == NOTE:
            body = child.find(NOTE_BODY)
            mark = child.findtext(NOTE_CITATION) or str(len(walk.notes) + 1)
            if body is not None:
                walk.notes.append(f"{mark.strip()} " + " ".join(_inline(p, walk) for p in body))
        elif child.tag not in _SKIP:
            parts.append(_inline(child, walk))
        parts.append(child.tail or "")
    return "".join(parts)


def _row(row: ET.Element, walk: _Walk) -> str:
    cells = []
    for cell in row:
        if cell.tag == CELL:
            cells.append(" ".join(" ".join(_inline(p, walk) for p in cell.iter(P)).split()))
    return " | ".join(c for c in cells if c)


def _body(el: ET.Element, walk: _Walk, in_list: bool = False) -> None:
    """Blocks of a body element's children in document order (sections and lists recurse)."""
    for child in el:
        tag = child.tag
        if tag == SOFT_BREAK:
            walk.page += 1
        elif tag == H:
            level = int(child.get(_q("text:outline-level"), "1") or 1)
            walk.add(_inline(child, walk), HEADING, max(1, min(level, 9)))
        elif tag == P:
            walk.add(_inline(child, walk), LIST_ITEM if in_list else PARAGRAPH)
        elif tag in (LIST, ITEM, HEADER):
            _body(child, walk, in_list=True)
        elif tag == TABLE:
            for row in child.iter(ROW):
                walk.add(_row(row, walk), TABLE_ROW)
        elif tag not in _SKIP:
            _body(child, walk, in_list)  # sections, index bodies, change regions


def _parse(data: bytes, name: str) -> ET.Element:
    """Parse one XML member; a DOCTYPE (entity tricks) or broken XML is a corrupt file."""
    if b"<!DOCTYPE" in data[:4096]:
        raise ReaderError(f"corrupt ODT: {name} declares a DOCTYPE")
    try:
        return ET.fromstring(data)
    except ET.ParseError as e:
        raise ReaderError(f"corrupt ODT: {name}: {e}"[:200]) from e


def _meta(archive) -> tuple[str | None, dict]:
    """Title, author and dates from meta.xml; a missing or broken meta.xml costs only these."""
    try:
        root = _parse(read_member(archive, "meta.xml", "ODT"), "meta.xml")
    except ReaderError:
        return None, {}
    meta = {}
    title = " ".join((root.findtext(".//dc:title", "", _NS) or "").split())
    author = root.findtext(".//meta:initial-creator", "", _NS) or root.findtext(".//dc:creator", "", _NS)
    if author and author.strip():
        meta["author"] = author.strip()
    for key, path in (("created", ".//meta:creation-date"), ("modified", ".//dc:date")):
        if value := (root.findtext(path, "", _NS) or "").strip():
            meta[key] = value
    return (None if title.lower() in _PLACEHOLDER_TITLES else title), meta


def is_encrypted(manifest: bytes) -> bool:
    """Whether the manifest declares encrypted members (a password-protected document)."""
    return re.search(rb"<manifest:encryption-data\b", manifest) is not None


def open_document(data: bytes, kind: str):
    """(content.xml's root, title, metadata) of an OpenDocument file (ODT, ODP); ReaderError for
    an encrypted one or one without content."""
    archive = open_zip(data, kind)
    with archive:
        names = set(archive.namelist())
        if "META-INF/manifest.xml" in names and is_encrypted(read_member(archive, "META-INF/manifest.xml", kind)):
            raise ReaderError("encrypted OpenDocument (password required); save it without a password")
        if "content.xml" not in names:
            raise ReaderError(f"corrupt {kind}: no content.xml inside the zip")
        root = _parse(read_member(archive, "content.xml", kind), "content.xml")
        title, meta = _meta(archive)
    return root, title, meta


def read(path: Path, data: bytes) -> ReadResult:
    """An ODT into blocks in document order; ReaderError says why when it cannot be read."""
    root, title, meta = open_document(data, "ODT")
    text = root.find("office:body/office:text", _NS)
    if text is None:
        raise ReaderError("not an OpenDocument text (no office:text body)")
    walk = _Walk(paged=any(True for _ in text.iter(SOFT_BREAK)))
    _body(text, walk)
    if walk.notes:
        walk.add("Voetnoten", HEADING, 1)
        for note in walk.notes:
            walk.add(note, PARAGRAPH)
    return ReadResult(FORMAT, walk.blocks, title=title, pages=walk.page if walk.paged else 0, meta=meta)
