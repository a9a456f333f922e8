"""What an officer types, made safe and split: cleaning (lone surrogates, control characters,
unknown `field:` prefixes), field filters lifted out (`kind:`, `org:`, `year:2019-2023` …), and
whether the rest uses query syntax. Backend-neutral: no index is read here."""
from __future__ import annotations

import re
import unicodedata

from ..errors import UsageProblem
from ..model import TAG_FIELDS
from ..text import lazyre



FILTER_FIELDS = ("kind", "year", "file", "lang", "format", *TAG_FIELDS, "doc")
FACET_FIELDS = ("kind", "org", "year", "target", "topic", "person", "country")
MAX_QUERY_CHARS = 1000
_FILTER_RE = lazyre.compile(r"(?<!\S)(%s):(\"[^\"]*\"|\S+)" % "|".join(FILTER_FIELDS), re.IGNORECASE)
# a word glued to a colon at the start of a token ("foo:bar", "None:x"): a field polkb lacks
_FIELD_PREFIX = lazyre.compile(r"(?<![\w:])([^\W\d_][\w.-]*):")
YEAR_RANGE = lazyre.compile(r"^(\d{4})\s*(?:-|\.\.|to)\s*(\d{4})$", re.IGNORECASE)
WORD = lazyre.compile(r"[\w#@.%,'-]+")


class UnknownFilterValue(UsageProblem, ValueError):
    """A filter value nothing answers to (`kind:motoin`). Raised rather than giving 0 hits, which
    an officer would read as "no such documents"; the message names the value and the valid ones
    (`choices`), so a front end can show it as it is."""

    def __init__(self, field_name: str, value: str, choices: list[str], listed: str = ""):
        import difflib

        self.field = field_name
        self.value = value
        self.choices = choices
        close = difflib.get_close_matches(value.lower(), choices, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        super().__init__(f"unknown {field_name} {value!r}; use one of: {listed or ', '.join(choices)}{hint}")


def clean_query(text: str) -> str:
    """The query with what no index term holds taken out: lone surrogates and control characters
    become spaces, invisible format characters (soft hyphen, BOM, bidi marks) go, and an unknown
    `field:` prefix becomes a plain word ("foo:bar" -> "foo bar"). Whoosh cannot encode a lone
    surrogate, and polkb's only fields are the FILTER_FIELDS."""
    if not text.isprintable():
        text = "".join(c if c.isprintable() else _clean_char(c) for c in text)
    if ":" in text:
        text = _FIELD_PREFIX.sub(lambda m: m.group(0) if m.group(1).lower() in FILTER_FIELDS
                                 else m.group(1) + " ", text)
    return text


def _clean_char(c: str) -> str:
    if c.isspace():
        return " "
    category = unicodedata.category(c)
    return "" if category == "Cf" else " " if category in ("Cc", "Cs") else c


def split_filters(text: str) -> tuple[str, dict[str, list[str]]]:
    """Lift `field:value` filters out of the query text; the rest is the free-text query."""
    filters: dict[str, list[str]] = {}

    def take(m):
        filters.setdefault(m.group(1).lower(), []).append(m.group(2).strip('"'))
        return " "

    rest = _FILTER_RE.sub(take, text)
    return " ".join(rest.split()), filters


# Punctuation between words separates them ("nofield:welzijn", "welzijn/gezondheid"); hyphens,
# apostrophes, decimal commas and points belong to the word.
WORD_BREAKS = lazyre.compile(r"[:;/|\\\[\]{}<>=+!?¿¡“”„\"()]+")
SYNTAX = lazyre.compile(r'["()*]|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b')


def term_text(t) -> str:
    return t.decode("utf-8") if isinstance(t, bytes) else t
