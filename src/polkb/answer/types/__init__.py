"""Typed answers: one module per answer type, registered by name.

An extractor reads one evidence unit and returns the spans of its type it finds there, each with
a score in 0..1 from its distance to the question's words and its agreement with the noun or
population the question names. Extractors refine an answer; they never decide whether there is
one (that is the coverage of the evidence, `polkb.answer.reader`). Adding a type means adding a
module here that calls `register`; nothing else changes.
"""
from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from typing import Callable
from ...text import lazyre

# a web address: the years and numbers in its path ("/besluiten/2013/05/08/…") are no date,
# count or name the text states
WEB_ADDRESS = lazyre.compile(r"\(?https?://\S+\)?|\bwww\.\S+")


def without_web_addresses(text: str) -> str:
    """The text with its web addresses blanked, its length and offsets kept."""
    return WEB_ADDRESS.sub(lambda m: " " * len(m.group()), text)


_EXTRACTORS: dict[str, list[Callable]] = {}
_HINTS: dict[str, str] = {}
_loaded = False


@dataclass
class Candidate:
    """An answer span found in a unit: `text` is what the answer says, `start`/`end` where it
    stands in the unit, `items` the members when the answer is a list."""

    text: str
    start: int
    end: int
    score: float
    items: list[str] = field(default_factory=list)


@dataclass
class Clues:
    """What an extractor may use besides the unit: where the question's words stand in it, and
    a way to compare words as index terms."""

    anchors: list                       # (offset, weight, key) of the question's words in the unit
    same: Callable[[str, str], bool]    # two words share an index term (stem or compound part)
    question_words: frozenset           # folded words of the question (a span that repeats them is no answer)


def joined(names: list[str]) -> str:
    """Names as an answer says them: "A, B en C"."""
    return " en ".join([", ".join(names[:-1]), names[-1]])


def overlaps(candidates: list[Candidate], start: int, end: int) -> bool:
    """Whether a span shares characters with a candidate already read: a second reading of the
    same words ("€ 50 miljoen" by the figure tagger and by the money pattern) is no new answer."""
    return any(c.start <= start < c.end or start <= c.start < end for c in candidates)


def register(*types: str):
    """Register an extractor for answer types. A type may have several (a count said as a number,
    a count read off a list): each reads the unit, and their spans compete."""
    def wrap(fn):
        for t in types:
            _EXTRACTORS.setdefault(t, []).append(fn)
        return fn
    return wrap


def _load():
    global _loaded
    if not _loaded:
        for mod in pkgutil.iter_modules(__path__):
            module = importlib.import_module(f"{__name__}.{mod.name}")
            _HINTS.update(getattr(module, "QUERY_HINTS", {}))
        _loaded = True


def extractor(answer_type: str) -> Callable | None:
    """One function reading a unit for spans of the type: every registered extractor's, in turn."""
    _load()
    found = _EXTRACTORS.get(answer_type)
    if not found:
        return None
    if len(found) == 1:
        return found[0]
    return lambda q, unit, clues: [c for extract in found for c in extract(q, unit, clues)]


def query_hints(answer_type: str) -> str:
    """Words that stand near answers of a type ("euro", "bedrag" for an amount), from the
    `QUERY_HINTS` of the type's module: they find the passage that holds the answer inside a
    document the question names, where the question's own words are mostly the title's."""
    _load()
    return _HINTS.get(answer_type, "")


# words that stand between a question word and its answer without putting distance between them:
# "de eerste tranche een bedrag van maximaal € 830.000" holds the amount as close to "tranche" as
# "de subsidie bedraagt € 100.000" holds its amount to "subsidie"
_FILLER = frozenset({"bedrag", "bedragen", "totaal", "maximaal", "minimaal", "ten", "hoogste", "minste", "ruim",
                     "circa", "ongeveer", "bijna", "amount", "total", "maximum", "minimum", "about", "some"})


@functools.lru_cache(maxsize=1)
def _no_distance() -> frozenset[str]:
    """The words `_gap` does not count: stop words of both languages and the measure words."""
    from ...lexicon import function_words

    return function_words() | _FILLER


def _gap(between: str) -> int:
    """Words between a question word and a span, not counting stop words and measure words."""
    skip = _no_distance()
    return sum(1 for w in between.split() if w.strip(".,;:()").lower() not in skip)


def closeness(start: int, end: int, anchors: list, text: str, fillers: bool = True, outside: bool = False) -> float:
    """How near a span stands to the question's words, in 0..1.

    Each question word counts by its weight (its idf, given by the reader as `(offset, weight,
    key)` anchors; a bare offset weighs 1), through its nearest occurrence: 1.0 right beside the
    span, 0.5 at about 8 words. The sum is over the question words the unit holds, so a span
    beside the rare words of the question beats one beside a common one ("uiterlijk op 31
    januari 2023" after "nieuwe beslissing" against "20 januari 2023" after "arrest"). With
    `outside`, a question word inside the span is not near it: the month of "1 september 2007"
    says nothing of that date for a question that names "1 september 2008"; where every question
    word of the unit stands inside the span ("Op welke dag in november 2014": "M. Bussemaker de
    dertiende november 2014"), the span is as near as in a unit holding none."""
    if not anchors or outside and all(start <= (a[0] if isinstance(a, tuple) else a) < end for a in anchors):
        return 0.3
    nearest: dict = {}
    weights: dict = {}
    for i, a in enumerate(anchors):
        offset, weight, key = a if isinstance(a, tuple) else (a, 1.0, i)
        weights[key] = weight
        if outside and start <= offset < end:
            continue
        lo, hi = (offset, start) if offset < start else (end, offset) if offset > end else (offset, offset)
        gap = len(text[lo:hi].split()) if fillers else _gap(text[lo:hi])
        nearest[key] = min(nearest.get(key, gap), gap)
    total = sum(weights.values()) or 1.0
    return sum(weights[k] / (1.0 + gap / 8.0) for k, gap in nearest.items()) / total


# a cell of a table row as the evidence reads it ("13.: Naam Jarabee; Plaats Hengeloo"): the first word
# of its column's name, then the rest up to the next cell ("Subsidiebedrag" and "per opleidingsplaats
# € 35.700": a column named in several words is known by its first; only a cell whose rest runs past
# 80 characters gives a longer head)
_CELL = lazyre.compile(r"(?:^|;\s*|:\s+)(?P<head>[^;:]{2,60}?)\s+(?P<value>[^;]{1,80}?)\s*(?=;|$)")
COLUMN_CELL = 0.95  # the score of the cell in the column the question's noun names, beside the row's label


def column_cells(q, unit, clues: Clues) -> list[Candidate]:
    """The value of a table row in the column the question asks for by name: "In welke plaats is de
    instelling Jarabee gevestigd?" over the row "13.: Naam Jarabee; Plaats Hengeloo" is Hengeloo.
    Only a row that holds another of the question's words (the one it asks about) answers."""
    if getattr(unit, "kind", "") != "row" or not q.noun:
        return []
    out = []
    for m in _CELL.finditer(unit.text):
        head = m.group("head").split()
        if head and len(head) <= 4 and clues.same(q.noun, head[-1]) and m.group("value").strip(" -") \
                and any(not m.start() <= a[0] < m.end() for a in clues.anchors if isinstance(a, tuple)):
            start, end = m.start("value"), m.end("value")  # (nearer the row's label the question names)
            out.append(Candidate(m.group("value").strip(), start, end,
                                 COLUMN_CELL * (0.5 + 0.5 * closeness(start, end, clues.anchors, unit.text, outside=True))))
    return out


def cue_clause(text: str, cue: re.Pattern, clues: Clues, from_cue: bool = False) -> list[Candidate]:
    """The clause at the first cue of a unit ("omdat …", "onder de voorwaarde dat …"), trimmed
    around the cue, or from it on with `from_cue`; it scores by how near the cue stands to the
    question's words. The reason and condition types read their answers so."""
    m = cue.search(text)
    if not m:
        return []
    from ..evidence import trim

    span = trim(text[m.start():], [(0, m.end() - m.start())]) if from_cue else trim(text, [(m.start(), m.end())])
    return [Candidate(span, m.start(), len(text), 0.6 + 0.4 * closeness(m.start(), m.end(), clues.anchors, text))]
