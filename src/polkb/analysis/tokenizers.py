"""Tokenizer for Dutch/English policy text.

One compiled regex with named alternatives, tried in order:

* ``email``  – kept whole (``info@vlir.be``);
* ``num``    – numbers with Dutch thousands dots / decimal commas and an
  optional ``%``: ``2.200.000`` -> ``2200000``, ``1,5`` -> ``1.5``,
  ``34,23%`` -> ``34.23`` followed by the word ``procent`` (so "34%" and
  "34 procent" index the same);
* ``word``   – letters/digits starting with a letter, internal apostrophes
  kept (``diploma's``), joined by hyphens (``STEM-richtingen``, also across a
  line break ``Leuven-\\nstudenten`` as found in PDF text).  ``#`` is not a
  word character, so ``#IBelong`` and ``IBelong`` give the same token.

Hyphenated words: in index mode the parts get consecutive positions and the
joined whole (``stemrichtingen``) is emitted at the first part's position;
in query mode only the parts are emitted.  Whoosh's query parser ignores
positions, so query mode must produce a plain sequence: the parts form a
phrase that matches the indexed parts, and a query written without hyphen
(``stemrichtingen``) matches the indexed whole.
"""

from __future__ import annotations

import re

from whoosh.analysis import Token, Tokenizer

__all__ = ["PolicyTokenizer"]

_L = r"[^\W\d_]"  # a letter
_W = r"[\w\u0300-\u036f\u00ad]"  # letter/digit/combining mark/soft hyphen
_WORD = rf"{_L}{_W}*(?:['’]{_L}{_W}*)*"
_PART = rf"{_W}+(?:['’]{_L}{_W}*)*"
_HYPHEN = r"(?:[-‐‑¬][ \t]*\r?\n[ \t]*|[-‐‑])"

_PATTERN = re.compile(
    rf"""
    (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<num>\d+(?:[.,]\d+)*(?:[ \u00a0]?%)?)
  | (?P<word>{_WORD}(?:{_HYPHEN}{_PART})*)
    """,
    re.VERBOSE,
)
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL = re.compile(r"\d+,\d+")
_HYPHEN_SPLIT = re.compile(_HYPHEN)


def normalize_number(text: str) -> str:
    """Canonical number text: no thousands separators, "." as decimal point."""
    if _THOUSANDS.fullmatch(text):
        return text.replace(".", "").replace(",", ".")
    if _DECIMAL.fullmatch(text):
        return text.replace(",", ".")
    return text


class PolicyTokenizer(Tokenizer):
    """Whoosh tokenizer; see the module docstring for what it keeps."""

    def __init__(self, percent_word: str = "procent"):
        self.percent_word = percent_word

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash((type(self).__name__, self.percent_word))

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return

        index_mode = mode != "query"
        pos = start_pos
        for m in _PATTERN.finditer(value):
            kind = m.lastgroup
            text = m.group()
            start, end = m.start(), m.end()
            if kind == "word" and ("-" in text or "‐" in text or "‑" in text or "¬" in text):
                parts = [p for p in _HYPHEN_SPLIT.split(text)]
                if index_mode:
                    t.text = "".join(parts)
                    t.boost = 1.0
                    t.stopped = False
                    if keeporiginal:
                        t.original = text
                    if positions:
                        t.pos = pos
                    if chars:
                        t.startchar = start_char + start
                        t.endchar = start_char + end
                    yield t
                offset = start
                for part in parts:
                    pstart = value.index(part, offset)
                    offset = pstart + len(part)
                    t.text = part
                    t.boost = 1.0
                    t.stopped = False
                    if keeporiginal:
                        t.original = part
                    if positions:
                        t.pos = pos
                    if chars:
                        t.startchar = start_char + pstart
                        t.endchar = start_char + offset
                    yield t
                    pos += 1
                continue

            percent = False
            if kind == "num":
                if text.endswith("%"):
                    percent = True
                    text = text[:-1].rstrip(" \u00a0")
                    end = start + len(text)
                text = normalize_number(text)
            t.text = text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = m.group()
            if positions:
                t.pos = pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t
            pos += 1
            if percent and self.percent_word:
                t.text = self.percent_word
                t.boost = 1.0
                t.stopped = False
                if keeporiginal:
                    t.original = "%"
                if positions:
                    t.pos = pos
                if chars:
                    t.startchar = start_char + m.end() - 1
                    t.endchar = start_char + m.end()
                yield t
                pos += 1
