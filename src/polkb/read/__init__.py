"""Readers: one per format behind one scored dispatch.

Each reader module exposes `FORMAT`, `score(path, head) -> float | None` (None declines; `head` is
the first 4 KiB of the file, so content sniffing beats a misleading suffix) and
`read(path, data) -> ReadResult`. `read_file` asks every reader for a score and lets the highest
one read. A reader wraps every library failure in `ReaderError` with a short, human reason: the
ingest loop prints it as `PATH: reason` and goes on with the next file.

Readers are found, not listed: every module of this package that has the three names is a reader
(so a new format is one new module), another package can offer readers through the entry point
group "polkb.readers", and `register` adds one at run time. Support modules (encoding, lines,
container, ocr) lack `FORMAT` and are passed over.
"""
from __future__ import annotations

import importlib
import logging
import pkgutil
import re
from importlib.metadata import entry_points
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


from ..errors import ReaderError  # noqa: E402  (readers import it from here)


ENTRY_POINT_GROUP = "polkb.readers"
_REGISTRY: dict[str, object] = {}
_discovered = False


def is_reader(obj) -> bool:
    """Whether an object (usually a module) keeps the reader contract."""
    return isinstance(getattr(obj, "FORMAT", None), str) and all(
        callable(getattr(obj, name, None)) for name in ("score", "read"))


def register(reader):
    """Add a reader (a module or any object with FORMAT, score and read) under its FORMAT,
    replacing one of the same format; returns it, so it also serves as a class decorator."""
    if not is_reader(reader):
        raise TypeError(f"not a reader (needs FORMAT, score and read): {reader!r}")
    _REGISTRY[reader.FORMAT] = reader
    return reader


def unregister(fmt: str) -> None:
    """Remove the reader of a format (tests use it to take back a toy reader)."""
    _REGISTRY.pop(fmt, None)


def _discover() -> None:
    """Register this package's reader modules, then those offered through the entry point group
    (a broken plug-in is logged and skipped: it must not cost the built-in formats)."""
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if is_reader(module):
            _REGISTRY.setdefault(module.FORMAT, module)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            register(ep.load())
        except Exception as e:
            logging.getLogger(__name__).warning("reader plug-in %s not loaded: %s", ep.name, e)


def readers() -> tuple:
    """Every registered reader, discovering them on first use."""
    global _discovered
    if not _discovered:
        _discovered = True
        _discover()
    return tuple(_REGISTRY.values())


def choose_reader(path: Path, head: bytes):
    """The reader with the highest score for this file, or None when every reader declines."""
    best, best_score = None, 0.0
    for reader in readers():
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
