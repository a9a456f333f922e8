"""File names as the index stores them and as polkb prints them.

A POSIX file name is bytes; Python reads the bytes that are not UTF-8 as lone surrogates
(`caf\\xe9.txt` -> 'caf\\udce9.txt'), which no UTF-8 text (the index, JSON, a terminal) can hold,
and a name may hold a newline or an escape character, which would break a one-line message or
a table. So the index stores a path *escaped* (`escape`), and the file system gets it back
unchanged (`unescape`):

- a byte that is not UTF-8 -> ``\\xHH`` (HH 80-ff); a control character -> ``\\n``, ``\\t``,
  ``\\r``, ``\\xHH`` (below 80) or ``\\uHHHH``; so are line and paragraph separators and the
  characters that reorder text on screen (bidi controls);
- a backslash is doubled only where it would otherwise start such an escape (before ``\\``,
  ``x``, ``u``, ``n``, ``t``, ``r`` or an escaped character); any other backslash stays.

An ordinary name is stored exactly as before. The mapping round-trips for every name
(`unescape(escape(s)) == s`), so two files never share a stored path. On Windows, where the
backslash separates folders and names cannot hold control characters, paths are stored as they
are. `shown` is a stored path for a person: in double quotes when it holds an escape.
"""
from __future__ import annotations

import os
import re
import unicodedata

_ESCAPABLE = os.sep == "/"
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
_ESCAPE_START = "\\xuntr"
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
_ESCAPED = re.compile(r"\\(\\|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[ntr])")


def _needs_escape(c: str) -> bool:
    if c.isprintable() and c not in _BIDI:
        return False
    o = ord(c)
    return (0xD800 <= o <= 0xDFFF or unicodedata.category(c) in ("Cc", "Zl", "Zp") or c in _BIDI)


def _plain(text: str) -> bool:
    """No character of `text` needs an escape (the common case, tested at C speed first)."""
    if text.isprintable() and _BIDI.isdisjoint(text):
        return True
    return not any(_needs_escape(c) for c in text)


def _escape_char(c: str) -> str:
    o = ord(c)
    if c in _NAMED:
        return _NAMED[c]
    if o < 0x80:
        return f"\\x{o:02x}"
    if 0xDC80 <= o <= 0xDCFF:  # a byte that is not UTF-8 (surrogateescape)
        return f"\\x{o - 0xDC00:02x}"
    return f"\\u{o:04x}"


def _escape_all(text: str) -> str:
    out = []
    n = len(text)
    for i, c in enumerate(text):
        if _needs_escape(c):
            out.append(_escape_char(c))
        elif c == "\\" and i + 1 < n and (text[i + 1] in _ESCAPE_START or _needs_escape(text[i + 1])):
            out.append("\\\\")
        else:
            out.append(c)
    return "".join(out)


def escape(path: str) -> str:
    """A file-system path (str, undecodable bytes as surrogates) as valid one-line text that
    `unescape` turns back into it. Ordinary names come back unchanged."""
    path = os.fspath(path)
    if not _ESCAPABLE:
        return path
    if "\\" not in path and _plain(path):
        return path
    return _escape_all(path)


def _unescape_one(m: re.Match) -> str:
    s = m.group(1)
    if s == "\\":
        return "\\"
    if s in "ntr":
        return {"n": "\n", "t": "\t", "r": "\r"}[s]
    value = int(s[1:], 16)
    if s[0] == "x" and value >= 0x80:
        return chr(0xDC00 + value)
    return chr(value)


def unescape(stored: str) -> str:
    """The file-system path (a str os.fsencode turns into the original bytes) of a stored path."""
    if not _ESCAPABLE or "\\" not in stored:
        return stored
    return _ESCAPED.sub(_unescape_one, stored)


def is_escaped(stored: str) -> bool:
    """Whether a stored path holds an escape (it is then shown in quotes)."""
    return _ESCAPABLE and "\\" in stored and _ESCAPED.search(stored) is not None


def shown(stored: str) -> str:
    """A stored path (or a raw one, as an older index or a command line has it) on one line: as it
    is when it holds no escape, else in double quotes: "docs/new\\nline.txt"."""
    if not _plain(stored):
        stored = _escape_all(stored)  # raw control characters or bytes: never print them
    return f'"{stored}"' if is_escaped(stored) else stored


def shown_path(path) -> str:
    """A file-system path (as typed, or walked) for a message: `shown(escape(path))`."""
    return shown(escape(os.fspath(path)))


def one_line(text: str) -> str:
    """A message with its control characters escaped, so that it prints on one line."""
    if _plain(text):
        return text
    return "".join(_escape_char(c) if _needs_escape(c) else c for c in text)
