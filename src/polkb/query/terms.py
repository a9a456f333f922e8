"""The index terms of a text as a given analyser makes them, folded and remembered: what the
re-ranking and the snippets compare the query's words with. Backend-neutral."""
from __future__ import annotations

import functools
import re



def fold_text(text: str) -> str:
    """Lower-cased, accents folded, every whitespace a space: the same length as `text`, so
    offsets found in it are offsets in the text.

    Most passages hold only Latin-1 letters besides punctuation (’ – “): those are folded as
    bytes (bytes.translate runs a 256-entry table in C; str.translate looks each character up in
    Python, ~20 µs a passage), with any other character, one for one, a "?"."""
    folded = text.lower()
    if folded.isascii():  # str.translate runs in C for ASCII text and an ASCII table
        return folded.translate(_ASCII_SPACES)
    if len(folded) != len(text):  # "İ" lower-cases to two characters: offsets would shift
        folded = text
    latin = folded.encode("latin-1", "replace")
    # a "?" that was not in the text stands for a character beyond Latin-1: mostly punctuation
    # (’ – “ €), which stays; a Latin Extended letter ("ł") needs the full table
    if latin.count(b"?") == folded.count("?") or _LATIN_EXTENDED.search(folded) is None:
        return latin.translate(_fold_bytes()).decode("latin-1")
    return folded.translate(_fold_table())


_ASCII_SPACES = {ord(c): " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"}
_LATIN_EXTENDED = re.compile("[\\u0100-\\u024f]")  # letters _fold_table folds beyond Latin-1


@functools.lru_cache(maxsize=1)
def _fold_bytes() -> bytes:
    """`_fold_table` for the first 256 characters, as a bytes.translate table."""
    table = _fold_table()
    return bytes(ord(table[i]) if ord(table[i]) < 256 else i for i in range(256))


@functools.lru_cache(maxsize=1)
def _fold_table() -> str:
    """A str.translate table folding each Latin character on its own ("ï" -> "i") and every
    whitespace to a space; a character whose folding is not one character ("ß") stays, so offsets
    in the folded text are offsets in the original. A string table: str.translate indexes it in C
    (a dict costs a lookup, and for absent characters an exception, per character)."""
    from ..analysis import fold

    def one(i: int) -> str:
        c = chr(i)
        if c.isspace():
            return " "
        f = fold(c)
        return f if len(f) == 1 else c

    return "".join(one(i) for i in range(0x250))


# A word as the snippet and the ranking see it: hashtags and handles kept, inner hyphens,
# apostrophes and decimal separators kept ("STEM-richtingen", "1,5", "2.200.000").
TEXT_WORD = re.compile(r"[#@]?\w(?:[\w'’.,-]*\w)?")
_TERMS_CACHE: dict[tuple[int, str], frozenset] = {}
_CACHED_ANALYZERS: dict[int, object] = {}  # keeps each analyzer alive, so its id is never reused


def word_terms(analyzer, text: str) -> frozenset:
    """The index terms of a word, remembered: snippets re-meet the same words all the time."""
    return remembered(_TERMS_CACHE, 300_000, analyzer, text, _index_terms)


def _index_terms(analyzer, text: str) -> frozenset:
    return frozenset(t.text for t in analyzer(text, mode="index"))


def remembered(cache: dict, limit: int, analyzer, text: str, compute):
    """compute(analyzer, text), remembered in `cache` (emptied past `limit` entries). Analyzers
    are unhashable, hence the key on their id; each is kept alive, so its id is never reused."""
    key = (id(analyzer), text)
    got = cache.get(key)
    if got is None:
        if len(cache) > limit:
            cache.clear()
        _CACHED_ANALYZERS.setdefault(id(analyzer), analyzer)
        got = cache[key] = compute(analyzer, text)
    return got
