"""Readers: one per format behind one scored dispatch.

Each reader module exposes `FORMAT`, `score(path, head) -> float | None` (None declines; `head` is
the first 4 KiB of the file, so content sniffing beats a misleading suffix) and
`read(path, data) -> ReadResult`. `read_file` asks every reader for a score and lets the highest
one read. A reader wraps every library failure in `ReaderError` with a short, human reason: the
ingest loop prints it as `PATH: reason` and goes on with the next file.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..model import ReadResult


_BROKEN = re.compile(r"(?<![\w-])([a-zà-ÿ]+)-([a-zà-ÿ]+)(?![\w-])")


def repair_broken_words(text: str) -> str:
    """Join words that text extraction left split by a hyphen ("spookoplei-dingen"), for every
    format, so search, snippets and quotes see the word as written before the line break."""
    if "-" not in text:
        return text
    from ..lexicon import is_broken_word

    return _BROKEN.sub(lambda m: m.group(1) + m.group(2) if is_broken_word(m.group(1), m.group(2))
                       else m.group(0), text)


class ReaderError(Exception):
    """A file could not be read; the message is the one-line reason shown to the user."""


def _readers():
    from . import html, markdown, pdf, text

    return (pdf, html, markdown, text)


def choose_reader(path: Path, head: bytes):
    """The reader with the highest score for this file, or None when every reader declines."""
    best, best_score = None, 0.0
    for reader in _readers():
        s = reader.score(path, head)
        if s is not None and s > best_score:
            best, best_score = reader, s
    return best


def read_file(path: Path, data: bytes | None = None) -> ReadResult:
    """Read one file into clean blocks, raising ReaderError with the reason when it cannot."""
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as e:
            raise ReaderError(f"cannot read file: {e.strerror or e}") from e
    if not data.strip():
        raise ReaderError("empty file")
    reader = choose_reader(path, data[:4096])
    if reader is None:
        raise ReaderError(f"unsupported file type ({path.suffix or 'no suffix'})")
    result = reader.read(path, data)
    for block in result.blocks:
        block.text = repair_broken_words(block.text)
    if not any(b.text.strip() for b in result.blocks):
        raise ReaderError("no text found")
    return result
