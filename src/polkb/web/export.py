"""Exports of the web page's lists: CSV (flat rows), JSON Lines (one record a line, in the shape of
the CLI's JSON) and a Markdown note in which every fact carries a numbered citation.

They are written by the same views and writer as the CLI's `--format` (polkb.present), so an
export and `polkb search … --format csv` give the same rows; this module only names the lists
the page exports and their media types.
"""
from __future__ import annotations

from ..present import formats
from ..present.formats import plain, unmark  # noqa: F401  (the JSON API's conversion)
from ..present.views import FIGURES, INITIATIVES, QA, ask_view, search_view

FORMATS = {fmt: formats.MEDIA_TYPES[fmt] for fmt in ("csv", "jsonl", "md")}

KINDS = {
    "search": search_view(),
    "ask": ask_view(),
    "initiatives": INITIATIVES,
    "figures": FIGURES,
    "qa": QA,
}


def to_csv(kind: str, result) -> str:
    return formats.to_csv(KINDS[kind], result)


def to_jsonl(kind: str, result) -> str:
    return formats.to_jsonl(KINDS[kind], result)


def to_markdown(kind: str, result, title: str, lead: str = "") -> str:
    """A note: the title, an optional lead (an answer), numbered items each ending in the numbers
    of its sources, and the numbered source list."""
    return formats.to_markdown(KINDS[kind], result, title, lead)
