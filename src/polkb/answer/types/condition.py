"""Conditions: the clause of a unit that says on what condition something holds ("onder de
voorwaarde dat …", "mits …", "voor zover …"), for "op/onder welke voorwaarde", "on what condition".
"""
from __future__ import annotations

import re

from .. import question as Q
from . import Candidate, Clues, cue_clause, register
from ...text import lazyre

_CUE = lazyre.compile(r"\b(?:onder\s+(?:de\s+)?voorwaarden?\s+(?:dat|van)|op\s+voorwaarde\s+(?:dat|van)|mits|voor\s+zover|"
                      r"voorzover|indien|op\s+(?:de\s+)?volgende\s+voorwaarden|provided\s+that|on\s+condition\s+that|"
                      r"subject\s+to)\b", re.IGNORECASE)

# words that stand near answers of these types (see polkb.answer.types.query_hints)
QUERY_HINTS = {Q.CONDITION: "voorwaarde mits indien"}


@register(Q.CONDITION)
def extract_condition(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    out = cue_clause(unit.text, _CUE, clues, from_cue=True)
    if out and unit.text.rstrip().endswith(":") and unit.siblings:
        # "indien met de aanvraag is aangetoond, dat:" — the conditions are the items it leads in
        items = [" ".join(i.split()[:25]) for i in unit.siblings[:25]]
        out = [Candidate(f"{out[0].text.rstrip(' :')}: " + "; ".join(items), out[0].start, out[0].end,
                         out[0].score, items)]
    return out
