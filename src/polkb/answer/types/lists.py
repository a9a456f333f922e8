"""Lists: the members of the class a "welke …" question names.

A list lives after a lead-in that names the class ("De interventies omvatten: a; b; c") or as
list items under such a lead-in. The lead-in must name the asked noun (as an index term, so
"maatregelen" finds "maatregel"), or the items are not the asked class. Members that follow the class
noun itself ("de vestigingen Gent en Oudenaarde") are its members first. When the question says
how many ("welke drie codes"), a run-on enumeration of that many short members in one sentence
is a list too.
"""
from __future__ import annotations

import re

from .. import question as Q
from . import Candidate, Clues, column_cells, register
from ...text import lazyre

_SPLIT_STRONG = lazyre.compile(r";|\n|\s[-•]\s")
# (not "wetenschaps- en technologiebeleid": a word cut at its hyphen shares the next one's end, and is no member)
_SPLIT_WEAK = lazyre.compile(r",\s*(?:en\s+|and\s+)?|(?<!-)\s+en\s+|\s+and\s+")


def _short(s: str, words: int = 24) -> str:
    w = s.split()
    return s if len(w) <= words else " ".join(w[:words]) + " …"


def _items(tail: str) -> list[str]:
    items = [i.strip(" .;:") for i in _SPLIT_STRONG.split(tail) if len(i.strip(" .;:")) > 2]
    if len(items) < 2:
        items = [i.strip(" .") for i in _SPLIT_WEAK.split(tail) if len(i.strip(" .")) > 1]
    return [_short(i) for i in items[:25]]


def _one_name_cut(items: list[str]) -> bool:
    """Whether "items" are one title cut at its commas: "Wet Adviesraad voor wetenschap, technologie
    en innovatie" gives a capitalised name and then single lower-case words."""
    first, rest = items[0], items[1:]
    return len(first.split()) >= 3 and first[:1].isupper() and \
        all(len(i.split()) == 1 and i[:1].islower() for i in rest)


def _names_noun(q: Q.Question, text: str, clues: Clues) -> bool:
    return not q.noun or any(clues.same(q.noun, w) for w in re.findall(r"\w+", text))


# words that stand near answers of these types (see polkb.answer.types.query_hints)
QUERY_HINTS = {Q.LIST: "volgende"}


_NUMBERS = {w: i for i, w in enumerate("nul een twee drie vier vijf zes zeven acht negen tien".split())}
_NUMBERS.update({w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())})
_ASKED_COUNT = lazyre.compile(r"\b(?:welke|which|what)\s+(\w+)\s", re.IGNORECASE)
_CONJUNCTION = lazyre.compile(r"(?<!-)\s(?:en|of|and|or)\s")
MAX_ITEM_WORDS = 8


def asked_count(q: Q.Question) -> int:
    """How many members a question asks for: "welke drie codes" 3, "which two" 2, else 0."""
    m = _ASKED_COUNT.search(q.text)
    if not m:
        return 0
    word = m.group(1).lower()
    return int(word) if word.isdigit() and int(word) < 30 else _NUMBERS.get(word, 0)


def enumeration(text: str, n: int) -> list[str]:
    """The n members of a run-on enumeration ("de Governance Code Cultuur, de Fair Practice Code en
    de Code Diversiteit & Inclusie"): n - 1 commas (or semicolons) and a conjunction, each member short. The first
    member begins after the comma run's lead words (at most MAX_ITEM_WORDS)."""
    for m in _CONJUNCTION.finditer(text):
        last = re.split(r"[,.;:()]", text[m.end():], maxsplit=1)[0].strip()
        before = re.split(r"[,;]", text[:m.start()])
        if len(before) < n - 1 or not last:
            continue
        items = [b.strip() for b in before[-(n - 1):]]
        items[0] = " ".join(items[0].split()[-MAX_ITEM_WORDS:])
        items.append(last)
        if all(0 < len(i.split()) <= MAX_ITEM_WORDS for i in items):
            return items
    return []


def list_items(siblings: list[str]) -> list[str]:
    """The items under a lead-in as an answer lists them: without their marker ("a.", "•"), at
    most 25 of at most 24 words each."""
    return [_short(re.sub(r"^\s*(?:[•·▪◦*–-]|\(?\w{1,3}[.)°])\s+", "", s)) for s in siblings][:25]


@register(Q.LIST)
def extract_list(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    text = unit.text
    n = asked_count(q)
    lead_in = unit.kind != "item" and unit.siblings and text.rstrip().endswith(":")
    if lead_in and _names_noun(q, text, clues) or unit.kind == "item" and unit.lead and _names_noun(q, unit.lead, clues):
        items = list_items(unit.siblings or [text])
        return [Candidate("; ".join(items), 0, len(text), 0.9, items)]
    # the members right after the class noun are its members, whatever list a colon opens further on
    # ("op de vestigingen Gent en Oudenaarde, met als afstudeerrichtingen: magazijnbeheer, wegvervoer")
    nouns = list(_asked_noun_at(q, text, clues))
    apposed = _apposition(text, nouns) or _announced(text, nouns) or _predicated(text, nouns)
    if apposed:
        return apposed
    m = re.search(r"(?<!\d):(?!\d)\s*(.+)$", text)  # not the colon of "artikel 3:10"
    if m and _names_noun(q, text[:m.start()], clues):
        items = _items(m.group(1))
        if len(items) >= 2 and not _one_name_cut(items):
            return [Candidate("; ".join(items), m.start(1), len(text), 0.9, items)]
    if n >= 2:  # "welke drie codes": three members in one sentence, without a colon
        items = enumeration(text, n)
        if items:
            return [Candidate("; ".join(items), 0, len(text), 0.7 if _names_noun(q, text, clues) else 0.5, items)]
    return column_cells(q, unit, clues)


# the members right after the class noun: "In de maanden november, december, januari en februari …",
# or two names without a comma: "de vestigingen Gent en Oudenaarde"
_APPOSED_NAMES = lazyre.compile(r"\s+([A-ZÀ-Þ][\w/-]*(?:\s+[A-ZÀ-Þ][\w/-]*){0,2}\s+(?:en|of|and|or)\s+[A-ZÀ-Þ][\w/-]*"
                                r"(?:\s+[A-ZÀ-Þ][\w/-]*){0,2})\b")
_APPOSED = lazyre.compile(r"\s+((?:[^\W\d][\w/-]*(?:\s+[^\W\d][\w/-]*){0,2},\s*)+[^\W\d][\w/-]*(?:\s+[^\W\d][\w/-]*){0,2}?"
                          r"\s+(?:en|of|and|or)\s+[^\W\d][\w/-]*(?:\s+[A-ZÀ-Þ][\w/-]*){0,2})")


_VERB = lazyre.compile(r"(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|moet|moeten|"
                       r"zal|zullen|are|were|have|has|had|will|can|must)\b", re.IGNORECASE)


def _asked_noun_at(q: Q.Question, text: str, clues: Clues):
    """Each place the text says the class noun the question asks for (as an index term)."""
    if q.noun:
        yield from (w for w in re.finditer(r"\w+", text) if clues.same(q.noun, w.group()))


# (each reader below takes the places the unit says the asked noun, `_asked_noun_at`)
def _apposition(text: str, nouns: list[re.Match]) -> list[Candidate]:
    for w in nouns:
        m = _APPOSED.match(text, w.end()) or _APPOSED_NAMES.match(text, w.end())
        if m:
            items = _members(m.group(1))
            # ("de maanden waren lang, koud en nat"; "landen besproken, te weten België, …": members
            # of one class are written alike)
            if items and len({i[:1].isupper() for i in items}) == 1:
                return [Candidate("; ".join(items), m.start(1), m.end(1), 0.8, items)]
    return []


# a word after the class noun that announces its members: "de drie rollen die de KNAW onderscheidt,
# namelijk die van Genootschap, adviseur en organisatie …", "uit 6 verschillende landen, met name uit
# Egypte, Chili, … en Oekraïne"; what the members are said as ("die van", "uit") is no member
_ANNOUNCED = lazyre.compile(r"[,:]?\s+(?:namelijk|te\s+weten|met\s+name|namely|viz\.|i\.e\.)[:,]?\s+"
                            r"(?:(?:die|dat|those|that)\s+(?:van|of)\s+|(?:uit|van|in|bij|from|of|in)\s+)?", re.IGNORECASE)
ANNOUNCED_WITHIN = 160  # characters from the class noun to the announcing word, in one sentence
_SENTENCE_END = lazyre.compile(r"[.;!?](?:\s|$)|\n")
_NEXT_SENTENCE = lazyre.compile(r"[.!?](?:\s+(?=[A-Z])|$)|\n")  # (a ";" in brackets ends no sentence)


def _members(clause: str) -> list[str]:
    """The members of an enumeration ("a, b en c"), each short and none opening with a verb; else []."""
    items = [i.strip(" ‘’'\"“”") for i in _SPLIT_WEAK.split(clause.strip()) if i.strip(" ‘’'\"“”")]
    if len(items) < 2 or any(len(i.split()) > MAX_ITEM_WORDS for i in items) or _VERB.match(items[0]):
        return []
    return items


def _announced(text: str, nouns: list[re.Match]) -> list[Candidate]:
    for w in nouns:
        near = text[w.end():w.end() + ANNOUNCED_WITHIN]
        stop = _NEXT_SENTENCE.search(near)
        m = _ANNOUNCED.search(near[:stop.start()] if stop else near)
        if not m:
            continue
        start = w.end() + m.end()
        end = _SENTENCE_END.search(text, start)
        end = end.start() if end else len(text)
        items = _members(text[start:end])
        if items:
            return [Candidate("; ".join(items), start, end, 0.8, items)]
    return []


# the members as the subject of the class noun: "‘Open science’ en ‘open education’ worden de normen"
_PREDICATE = lazyre.compile(r"\s+(?:zijn|worden|waren|werden|vormen|vormden|are|were|become|became)\s+"
                            r"(?:de|het|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_CLAUSE_START = lazyre.compile(r".*(?:[.;:!?]\s+|\n)", re.DOTALL)


def _predicated(text: str, nouns: list[re.Match]) -> list[Candidate]:
    for w in nouns:
        m = _PREDICATE.search(text, 0, w.start())
        if not m:
            continue
        opened = _CLAUSE_START.match(text, 0, m.start())
        start = opened.end() if opened else 0
        items = _members(text[start:m.start()])
        if items:
            return [Candidate("; ".join(items), start, m.start(), 0.8, items)]
    return []

