"""Names: the capitalised name next to the noun a "welke …" question asks for
("In Dataloep (…), onze online rapporteringstool"; "bij de Commissie Hoger Onderwijs")."""
from __future__ import annotations

import re

from ...analysis.filters import fold
from .. import question as Q
from . import Candidate, Clues, closeness, register

_NAME = re.compile(r"(?:[A-Z#][\w’'&+-]*(?:\s+(?:van|voor|en|de|der|het|of|for|and|the|in)?\s*[A-Z][\w’'&+-]*)*)")
_URL = re.compile(r"\(?https?://\S+\)?|\bwww\.\S+")
_LEADING_FUNCTION = re.compile(r"^(?:(?:In|De|Het|Een|Op|Bij|Van|Voor|Met|Door|Aan|Uit|Naar|Over|Als|Dit|Deze|Die|Dat|"
                               r"The|A|An|On|At|By|For|With|From)\s+)+")
_ADJECTIVE = re.compile(r"^(?:Vlaams|Vlaamse|Nederlands|Nederlandse|Belgisch|Belgische|Europees|Europese|Frans|"
                        r"Franse|Duits|Duitse|Engels|Engelse|Brussels|Brusselse|Waals|Waalse|Federale?)$")


# words that stand near answers of these types (see polkb.answer.types.query_hints)
QUERY_HINTS = {Q.NAME: "naam genaamd"}


@register(Q.NAME)
def extract_name(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    text = _URL.sub(lambda m: " " * len(m.group()), unit.text)
    anchors = [a for a in clues.anchors]
    noun_at = [m.start() for m in re.finditer(r"[\w#’'&+-]+", text) if q.noun and clues.same(q.noun, m.group())]
    out = []
    for m in _NAME.finditer(text):
        name = _LEADING_FUNCTION.sub("", m.group()).strip()
        if not name or fold(name) in fold(q.text) or _ADJECTIVE.match(name) or len(name) < 3:
            continue
        start = m.start() + m.group().index(name)
        if start == 0 and " " not in name:
            continue  # a capital at the start of a sentence is not a name
        score = closeness(start, start + len(name), noun_at or anchors, text)
        out.append(Candidate(name, start, start + len(name), score))
    return out
