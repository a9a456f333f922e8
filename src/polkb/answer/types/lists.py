"""Lists: the members of the class a "welke …" question names.

A list lives after a lead-in that names the class ("De interventies omvatten: a; b; c") or as
list items under such a lead-in. The lead-in must name the asked noun (as an index term, so
"maatregelen" finds "maatregel"), or the items are not the asked class.
"""
from __future__ import annotations

import re

from .. import question as Q
from . import Candidate, Clues, register

_SPLIT_STRONG = re.compile(r";|\n|\s[-•]\s")
_SPLIT_WEAK = re.compile(r",\s*(?:en\s+|and\s+)?|\s+en\s+|\s+and\s+")


def _short(s: str, words: int = 24) -> str:
    w = s.split()
    return s if len(w) <= words else " ".join(w[:words]) + " …"


def _items(tail: str) -> list[str]:
    items = [i.strip(" .;:") for i in _SPLIT_STRONG.split(tail) if len(i.strip(" .;:")) > 2]
    if len(items) < 2:
        items = [i.strip(" .") for i in _SPLIT_WEAK.split(tail) if len(i.strip(" .")) > 1]
    return [_short(i) for i in items[:25]]


def _names_noun(q: Q.Question, text: str, clues: Clues) -> bool:
    return not q.noun or any(clues.same(q.noun, w) for w in re.findall(r"\w+", text))


# words that stand near answers of these types (see polkb.answer.types.query_hints)
QUERY_HINTS = {Q.LIST: "volgende"}


@register(Q.LIST)
def extract_list(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    text = unit.text
    if unit.kind == "item" and unit.lead and _names_noun(q, unit.lead, clues):
        siblings = unit.siblings or [text]
        items = [_short(re.sub(r"^\s*(?:[•·▪◦*–-]|\(?\w{1,3}[.)°])\s+", "", s)) for s in siblings][:25]
        return [Candidate("; ".join(items), 0, len(text), 0.9, items)]
    m = re.search(r":\s*(.+)$", text)
    if m and _names_noun(q, text[:m.start()], clues):
        items = _items(m.group(1))
        if len(items) >= 2:
            return [Candidate("; ".join(items), m.start(1), len(text), 0.9, items)]
    return []
