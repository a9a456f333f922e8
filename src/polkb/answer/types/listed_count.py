"""Counts read off a list: "Hoeveel taken kent artikel 4 het LECD toe?" is answered by the items
under "Het LECD heeft tot taak:", a. to d., though no sentence says "vier taken".

Only for a question about what a text or a body names or has ("Hoeveel taken kent artikel 4", "how many
benefits does the ladder focus on", "Hoeveel leden telde de commissie", "how many members did it have"):
a list of the kinds of programmes a regulation funds does not count the programmes it funded. The
lead-in must end in the counted noun (as an index term: "taak" for "taken"; "… heeft tot taak:", "de
volgende voordelen:") or name it as the role its items get ("Tot leden van de commissie worden
benoemd:"): a lead-in that names it elsewhere introduces something else ("Bij de aanvraag voegt het
samenwerkingsverband toe:" lists documents, not partnerships). Only the items of the lead-in's own
level are counted: the sub-items "1°, 2°" under an item "a." are parts of it. A count the text says
in words (`figures`) is surer than one read off a list, so this one scores less.
"""
from __future__ import annotations

import re

from .. import question as Q
from . import Candidate, Clues, register
from ...text import lazyre

LISTED_COUNT = 0.75
MIN_ITEMS = 2
_MARKERS = (("letter", re.compile(r"^\s*\(?[a-z][.)]\s")), ("number", re.compile(r"^\s*\(?\d{1,2}[.)°]")),
            ("roman", re.compile(r"^\s*\(?[ivx]{1,4}[.)]\s")), ("bullet", re.compile(r"^\s*[•·▪◦*–-]\s")))


def _marker(item: str) -> str:
    return next((kind for kind, pattern in _MARKERS if pattern.match(item)), "")


def items_of_level(items: list[str]) -> list[str]:
    """The items marked as the first one is ("a.", "b." but not the "1°" under them); all of them
    when the first carries no marker."""
    kind = _marker(items[0]) if items else ""
    return [i for i in items if _marker(i) == kind] if kind else list(items)


# the verbs by which a question asks what a text or a body names, holds or consists of
_ASKS_MEMBERS = lazyre.compile(r"\b(?:noem\w*|genoemd\w*|ken[td]?|kennen|kende|bevat\w*|omvat\w*|onderscheid\w*|som\w*|"
                               r"opgesomd|telt|telde|tellen|bestaa?t|bestond|bestonden|heeft|hebben|had|hadden|have|has|"
                               r"list(?:s|ed)?|names?|named|mention\w*|"
                               r"sets?\s+out|identif\w+|includ\w+|contain\w*|distinguish\w*|focus\w*|comprise\w*|consist\w*)\b",
                               re.IGNORECASE)
LEAD_END_WORDS = 3  # the words before the colon that must hold the noun


def _ends_in_noun(q: Q.Question, lead: str, clues: Clues) -> bool:
    """Whether the lead-in introduces items of the noun counted: the noun ends it ("… heeft tot
    taak:"), or it names the role the items are given ("Tot leden van de commissie worden
    benoemd:", "Als leden treden op:"), wherever that stands."""
    if not q.noun:
        return False
    words = re.findall(r"\w+", lead.rstrip().rstrip(":"))
    roles = [w for before, w in zip(words, words[1:]) if before.lower() in ("tot", "als")]
    return any(clues.same(q.noun, w) for w in words[-LEAD_END_WORDS:] + roles)


@register(Q.COUNT)
def extract_listed_count(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    if not _ASKS_MEMBERS.search(q.text):
        return []
    lead_in = unit.kind != "item" and unit.text.rstrip().endswith(":")
    lead = unit.text if lead_in else unit.lead if unit.kind == "item" else ""
    if not lead or not unit.siblings or not _ends_in_noun(q, lead, clues):
        return []
    items = items_of_level(unit.siblings)
    if len(items) < MIN_ITEMS:
        return []
    return [Candidate(f"{len(items)} {q.noun}", 0, len(unit.text), LISTED_COUNT, [" ".join(i.split()[:24]) for i in items])]
