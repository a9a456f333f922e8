"""Reasons: the clause of a unit that says why ("omdat …", "om … te …", "gelet op …", "teneinde …")."""
from __future__ import annotations

import re

from .. import question as Q
from . import Candidate, Clues, cue_clause, register

_CUE = re.compile(r"\b(?:omdat|want|doordat|aangezien|vanwege|wegens|teneinde|zodat|gelet op|overwegende dat|"
                  r"met het oog op|om\s+\w+(?:\s+\w+){0,8}\s+te\b|de reden|reden(?:en)? (?:is|zijn|waarom)|"
                  r"because|since|in order to|due to|so that|the reason)\b", re.IGNORECASE)


# words that stand near answers of these types (see polkb.answer.types.query_hints)
QUERY_HINTS = {Q.REASON: "omdat doel reden"}


@register(Q.REASON)
def extract_reason(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    return cue_clause(unit.text, _CUE, clues)
