"""Structure: turn a reader's blocks into a Document with stable ids and passages.

Passages are what search returns and what an answer cites, so they follow the document's own
structure: a passage never spans two documents, carries the heading path of its section, keeps a
list together with the line that introduces it, and aims at 40-250 words so it holds enough context
to be understood on its own but stays short enough to read in a briefing.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import PurePath

from .model import HEADING, LIST_ITEM, Block, Document, Passage, ReadResult

MIN_WORDS = 40
MAX_WORDS = 250

_NL_MARKERS = frozenset(
    "de het een en van in is op te dat die voor met zijn niet aan er ook als bij door naar worden "
    "wordt deze kan om tot uit over zij hun nog wel of meer".split()
)
_EN_MARKERS = frozenset(
    "the of and to in is that for are with on as by this be from or an at which have it was "
    "their these its has were can not been".split()
)
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(“‘])")


def document_id(path: str) -> str:
    """A document's id is derived from its stored path, so re-ingesting a changed file keeps it."""
    return hashlib.sha1(path.encode("utf-8")).hexdigest()[:12]


def detect_language(text: str) -> str:
    """'nl' or 'en' by counting each language's most frequent function words.

    Policy texts here are Dutch with English sections (the VLIR page); a stop-word vote is cheap,
    needs no model, and is reliable on passages of 40+ words.
    """
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    nl = sum(w in _NL_MARKERS for w in words)
    en = sum(w in _EN_MARKERS for w in words)
    return "en" if en > nl * 1.5 and en >= 3 else "nl"


def word_count(text: str) -> int:
    return len(text.split())


def _fallback_title(path: str) -> str:
    stem = PurePath(path).stem
    return re.sub(r"[-_]+", " ", stem).strip() or stem


# front matter that opens many documents and names none of them
_FRONT_MATTER = re.compile(r"(?i)(?:voorwoord|woord vooraf|inhoud|inhoudsopgave|inhoudstafel|inleiding|introductie|"
                           r"samenvatting|colofon|voetnoten|eindnoten|preface|foreword|contents|table of contents|"
                           r"planteksten|toelichting|"  # (the parts of a zoning plan on ruimtelijkeplannen.nl)
                           r"(?:hoofdstuk|chapter)\s+\d+[.:]?(?:\s+(?:inleiding|introductie|introduction|algemeen))?|"
                           r"introduction|summary|footnotes)[\s.:]*"
                           r"|(?:>\s*)?retouradres\b.*"  # (a letter's return address line)
                           r"|logo\b.*"  # (a letterhead image's caption, which a template's PDF /Title keeps: "Logo Den Haag, …")
                           # a dateline ("Den Haag, 27 maart 2015", "Brussel, 3 mei 2019") or a bare date
                           r"|(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+)?\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|"
                           r"augustus|september|oktober|november|december)\s+\d{4}\.?"
                           # a street address on a ruling's or a letter's first lines ("Zenderstraat 5", "Vrijheidstraat 32, bus 16")
                           r"|[A-Z][\w'’-]*(?:straat|laan|weg|plein|kade|gracht|singel|dreef|lei|steenweg|markt|dijk|park)"
                           r"\s+\d+\s*[a-z]?(?:\s*,?\s*bus\s+\d+)?")


# a title cut off after a word that needs one after it ("Raad voor": an OCR'd cover's first line)
_ENDS_NO_TITLE = frozenset("voor van de het een en of in op met over inzake tot aan bij door the of and for to in on".split())


def usable_title(title: str) -> bool:
    """Whether a title names its document: a PDF whose /Title is "1", or whose first heading is
    "Voorwoord" or a cut-off "Raad voor", says nothing of what it is, and its file name says more
    ("vl-raad-studievoortgangsbetwistingen-jaarverslag-2021")."""
    words = title.split()
    return len(re.findall(r"[^\W\d_]", title)) >= 3 and not _FRONT_MATTER.fullmatch(title.strip()) \
        and words[-1].lower().strip(".,:;") not in _ENDS_NO_TITLE


_SUBJECT_LINE = re.compile(r"(?:Onderwerp|Betreft)\s*:?\s+(\S.{2,})", re.IGNORECASE)
_LETTERHEAD = re.compile(r"(?:Datum|Kenmerk|Ons kenmerk|Uw kenmerk|Uw brief|Bijlagen?|Pagina|Contactpersoon)\b", re.IGNORECASE)


def _heading_title(blocks: list[Block]) -> str:
    """The first heading; with the one right after it when a document opens with two of the same
    level, as a cover page does ("Raad voor betwistingen …" over "Verslag over de werkzaamheden 2007").
    A letter's subject line is its title, not the header fields above it ("Datum 1 maart 2011")."""
    first = next((i for i, b in enumerate(blocks) if b.kind == HEADING), None)
    if first is None:
        return ""
    for b in blocks[first:first + 6]:  # a letter's header: "Datum 1 maart 2011", "Onderwerp Draagmoederschap"
        if b.kind == HEADING and (m := _SUBJECT_LINE.match(b.text)):
            return m.group(1)
        if b.kind == HEADING and not _LETTERHEAD.match(b.text):
            break
    # (a cover whose first heading is cut off, "Raad voor" over OCR'd lines, gives way to the file name as before)
    cover = _cover_title(blocks) if usable_title(blocks[first].text) else ""
    if cover:
        return cover
    title = blocks[first].text
    if first == 0 and len(blocks) > 1 and blocks[1].kind == HEADING and blocks[1].level == blocks[0].level \
            and usable_title(title) and usable_title(blocks[1].text):
        title = f"{title}: {blocks[1].text}"
    return title


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
COVER_BLOCKS = 8       # a cover page holds this many lines at most …
COVER_LINE_WORDS = 12  # … each this short
COVER_PARTS = 3        # the year stands in one of a cover title's first parts


def _cover_title(blocks: list[Block]) -> str:
    """The title a cover page gives: all of a first page that holds only a few short lines, one of them a
    heading, before the document goes on. A cover set in large type breaks its name over lines, a word
    each ("RAAD" / "VOOR" / "BETWISTINGEN" / … / "JAARVERSLAG"), and puts the year on a line of its own
    ("Verslag over de werkzaamheden 2010"), which the first heading alone would lose. A one-word line, a
    line ending in a word that needs the next ("Raad voor") or a capitalised line after another runs on
    into the next; other lines are the title's parts, joined by a colon. "" when there is no cover, or
    when it gives no year: the year is what tells the reports of a series apart, and without it the first
    heading (or the file name) names the document as well as the cover does."""
    page = blocks[0].page if blocks else None
    cover = [b for b in blocks if b.page == page]
    if page is None or len(cover) == len(blocks) or len(cover) > COVER_BLOCKS \
            or any(len(b.text.split()) > COVER_LINE_WORDS for b in cover) or not any(b.kind == HEADING for b in cover):
        return ""
    parts: list[str] = []
    open_end = False
    for b in cover:
        text = " ".join(b.text.split()).strip(" -–")
        if text.startswith("©") or _FRONT_MATTER.fullmatch(text) or not text:
            continue
        if parts and (open_end or text.isupper() and parts[-1].split()[-1].isupper()):
            parts[-1] = f"{parts[-1]} {text}"
        else:
            parts.append(text)
        words = text.split()
        open_end = len(words) == 1 or words[-1].lower().strip(".,:;") in _ENDS_NO_TITLE
    parts = [p for p in parts if usable_title(p)]
    # (up to the line that gives the year: what follows on a cover is who made it, for whom and when approved)
    dated = next((i for i, p in enumerate(parts[:COVER_PARTS]) if _YEAR.search(p)), None)
    return ": ".join(parts[:dated + 1]) if dated is not None else ""


def build_document(path: str, sha256: str, read: ReadResult) -> Document:
    """Assemble a Document from a reader's result: clean text, title, language."""
    blocks = [Block(b.text.strip(), b.kind, b.level, b.page) for b in read.blocks if b.text.strip()]
    text = "\n\n".join(b.text for b in blocks)
    title = (read.title or "").strip()
    if not usable_title(title):
        title = _heading_title(blocks)
        title = title if usable_title(title) else _fallback_title(path)
    return Document(
        id=document_id(path),
        path=path,
        title=title[:300],
        format=read.format,
        sha256=sha256,
        text=text,
        blocks=blocks,
        pages=read.pages,
        language=detect_language(text),
        meta=dict(read.meta),
    )


@dataclass
class _Unit:
    """Blocks that must stay together (a list and its lead-in), with their heading path."""

    blocks: list[tuple[int, Block]]  # (offset into Document.text, block)
    heading: tuple[str, ...]
    words: int


def block_offsets(doc: Document) -> list[int]:
    """Where each block starts in doc.text (build_document joins blocks with a blank line)."""
    offsets, pos = [], 0
    for b in doc.blocks:
        offsets.append(pos)
        pos += len(b.text) + 2
    return offsets


def _units(doc: Document) -> list[_Unit]:
    """Group blocks into units: a heading starts a new one, a list joins its lead-in line."""
    units: list[_Unit] = []
    stack: list[tuple[int, str]] = []
    for offset, block in zip(block_offsets(doc), doc.blocks):
        if block.kind == HEADING:
            level = block.level or 2
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, block.text))
            heading = tuple(t for _, t in stack)
            units.append(_Unit([(offset, block)], heading, word_count(block.text)))
            continue
        heading = tuple(t for _, t in stack)
        prev = units[-1] if units else None
        joins_list = (
            block.kind == LIST_ITEM
            and prev is not None
            and prev.heading == heading
            and prev.blocks[-1][1].kind in (LIST_ITEM, "paragraph", HEADING)
            and (prev.blocks[-1][1].kind != "paragraph" or prev.blocks[-1][1].text.rstrip().endswith(":")
                 or prev.blocks[-1][1].kind == LIST_ITEM)
        )
        after_heading = prev is not None and len(prev.blocks) == 1 and prev.blocks[0][1].kind == HEADING
        if joins_list or after_heading:
            prev.blocks.append((offset, block))
            prev.words += word_count(block.text)
        else:
            units.append(_Unit([(offset, block)], heading, word_count(block.text)))
    return units


def _split_long_block(offset: int, block: Block) -> list[tuple[int, Block]]:
    """Cut a single block longer than MAX_WORDS at sentence ends (or every MAX_WORDS words)."""
    pieces, start, words = [], 0, 0
    cuts = [m.start() for m in _SENTENCE_END.finditer(block.text)] + [len(block.text)]
    last = 0
    for cut in cuts:
        words += word_count(block.text[last:cut])
        last = cut
        if words >= MAX_WORDS * 0.8 or cut == len(block.text):
            piece = block.text[start:cut].strip()
            if piece:
                lead = len(block.text[start:cut]) - len(block.text[start:cut].lstrip())
                pieces.append((offset + start + lead, Block(piece, block.kind, block.level, block.page)))
            start, words = cut, 0
    out = []
    for off, b in pieces:  # sentence-free walls of text: cut by words
        tokens = b.text.split(" ")
        if len(tokens) <= MAX_WORDS:
            out.append((off, b))
            continue
        pos = 0
        for i in range(0, len(tokens), MAX_WORDS):
            chunk = " ".join(tokens[i:i + MAX_WORDS])
            out.append((off + pos, Block(chunk, b.kind, b.level, b.page)))
            pos += len(chunk) + 1
    return out


def _explode(unit: _Unit) -> list[_Unit]:
    """Split a unit over MAX_WORDS into block-sized units (long blocks at sentence ends)."""
    if unit.words <= MAX_WORDS:
        return [unit]
    out = []
    for offset, block in unit.blocks:
        for off, piece in (_split_long_block(offset, block) if word_count(block.text) > MAX_WORDS
                           else [(offset, block)]):
            out.append(_Unit([(off, piece)], unit.heading, word_count(piece.text)))
    return out


def cut_passages(doc: Document) -> list[Passage]:
    """Pack a document's units into passages of about MIN_WORDS..MAX_WORDS words.

    A new section starts a new passage once the current one has MIN_WORDS; shorter sections are
    carried into the next one so no passage is a lone heading.
    """
    units = [u for unit in _units(doc) for u in _explode(unit)]
    groups: list[list[_Unit]] = []
    for unit in units:
        if groups:
            cur = groups[-1]
            words = sum(u.words for u in cur)
            same_section = cur[-1].heading == unit.heading
            starts_section = unit.blocks[0][1].kind == HEADING
            fits = words + unit.words <= MAX_WORDS
            if fits and (words < MIN_WORDS or (same_section and not starts_section)):
                cur.append(unit)
                continue
        groups.append([unit])
    return [_passage(doc, seq, group) for seq, group in enumerate(groups)]


def _passage(doc: Document, seq: int, group: list[_Unit]) -> Passage:
    blocks = [ob for u in group for ob in u.blocks]
    start = blocks[0][0]
    last_off, last_block = blocks[-1]
    end = last_off + len(last_block.text)
    content = [b for _, b in blocks if b.kind != HEADING]
    # the section that holds most of the passage's words names it (short sections ride along)
    words_by_heading: dict[tuple[str, ...], int] = {}
    for u in group:
        words_by_heading[u.heading] = words_by_heading.get(u.heading, 0) + u.words
    heading = max(words_by_heading, key=words_by_heading.get)
    page = next((b.page for b in content if b.page), None) or next((b.page for _, b in blocks if b.page), None)
    text = doc.text[start:end]
    return Passage(
        id=f"{doc.id}-{seq:04d}",
        doc_id=doc.id,
        seq=seq,
        text=text,
        heading=heading,
        sections=tuple(dict.fromkeys(b.text for _, b in blocks if b.kind == HEADING)),
        page=page,
        start=start,
        end=end,
        lang=detect_language(text) if word_count(text) >= 20 else doc.language,
    )
