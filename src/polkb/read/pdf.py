"""PDF reader: pypdf text with positions -> lines -> paragraphs, headings and list items.

pypdf's `extract_text()` follows content-stream order (which is column order in the two-column
regeerakkoord) but drops the vertical gaps that separate paragraphs, so a visitor records each
text run's baseline and font size. Lines are rebuilt from those runs, page furniture (running
headers/footers, ISSN lines, document codes, page numbers) is dropped, and line-end hyphenation is
undone with a conservative rule (see `join_lines`).

Pages without a text layer that hold a picture (scans) are read by OCR when the `ocr` extra is
installed (`polkb.read.ocr`); their lines flow through the same rules. Content streams are counted
as they are decoded: pages may share one deflate bomb, so the whole document has one budget.
"""
from __future__ import annotations

import io
import logging
import re
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..model import HEADING, LIST_ITEM, PARAGRAPH, Block, ReadResult
from . import ReaderError, ocr

FORMAT = "pdf"
MAX_CONTENT = 256 * 1024 * 1024  # decoded content streams of all pages together
BOMB_WITHOUT_TEXT = 32 * 1024 * 1024  # decoded content that yields no text at all: not a scan

BULLET = re.compile(r"^(?:[•●▪■◦○·∙\-–—*]\s+|(?:\d{1,2}|[a-z])[.)]\s+)")
_GLYPH = re.compile(r"^[•●▪■◦○·∙\-–—*]\s+")
_FURNITURE = [
    re.compile(r"^ISSN\s+\d{4}\s*-\s*\d{3}[\dXx]$"),
    re.compile(r"^[a-z]{2,5}-[a-z]{2,5}-\d{8}-\d+$"),  # ah-tk-20232024-1432
    re.compile(r"^\d{1,4}$"),  # bare page number
    re.compile(r"^(?:’s-Gravenhage \d{4}\s+)?Tweede Kamer, vergaderjaar \d{4}.\d{4}, \w+(?: \d+)?$"),
    re.compile(r"^(?:pagina|page|blz\.?)\s*\d+\s*(?:van|of|/)\s*\d+$", re.I),
]
_ELISION = re.compile(r"^(?:en|of|tot|and|or|t/m)\b")
_FINAL = ".,;:!?"
_ACCENTED = "áàâäéèêëíìîïóòôöúùûü"  # "café-overleg": Dutch keeps the hyphen at a vowel clash
_BAND = 0.08  # top/bottom share of the page where running headers/footers live


@dataclass
class Line:
    text: str
    y: float
    size: float
    page: int
    brk: bool = False  # a paragraph starts at this line
    end_x: float = 0.0  # rough right edge of the text so far (0.55 em per character)


def score(path: Path, head: bytes) -> float | None:
    """Sniff the magic first: a mislabelled PDF is still a PDF, a bare .pdf suffix is a guess."""
    if b"%PDF-" in head[:1024]:
        return 1.0
    return 0.3 if path.suffix.lower() == ".pdf" else None


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines into one, undoing line-end hyphenation only where it is evidently a break.

    "decem-" + "ber" joins to "december"; the hyphen stays when the left word holds a capital or
    digit ("STEM-", "Leuven-"; a capital that merely starts a sentence does not count) or the right
    part starts with a capital, and "hoger-" + "en ..." is an elision: it keeps hyphen and space. A vowel clash ("café-overleg") keeps its hyphen too.
    """
    out = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if not out:
            out = line
        elif re.search(r"\w[-\u00ad]$", out):
            words = out[-300:].split()
            left, before = words[-1][:-1], (words[-2] if len(words) > 1 else None)
            sentence_start = before is None or before[-1:] in ".!?:"
            proper = re.search(r"[A-Z\d]", left[1:] if sentence_start else left)
            clash = left[-1:] in _ACCENTED or (left[-1:] in "aeiou" and line[0] in "aeiou")
            if _ELISION.match(line):
                out = out[:-1] + "-" + " " + line
            elif line[0].islower() and left[-1:].isalpha() and not proper and not clash:
                out = out[:-1] + line
            else:
                out = out[:-1] + "-" + line
        else:
            out = out + " " + line
    return out


def _norm(text: str) -> str:
    """Key for spotting running headers: case, spacing and numbers (page, year) do not matter."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def is_furniture_text(text: str) -> bool:
    """Lines that are page furniture by their very form, wherever they sit on the page."""
    return any(p.match(text) for p in _FURNITURE)


def _page_lines(page, num: int) -> list[Line]:
    """Rebuild lines from pypdf's text runs, keeping baseline and font size per line."""
    lines: list[Line] = []
    cur: list[Line | None] = [None]

    def visit(text, cm, tm, _font, fsize):
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        size = abs((fsize or 1) * tm[3] * cm[3]) or 1.0
        for i, part in enumerate(text.split("\n")):
            if i:
                cur[0] = None
            if not part.strip():
                if part and cur[0] is not None:
                    cur[0].text += " "  # pypdf emits word spaces as runs of their own
                continue
            py = y - i * size * 1.2
            c = cur[0]
            if c is None or abs(c.y - py) > 0.5 * max(size, c.size):
                c = cur[0] = Line("", py, size, num, end_x=x)
                lines.append(c)
            elif not i and x > c.end_x + size and not (c.text[-1:] + part[:1]).isspace():
                c.text += " "  # a run placed well right of the last one is a separate word
            c.text += part
            c.end_x = (x if not i else c.end_x) + 0.55 * size * len(part)
            c.size = max(c.size, size)

    page.extract_text(visitor_text=visit)
    for ln in lines:
        ln.text = compose_marks(" ".join(ln.text.split()))
    return [ln for ln in lines if ln.text]


# spacing diacritics a PDF may place as glyphs of their own after the letter they belong to, and
# the combining marks they stand for: "Yes¸ilgöz" is "Yeşilgöz", "ideee¨n" is "ideeën"
# (not the acute accent and the backtick: Dutch text uses them as apostrophes, "auto´s")
_SPACING_MARKS = {"\u00b8": "\u0327", "\u00a8": "\u0308", "\u02dc": "\u0303", "\u02c6": "\u0302",
                  "\u02da": "\u030a", "\u02d8": "\u0306", "\u02c7": "\u030c", "\u02d9": "\u0307",
                  "\u02dd": "\u030b"}
_MARK_AFTER_LETTER = re.compile(r"([^\W\d_])\s?([%s])" % "".join(_SPACING_MARKS))


def compose_marks(text: str) -> str:
    """A letter followed by a spacing diacritic becomes the accented letter, where Unicode has
    one ("s" + "¸" -> "ş"); any other mark stays as it stands. A name read as "Yes¸ilgöz" is
    found neither by "Yesilgoz" nor by "Yeşilgöz"."""
    if not any(m in text for m in _SPACING_MARKS):
        return text

    def one(m):
        composed = unicodedata.normalize("NFC", m.group(1) + _SPACING_MARKS[m.group(2)])
        return composed if len(composed) == 1 else m.group(0)

    while True:  # stacked marks ("U¨ˇ" -> "Ǚ") join one at a time
        joined = _MARK_AFTER_LETTER.sub(one, text)
        if joined == text:
            return text
        text = joined


def _mark_breaks(lines: list[Line]) -> None:
    """Paragraph starts: a gap clearly above the page's usual leading, an upward jump (next
    column), a change of font size, or a short line ending a sentence before a capital."""
    gaps = [p.y - n.y for p, n in zip(lines, lines[1:]) if 0 < p.y - n.y <= 3 * p.size]
    lead = sorted(gaps)[len(gaps) // 2] if gaps else 12.0
    width = max((len(ln.text) for ln in lines), default=0)
    for prev, ln in zip([None] + lines, lines):
        if prev is None:
            ln.brk = True
            continue
        gap = prev.y - ln.y
        ratio = max(ln.size, prev.size) / max(min(ln.size, prev.size), 0.1)
        short_end = (
            prev.text[-1] in ".:!?" and ln.text[0].isupper() and len(prev.text) < 0.6 * width
        )
        label = prev.brk and prev.text[-1] not in _FINAL + "-" and len(prev.text) < 0.4 * width
        ln.brk = gap > 1.45 * lead or gap < -0.5 * ln.size or ratio > 1.15 or short_end or label


def _drop_furniture(pages: list[list[Line]], heights: list[tuple[float, float]]) -> None:
    """Remove furniture in place: fixed patterns anywhere, plus lines in the top/bottom band
    that repeat (numbers masked) on two or more pages of a document of three or more pages."""
    def in_band(ln: Line) -> bool:
        lo, h = heights[ln.page - 1]
        return ln.y > lo + (1 - _BAND) * h or ln.y < lo + _BAND * h

    seen = Counter()
    for lines in pages:
        seen.update({_norm(ln.text) for ln in lines if in_band(ln)})
    repeated = {k for k, n in seen.items() if n >= 2} if len(pages) >= 3 else set()
    for lines in pages:
        lines[:] = [
            ln for ln in lines
            if not is_furniture_text(ln.text) and not (in_band(ln) and _norm(ln.text) in repeated)
        ]


def _blocks(lines: list[Line], body: float) -> list[Block]:
    """Group lines into paragraphs and list items, then label the evident headings."""
    groups: list[tuple[str, list[Line]]] = []
    for ln in lines:
        bullet = BULLET.match(ln.text)
        if ln.brk or bullet or not groups:
            groups.append((LIST_ITEM if bullet else PARAGRAPH, [ln]))
        else:
            groups[-1][1].append(ln)
    # A paragraph cut by a column or page break continues when it ends mid-sentence in lowercase.
    merged: list[tuple[str, list[Line]]] = []
    for kind, grp in groups:
        if merged and kind == PARAGRAPH and grp[0].text[0].islower():
            pk, prev = merged[-1]
            if prev[-1].text[-1] not in ".!?:" and abs(prev[-1].size - grp[0].size) < 0.5:
                prev.extend(grp)
                continue
        merged.append((kind, grp))
    blocks = []
    for i, (kind, grp) in enumerate(merged):
        text = join_lines([ln.text for ln in grp])
        size = max(ln.size for ln in grp)
        nxt = merged[i + 1][1] if i + 1 < len(merged) else None
        if blocks and text == blocks[-1].text:
            continue  # text drawn twice (shadow or bold effect)
        if blocks and blocks[-1].kind == HEADING and re.fullmatch(r"\d+(?:\.\d+)*", blocks[-1].text):
            blocks.pop()  # "1.2.3" set on its own line above its heading
            text = f"{merged[i - 1][1][0].text} {text}"
        if kind == LIST_ITEM:
            blocks.append(Block(_GLYPH.sub("", text), LIST_ITEM, page=grp[0].page))
        elif nxt and _is_heading(text, len(grp), size, body, nxt[0].size):
            level = 1 if size >= 1.4 * body else 2 if size >= 1.15 * body else 3
            blocks.append(Block(text, HEADING, level=level, page=grp[0].page))
        else:
            blocks.append(Block(text, PARAGRAPH, page=grp[0].page))
    return blocks


def _is_heading(text: str, nlines: int, size: float, body: float, next_size: float) -> bool:
    """Conservative: a short unpunctuated line starting with a capital or number, either in a
    larger font (up to three lines) or a lone line at body size followed by body text."""
    if not text or text[-1] in _FINAL or not (text[0].isupper() or text[0].isdigit()):
        return False
    if re.search(r"\d\s+\d+$", text):
        return False  # a table row or a contents entry, not a heading
    if size >= 1.15 * body and nlines <= 3 and len(text) <= 150:
        return True
    return nlines == 1 and len(text) <= 60 and next_size <= size * 1.05 and len(text.split()) <= 8


def _title(meta, path: Path) -> str | None:
    """The /Title entry unless it is empty, a placeholder or just a file name."""
    t = " ".join(str(meta.get("/Title", "") or "").split()) if meta else ""
    if not t or t.lower() in {"none", "untitled", "title", path.stem.lower()}:
        return None
    if re.match(r"(?i)microsoft (word|powerpoint)|.*\.(docx?|pdf|indd|rtf|odt|pptx?)$", t):
        return None
    return t


TITLE_PAGES = 2        # the pages a document's own title stands on …
TITLE_SAID = 0.6       # … with this share of its words at least
MIN_FIRST_TEXT = 200   # (letters on those pages to judge by: a scan without its OCR has none)


def title_said(title: str, blocks: list[Block]) -> bool:
    """Whether the /Title is the document's own: most of its words stand on its first pages. A
    template's /Title outlives it ("Aandachtspuntenlijst raadsvergadering 3 november 2008" on the
    decision list of 29 June 2015), and then the document's first heading names it better. A title
    cannot be judged on pages without text, and then it stands."""
    first = " ".join(b.text for b in blocks if (b.page or 1) <= TITLE_PAGES)
    if len(re.findall(r"[^\W\d_]", first)) < MIN_FIRST_TEXT:
        return True
    said = set(re.findall(r"\w+", _fold(first)))
    words = [w for w in re.findall(r"\w+", _fold(title)) if len(w) >= 4 or w.isdigit()]
    return not words or sum(w in said for w in words) >= TITLE_SAID * len(words)


def _fold(text: str) -> str:
    """Lower case without accents: a title and its page differ in both ("REGELING", "Financiële")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _meta(reader, path: Path) -> dict:
    """Title, author and creation date when the document info says so; never fails the read."""
    out = {}
    try:
        info = reader.metadata or {}
        if t := _title(info, path):
            out["pdf_title"] = t
        if a := str(info.get("/Author", "") or "").strip():
            out["author"] = a
        if info.get("/CreationDate") and (d := info.creation_date):
            out["created"] = d.isoformat()
    except Exception:
        pass
    return out


def _open(data: bytes):
    """Open and, when needed, decrypt with the empty user password."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise ReaderError("encrypted PDF (password required)")
            except DependencyError as e:
                raise ReaderError("encrypted PDF (AES needs the 'cryptography' package)") from e
        n = len(reader.pages)
    except ReaderError:
        raise
    except Exception as e:
        raise ReaderError(f"corrupt PDF: {str(e) or type(e).__name__}"[:200]) from e
    if not n:
        raise ReaderError("corrupt PDF: no pages")
    return reader


def _content_size(page) -> int:
    """Bytes of the page's decoded content stream(s); a broken stream counts as empty."""
    try:
        contents = page.get_contents()
        return len(contents.get_data()) if contents is not None else 0
    except Exception:
        return 0


def has_picture(page) -> bool:
    """Whether the page draws an image XObject (directly or in a form): a scan has one."""
    try:
        stack, seen = [page.get("/Resources")], 0
        while stack and seen < 200:
            res = stack.pop()
            res = res.get_object() if res is not None else None
            xobjects = res.get("/XObject") if res else None
            for ref in (xobjects.get_object().values() if xobjects else ()):
                seen += 1
                obj = ref.get_object()
                if obj.get("/Subtype") == "/Image":
                    return True
                if obj.get("/Subtype") == "/Form":
                    stack.append(obj.get("/Resources"))
    except Exception:
        return False
    return False


def ocr_lines(text: str, num: int) -> list[Line]:
    """OCR text of one page as Lines: a blank line between paragraphs becomes a gap, so the
    paragraph rules see what a text layer would have shown."""
    lines, y = [], 800.0
    for raw in text.splitlines():
        if not raw.strip():
            y -= 12.0
            continue
        lines.append(Line(" ".join(raw.split()), y, 10.0, num))
        y -= 12.0
    return lines


def _ocr_pages(data: bytes, pages: list[list[Line]], wanted: list[int]) -> int:
    """Fill the listed (0-based) pages with OCR lines; returns how many pages gave text."""
    document = ocr.open_pdf(data)
    read = 0
    try:
        for i in wanted:
            lines = ocr_lines(ocr.image_text(ocr.render_page(document[i])), i + 1)
            pages[i] = lines
            read += bool(lines)
    finally:
        document.close()
    return read


def _scanned(reader, data: bytes, pages: list[list[Line]], content: int = 0) -> int:
    """OCR the pages that have no text but a picture; ReaderError when the document has no text
    at all and OCR cannot help. Returns the number of pages read by OCR."""
    wanted = [i for i, lines in enumerate(pages) if not lines and has_picture(reader.pages[i])]
    if not wanted:
        if any(pages):
            return 0
        if content > BOMB_WITHOUT_TEXT:  # tens of MB of drawing operators and not one word
            raise ReaderError(f"PDF content expands to {content // (1024 * 1024)} MB without any text "
                              "(a decompression bomb?)")
        if ocr.missing_reason():
            raise ReaderError("no text layer (scanned PDF?); OCR is not supported without polkb[ocr]: "
                              "install polkb[ocr] (and tesseract with Dutch) to read scanned pages")
        raise ReaderError("no text layer (scanned PDF?); OCR is not supported on pages without a picture")
    if reason := ocr.missing_reason():
        if any(pages):
            return 0  # the text layer of the other pages is still worth indexing
        raise ReaderError(reason)
    read = _ocr_pages(data, pages, wanted)
    if not any(pages):
        raise ReaderError(f"no text layer, and OCR found no text on its {len(wanted)} scanned page(s)")
    return read


def read(path: Path, data: bytes) -> ReadResult:
    """Read a PDF into blocks with 1-based page numbers; ReaderError says why when it cannot."""
    if b"%PDF-" not in data[:1024]:
        raise ReaderError("not a valid PDF (no %PDF- header)")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = _open(data)
        pages, heights = [], []
        content = 0
        try:
            for num, page in enumerate(reader.pages, 1):
                content += _content_size(page)
                if content > MAX_CONTENT:
                    raise ReaderError(f"PDF content expands beyond {MAX_CONTENT // (1024 * 1024)} MB")
                box = page.mediabox
                heights.append((float(box.bottom), float(box.height) or 842.0))
                pages.append(_page_lines(page, num))
        except ReaderError:
            raise
        except Exception as e:
            raise ReaderError(f"corrupt PDF: {str(e) or type(e).__name__}"[:200]) from e
        meta = _meta(reader, path)
        if scanned := _scanned(reader, data, pages, content):
            meta["ocr_pages"] = scanned
    _drop_furniture(pages, heights)
    sizes = Counter()
    for lines in pages:
        _mark_breaks(lines)
        for ln in lines:
            sizes[round(ln.size, 1)] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    blocks = _blocks([ln for lines in pages for ln in lines], body)
    title = meta.get("pdf_title")
    return ReadResult(FORMAT, blocks, title=title if title and title_said(title, blocks) else None, pages=len(pages), meta=meta)
