"""Accent folding, once: every stage that compares words without their accents folds here.

All forms rest on one decomposition, `strip_accents` (Unicode NFKD, combining marks dropped), except
the offset-keeping cased form of the tag stage, which keeps each character's canonical (NFD) base.
They differ on purpose, because each caller's results were made with its form; change a form only
for a change meant to alter results (it would alter an index's terms, or the tags found):

| function | case | same length | beyond accents | callers |
|---|---|---|---|---|
| `fold` | casefolded ("ß" -> "ss") | no | "ĳ" -> "ij", ’ ‘ ʼ ´ ` -> ', ø ł đ ð þ æ œ -> o l d d th ae oe, soft hyphen and zero-width characters dropped; compatibility forms ("ﬁ" -> "fi") | the analysers (index terms), vocabularies, stop words, synonyms, filters |
| `fold_offsets` | lower-cased | yes | each character folded by `fold` when that gives one character, else kept; every whitespace a space; beyond Latin-1 see its docstring | snippets and re-ranking (offsets into the passage) |
| `fold_cased` | kept, and lower-cased | yes | a character above ASCII becomes its NFD base ("é" -> "e"); "ß", "ø", "ĳ", "ﬁ" stay | entity vocabularies (offsets point back at the text) |
| `strip_accents` | kept | no | compatibility forms ("ﬁ" -> "fi", "ĳ" -> "ij"); "ß", "ø", ’ stay | initiatives; the lexicon (after lower-casing) |
| `ascii_key` | lower-cased | no | anything not ASCII after `strip_accents` dropped ("ß", "ø", ’ gone) | document kind names |

Pure functions of the standard library; imports nothing of polkb.
"""
from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["fold", "fold_offsets", "fold_table", "fold_cased", "strip_accents", "ascii_key"]


def strip_accents(text: str) -> str:
    """Compatibility decomposition (NFKD) without its combining marks, case kept: "Geïnspireerd" ->
    "Geinspireerd", "ĳ" -> "ij", "ﬁ" -> "fi"; "ß", "ø", "æ" and ’ stay (they decompose to no mark).
    The decomposition every other form but `fold_cased` rests on."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Characters that NFKD + combining-mark stripping does not handle the way a
# Dutch reader expects.  "ĳ" decomposes to "ij" under NFKD already; listed for
# clarity.  Soft hyphens and zero-width characters come from PDFs.
_SPECIAL = str.maketrans(
    {
        "\u0133": "ij",
        "\u0132": "ij",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\u00f8": "o",
        "\u0142": "l",
        "\u0111": "d",
        "\u00f0": "d",
        "\u00fe": "th",
        "\u00e6": "ae",
        "\u0153": "oe",
    }
)


def fold(text: str) -> str:
    """Lower-case and strip accents: ``"Geïnspireerd"`` -> ``"geinspireerd"``.

    Uses ``casefold`` (so "ß" -> "ss"), maps the "ĳ" ligature to "ij" and
    typographic apostrophes to "'", then removes combining marks after NFKD
    decomposition (`strip_accents`).  Used by the analyzers and by any code that
    matches user text against folded vocabulary.  The result may be longer or
    shorter than ``text``; `fold_offsets` keeps the length.
    """
    if text.isascii():
        return text.lower().replace("`", "'")
    text = text.casefold().translate(_SPECIAL)
    if text.isascii():
        return text
    return strip_accents(text)


def fold_offsets(text: str) -> str:
    """Lower-cased, accents folded, every whitespace a space: the same length as `text`, so
    offsets found in it are offsets in the text.

    Each character is folded on its own by `fold_table` (`fold` where that gives one character:
    "ï" -> "i"; "ß", "ĳ", "æ" stay). A text whose lower case is longer ("İ") is folded from its
    own case, by the table alone. Most passages hold only Latin-1 letters besides punctuation
    (’ – “): those are folded as bytes (bytes.translate runs a 256-entry table in C; str.translate
    looks each character up in Python, ~20 µs a passage), with any other character, one for one,
    a "?" — unless the text holds a Latin Extended letter ("ł", U+0100-U+024F), when the whole
    text goes through the table (characters past U+024F then stay as they are). An ASCII text is
    only lower-cased with its whitespace made spaces (a backquote stays; the table makes it an
    apostrophe). So beyond Latin-1 folding twice may differ from folding once ("ł’" -> "l’" ->
    "l?"), and a few letters fold further a second time ("ǿ" -> "ø" -> "o"): kept as they are,
    because snippets and re-ranking were made with them."""
    folded = text.lower()
    if folded.isascii():  # str.translate runs in C for ASCII text and an ASCII table
        return folded.translate(_ASCII_SPACES)
    if len(folded) != len(text):  # "İ" lower-cases to two characters: offsets would shift
        folded = text
    latin = folded.encode("latin-1", "replace")
    # a "?" that was not in the text stands for a character beyond Latin-1: mostly punctuation
    # (’ – “ €), which may stay a "?" (words are what is looked for); a Latin Extended letter
    # ("ł") needs the full table
    if latin.count(b"?") == folded.count("?") or _LATIN_EXTENDED.search(folded) is None:
        return latin.translate(_fold_bytes()).decode("latin-1")
    return folded.translate(fold_table())


_ASCII_SPACES = {ord(c): " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"}
_LATIN_EXTENDED = re.compile("[\\u0100-\\u024f]")  # letters fold_table folds beyond Latin-1


@functools.lru_cache(maxsize=1)
def _fold_bytes() -> bytes:
    """`fold_table` for the first 256 characters, as a bytes.translate table (a character whose
    folding lies beyond Latin-1, "µ" -> "μ", stays)."""
    table = fold_table()
    return bytes(ord(table[i]) if ord(table[i]) < 256 else i for i in range(256))


@functools.lru_cache(maxsize=1)
def fold_table() -> str:
    """A str.translate table folding each Latin character (up to U+024F) on its own by `fold`
    ("ï" -> "i") and every whitespace to a space; a character whose folding is not one character
    ("ß") stays, so offsets in the folded text are offsets in the original. A string table:
    str.translate indexes it in C (a dict costs a lookup, and for absent characters an exception,
    per character)."""

    def one(i: int) -> str:
        c = chr(i)
        if c.isspace():
            return " "
        f = fold(c)
        return f if len(f) == 1 else c

    return "".join(one(i) for i in range(0x250))


def _canonical_base(c: str) -> str:
    """One character without its accents (é -> e), always exactly one character long: the first
    character of its canonical decomposition (NFD), so "ß", "ø", "ĳ" and "ﬁ" stay."""
    d = unicodedata.normalize("NFD", c)
    return d[0] if d else c


def fold_cased(text: str) -> tuple[str, str]:
    """Accent-folded text twice: case kept and lower-cased, both with the same offsets as `text`.

    Each character above ASCII becomes its canonical base (`_canonical_base`: "é" -> "e"; "ß",
    "ø", "ĳ", "ﬁ" and whitespace stay). The lower-cased form is the cased one lower-cased, or,
    where some character's lower case is longer ("İ"), each character's first lower-case letter.
    The tag stage's form: offsets must survive so every tag can point back at the exact words it
    came from, and acronyms keep their capitals."""
    if text.isascii():
        return text, text.lower()
    table = {ord(c): _canonical_base(c) for c in set(text) if ord(c) > 127}
    cased = text.translate(table)
    lower = cased.lower()
    if len(lower) != len(text):  # a rare character whose lower case is longer: go char by char
        lower = "".join(c.lower()[0] for c in cased)
    return cased, lower


def ascii_key(text: str) -> str:
    """`strip_accents`, then every character that is not ASCII dropped, lower-cased:
    "Webpagina’s" -> "webpaginas", "Straße" -> "strae". A key for comparing names typed by hand."""
    return strip_accents(text).encode("ascii", "ignore").decode().lower()
