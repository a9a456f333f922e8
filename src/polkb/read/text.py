"""Plain-text reader: decoded text, hard wraps undone, bullets and bare headings recognised.

Plain text is the fallback for any file that decodes as text, so unknown suffixes get a low score
and only win when no format-specific reader wants the file.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..model import ReadResult
from .encoding import decode, looks_binary
from .lines import text_blocks

FORMAT = "text"
_SUFFIXES = {".txt": 0.5, ".text": 0.5}
# Scraped web pages keep their skip links as a first line; it is never content.
_SKIP_LINK = re.compile(
    r"^\s*(?:skip (?:to|naar) (?:main )?content|naar (?:de )?(?:hoofd)?inhoud|ga naar (?:de )?inhoud)\s*$",
    re.I,
)


def score(path: Path, head: bytes) -> float | None:
    """0.5 for .txt/.text; 0.1 for other files whose first bytes look like text."""
    suffix = Path(path).suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if head.strip() and not looks_binary(head):
        return 0.1
    return None


def read(path: Path, data: bytes) -> ReadResult:
    """Blocks of a plain-text file; the title is left to the structure stage (first heading)."""
    text = decode(data)
    lines = [line for line in text.split("\n") if not _SKIP_LINK.match(line)]
    return ReadResult(format=FORMAT, blocks=text_blocks(lines))
