"""The records that flow between polkb's stages.

read -> structure -> tag -> index -> search/answer -> present. Each stage takes and returns these
plain dataclasses, so a stage can be tested (and later replaced) without the ones around it, and no
Whoosh type ever leaves the index stage.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Block kinds a reader may emit.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE_ROW = "table_row"
BLOCK_KINDS = (HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW)


@dataclass
class Block:
    """One structural unit of a document as a reader found it.

    `level` is the heading level (1 = top) for headings and 0 otherwise; `page` is 1-based for
    paged formats (PDF) and None where the format has no pages.
    """

    text: str
    kind: str = PARAGRAPH
    level: int = 0
    page: int | None = None


@dataclass
class ReadResult:
    """What a reader hands to the structure stage: clean blocks in reading order."""

    format: str
    blocks: list[Block]
    title: str | None = None
    pages: int = 0
    meta: dict = field(default_factory=dict)


@dataclass
class Passage:
    """A retrievable unit: a few paragraphs under one heading path, never across documents.

    `start`/`end` are character offsets into `Document.text`; `heading` is the heading path from
    the top of the document down to the section the passage sits in.
    """

    id: str
    doc_id: str
    seq: int
    text: str
    heading: tuple[str, ...] = ()
    page: int | None = None
    start: int = 0
    end: int = 0
    lang: str = "nl"


@dataclass
class Document:
    """A whole ingested file: its identity, its clean text and the blocks that make it up."""

    id: str
    path: str
    title: str
    format: str
    sha256: str
    text: str
    blocks: list[Block]
    pages: int = 0
    language: str = "nl"
    kind: str = "document"
    meta: dict = field(default_factory=dict)
