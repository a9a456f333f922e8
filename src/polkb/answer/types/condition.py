"""Conditions: the clause of a unit that says on what condition something holds ("onder de
voorwaarde dat …", "mits …", "voor zover …"), for "op/onder welke voorwaarde", "on what condition".
"""
from __future__ import annotations

import re

from .. import question as Q
from ..evidence import trim
from . import Candidate, Clues, closeness, register

_CUE = re.compile(r"\b(?:onder\s+(?:de\s+)?voorwaarden?\s+(?:dat|van)|op\s+voorwaarde\s+(?:dat|van)|mits|voor\s+zover|"
                  r"voorzover|indien|op\s+(?:de\s+)?volgende\s+voorwaarden|provided\s+that|on\s+condition\s+that|"
                  r"subject\s+to)\b", re.IGNORECASE)

# words that stand near answers of these types (see polkb.answer.types.query_hints)
QUERY_HINTS = {Q.CONDITION: "voorwaarde mits indien"}


@register(Q.CONDITION)
def extract_condition(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    text = unit.text
    out = []
    for m in _CUE.finditer(text):
        out.append(Candidate(trim(text[m.start():], [(0, m.end() - m.start())]), m.start(), len(text),
                             0.6 + 0.4 * closeness(m.start(), m.end(), clues.anchors, text)))
    return out[:1]
