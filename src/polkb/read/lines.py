"""Line logic shared by the plain-text and Markdown readers.

Most of our .txt files are PDF or slide exports: sentences are hard-wrapped at ~80 columns, words
are hyphenated across lines, bullets lose their continuation lines to blank lines, and headings
carry no markup. These pure functions rebuild paragraphs, list items and likely headings from such
lines so that search passages hold whole sentences.
"""
from __future__ import annotations

import re

from ..model import HEADING, LIST_ITEM, PARAGRAPH, Block

# A glyph bullet ("•", "-", "o " ...) is stripped; a number or letter ("1.", "2)", "a)") is kept.
BULLET = re.compile(r"^\s*(?:[•◦▪‣●○■□➢►▸·\-*+–—]|o(?=\s))\s+(?=\S)")
NUMBERED = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-zA-Z][.)]|\(\s*(?:\d{1,3}|[a-z])\s*\))\s+(?=\S)")
# Lines longer than this are not hard-wrapped, so their newline ends a paragraph.
UNWRAPPED = 120
_SPACES = re.compile(r"[ \t]+")
_HEADING_END = (".", ":", ";", ",")


def list_marker(line: str) -> tuple[bool, str]:
    """(is a list item, text without its glyph bullet but with its number)."""
    m = BULLET.match(line)
    if m:
        return True, line[m.end():].strip()
    m = NUMBERED.match(line)
    if m:
        return True, line.strip()
    return False, line.strip()


def join_wrapped(lines: list[str]) -> str:
    """Join hard-wrapped lines into one line, undoing line-end hyphenation.

    "decem-" + "ber" becomes "december" (an all-lowercase word part continued in lowercase: a
    wrap hyphen), while "KU Leuven-" + "studenten", "COVID19-" + "crisis" and "cijfers-over-" +
    "onderwijs" keep theirs: an uppercase letter or digit in the left part (a name or acronym
    in a compound) or an earlier hyphen in the word mean a real compound.
    """
    out = ""
    for raw in lines:
        line = _SPACES.sub(" ", raw).strip()
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith("-") and len(out) > 1 and out[-2].isalnum():
            word = out.rsplit(" ", 1)[-1][:-1]
            real_hyphen = (
                not (word.isalpha() and word.islower() and line[0].islower())
                or "-" in word
                or "/" in word
            )
            out = (out if real_hyphen else out[:-1]) + line
        else:
            out = f"{out} {line}"
    return out


def _is_heading(line: str) -> bool:
    """A lone short line without closing punctuation that starts like a title."""
    text = _SPACES.sub(" ", line).strip()
    if not text or len(text) > 100 or len(text.split()) > 12 or text.endswith(_HEADING_END):
        return False
    if list_marker(text)[0] or not any(c.isalpha() for c in text):  # "2", "22 452": page furniture
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] == "#"


def _continues(prev: Block, first_line: str) -> bool:
    """Whether a chunk after a blank line still belongs to the previous paragraph or item.

    Slide exports break bullets with blank lines: the tail starts lowercase, or the previous
    text stops on a comma, open bracket or dash.
    """
    if prev.kind not in (PARAGRAPH, LIST_ITEM) or list_marker(first_line)[0]:
        return False
    first = first_line.strip()
    return first[:1].islower() or prev.text.endswith((",", "(", "-", "–", "—"))


def _unwrapped_end(line: str, following: str) -> bool:
    """Whether a long line ends its paragraph. A line no wrap made still runs on when it stops
    mid-sentence and the next line goes on in lowercase ("… tekortsectoren die specifiek" +
    "opleiden en klaarstomen …"): an export that wrapped one line wider than the rest."""
    text = line.strip()
    if len(text) <= UNWRAPPED:
        return False
    return text.endswith((".", "!", "?", ":", ";")) or not following.strip()[:1].islower()


def _chunk_blocks(chunk: list[str]) -> list[Block]:
    """Split one blank-line separated chunk into paragraphs and list items."""
    blocks: list[Block] = []
    current: list[str] = []
    kind = PARAGRAPH

    def flush():
        text = join_wrapped(current)
        if text:
            blocks.append(Block(text, kind))

    for line in chunk:
        is_item, rest = list_marker(line)
        if is_item or (current and _unwrapped_end(current[-1], line)):
            flush()
            current, kind = [rest], LIST_ITEM if is_item else PARAGRAPH
        else:
            current.append(line)
    flush()
    return blocks


def split_chunks(lines: list[str]) -> list[list[str]]:
    """Group lines into runs separated by blank (whitespace-only) lines."""
    chunks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            chunks[-1].append(line)
        elif chunks[-1]:
            chunks.append([])
    return [c for c in chunks if c]


def text_blocks(lines: list[str], headings: bool = True) -> list[Block]:
    """Paragraph, list-item and (if `headings`) heuristic heading blocks from raw lines.

    A heading is a lone short line (or one directly followed by list items) with more text after
    it; the first one in the document is level 1, later ones level 2.
    """
    chunks = split_chunks(lines)
    blocks: list[Block] = []
    for i, chunk in enumerate(chunks):
        if blocks and _continues(blocks[-1], chunk[0]):
            n = next((j for j, line in enumerate(chunk) if list_marker(line)[0]), len(chunk))
            blocks[-1] = Block(join_wrapped([blocks[-1].text, *chunk[:n]]), blocks[-1].kind)
            chunk = chunk[n:]
        more_follows = i + 1 < len(chunks) or len(chunk) > 1
        if (
            headings
            and chunk
            and more_follows
            and _is_heading(chunk[0])
            and (len(chunk) == 1 or list_marker(chunk[1])[0])
        ):
            level = 2 if any(b.kind == HEADING for b in blocks) else 1
            blocks.append(Block(join_wrapped(chunk[:1]), HEADING, level))
            chunk = chunk[1:]
        blocks.extend(_chunk_blocks(chunk))
    return blocks
