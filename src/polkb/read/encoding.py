"""Bytes to clean text for the text-like readers (plain text, Markdown, HTML).

Policy documents arrive as UTF-8 (with or without BOM), UTF-16 exports from Word, and old
Windows-1252 / Latin-1 files. We take the cheap exact paths first (BOM, strict UTF-8), let
charset-normalizer choose among the Western single-byte code pages only (on short Dutch text it
otherwise guesses exotic code pages such as cp037 or big5), and refuse data that is plainly binary
so that garbage never reaches the index.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from . import ReaderError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Code pages charset-normalizer may choose from once UTF-8 has failed; cp1252 first because it
# is what Dutch Windows software writes, and it agrees with Latin-1 on every printable character.
_SINGLE_BYTE = ["cp1252", "latin_1"]
# C0 control bytes other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13)) + b"\x7f"
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\x80-\x9f]")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile("[\u00a0\u2007\u202f]")
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\u0085\x0b\x0c]")
_MAX_NUL_SHARE = 0.01  # a few stray NULs are stripped; more than this means binary
_MAX_CONTROL_SHARE = 0.02


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without BOM shows up as NULs in every other byte of mostly-ASCII text."""
    if len(data) < 4 or data.count(0) < len(data) // 4:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.7 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.7 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """True when the bytes are too full of NULs / control bytes to be a text file.

    Random or compressed data has about 12% such bytes; real text has almost none, bar the odd
    NUL left behind by a broken export (tolerated up to 1%). UTF-16 is recognised first.
    """
    if not data:
        return False
    if any(data.startswith(bom) for bom, _ in _BOMS) or _utf16_by_nuls(data):
        return False
    n = len(data)
    if data.count(0) > _MAX_NUL_SHARE * n + 1:
        return True
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls > _MAX_CONTROL_SHARE * n + 1


def _decode_raw(data: bytes) -> str:
    """Decode without normalising: BOM, NUL pattern, strict UTF-8, then charset-normalizer."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    enc = _utf16_by_nuls(data)
    if enc:
        return data.decode(enc, errors="replace")
    if looks_binary(data):
        raise ReaderError("binary file, not text")
    data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_SINGLE_BYTE).best()
    return str(best) if best is not None else data.decode("cp1252", errors="replace")


def normalize(text: str) -> str:
    """Make text comparable and indexable: one newline style, NFC, no invisible characters.

    Soft hyphens and zero-width characters would split words for the search index; non-breaking
    spaces would not be collapsed by tokenisers that split on ASCII whitespace only.
    """
    text = _NEWLINES.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _CONTROL_CHARS.sub("", text)
    return unicodedata.normalize("NFC", text)


def decode(data: bytes) -> str:
    """Bytes of a text file to normalised str; raises ReaderError for binary data."""
    text = _decode_raw(data)
    if text.count("\ufffd") > max(8, len(text) // 20):
        raise ReaderError("binary file, not text")
    return normalize(text)
