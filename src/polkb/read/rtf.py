"""RTF reader: striprtf turns the control words into text; each RTF paragraph is one block.

Word and WordPad save RTF with one `\\par` per paragraph, so a line of the converted text is a
whole paragraph (never a hard wrap to undo). Bytes written as `\\'e9` are decoded with the code
page the file declares (`\\ansicpg1252`); `\\uN` escapes carry their own character.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..model import ReadResult
from . import ReaderError
from .lines import text_blocks

FORMAT = "rtf"
_MAGIC = b"{\\rtf"
_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")


def score(path: Path, head: bytes) -> float | None:
    """0.9 when the file starts like RTF (whatever its suffix: Word's .doc saved as RTF is
    common), 0.5 for the .rtf suffix alone."""
    if head.lstrip().startswith(_MAGIC):
        return 0.9
    return 0.5 if Path(path).suffix.lower() == ".rtf" else None


def codepage(data: bytes) -> str:
    """The Python codec of the file's declared ANSI code page, cp1252 when none is usable."""
    if m := _CODEPAGE.search(data[:4096]):
        name = f"cp{int(m.group(1))}"
        try:
            "".encode(name)
            return name
        except LookupError:
            pass
    return "cp1252"


def read(path: Path, data: bytes) -> ReadResult:
    """An RTF file into blocks: a blank line between paragraphs keeps each one whole."""
    from striprtf.striprtf import rtf_to_text

    if not data.lstrip().startswith(_MAGIC):
        raise ReaderError("not a valid RTF file (no {\\rtf header)")
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding=codepage(data), errors="replace")
    except Exception as e:
        raise ReaderError(f"corrupt RTF: {str(e) or type(e).__name__}"[:200]) from e
    lines = [line for raw in text.splitlines() for line in (raw.replace("\t", " "), "")]
    return ReadResult(FORMAT, text_blocks(lines))
