"""Definitions: the sentence that says what a term is ("Onder X wordt verstaan: …", "X: …", "X is …").

A page header or a heading is no definition: the unit must say something of the term, after it.
"""
from __future__ import annotations

import re

from .. import question as Q
from ..evidence import trim
from . import Candidate, Clues, register
from .names import spelled_out
from ...text import lazyre

_CUES = r"(?:is|zijn|betekent|houdt in|omvat|wordt verstaan|worden verstaan|verstaat men|means|refers to|is defined)"


# words that stand near answers of these types (see polkb.answer.types.query_hints)
QUERY_HINTS = {Q.DEFINITION: "verstaan onder"}


DEFINITION_WORDS = 58  # within the 60 words of an answer
MENTION = 0.25       # the term merely stands in the unit, with no cue that says what it is
LIST_OF_TERMS = 0.3  # a unit that spells out many terms, one after the other, defines none of them
BROADER = 0.6        # the unit defines the asked term's head without the modifiers the question gives it
_LABEL = lazyre.compile(r"(?:^|\s)[A-Za-z][\w&-]{0,12}:\s")
_INTRODUCED = lazyre.compile(r"((?:[\w-]+\s+){0,5}[\w-]+)\s*\(([A-Z][A-Za-z]{1,9})\)")


def _abbreviations(q: Q.Question, passage: str, clues: Clues) -> set[str]:
    """Abbreviations the passage introduces for the term: "de Bijzondere Onderzoeksfondsen (BOF)"
    makes "BOF zijn interne bestemmingsfondsen …" a definition of the Onderzoeksfondsen."""
    out = set()
    for m in _INTRODUCED.finditer(passage):
        if q.noun and any(clues.same(q.noun, w) for w in m.group(1).split()):
            out.add(m.group(2))
    return out


# "What does PIVOT stand for", "Waar staat NVAO voor": the long form is asked, not what it does
_LONG_FORM_ASKED = lazyre.compile(r"\bstands? for\b|\bsta(?:at|an)\b.*\bvoor\b|\bvoluit\b|\bvolledige naam\b", re.IGNORECASE)


def _expansion(abbreviation: str, text: str) -> Candidate | None:
    """What an abbreviation stands for, where the text spells it out: "de Pivot-methode (project
    invoering verkorting overbrengingstermijn)", "het Vlaams personeelsstatuut (VPS)". An
    abbreviation's definition is its long form first; what it does comes after."""
    if not (abbreviation.isupper() and 2 <= len(abbreviation) <= 8 and abbreviation.isalpha()):
        return None
    after = re.search(r"(?<!\w)" + re.escape(abbreviation) + r"(?:-\w+)?\s*\(([^()]{5,120})\)", text, re.IGNORECASE)
    if after:
        words = after.group(1).split()
        if len(words) >= 2 and words[0][0].lower() == abbreviation[0].lower():
            return Candidate(after.group(1).strip(), after.start(1), after.end(1), 1.0)
    # (a series number goes with both forms: "Netherlands Initiative for … Higher Education II (NICHE II)")
    before = re.search(r"\(\s*" + re.escape(abbreviation) + r"(?P<n>[\s-]+(?:[IVX]+|\d+))?\s*\)", text)
    if before:
        lead = text[:before.start()].rstrip()
        if before.group("n") and lead.endswith(before.group("n").strip(" -")):
            lead = lead[:-len(before.group("n").strip(" -"))]
        spelled = spelled_out(abbreviation, lead)
        if spelled:
            return Candidate(spelled, before.start() - len(spelled) - 1, before.end(), 1.0)
    return None


# a sentence that names the term for what the sentence before it says
_POINTED = lazyre.compile(r"\b(?:hiermee|daarmee|hiermede|hierbij|daarbij|hieronder|daaronder)\s+(?:wordt|worden|is|zijn|werd)\s+"
                          r"((?:[\w'‘’“”\"-]+\s+){0,4}?)(?:bedoeld|verstaan)\b", re.IGNORECASE)


def _asked_term(q: Q.Question) -> str:
    """The term as the question words it: the words before the noun that end the question
    ("… onder publieke middelen?" asks "publieke middelen"), else ""."""
    if not q.noun:
        return ""
    m = re.search(r"((?:[\w-]+\s+){0,2}" + re.escape(q.noun) + r")\W*$", q.text, re.IGNORECASE)
    if not m:
        return ""
    words = [w for w in m.group(1).split() if w.lower() not in ("de", "het", "een", "the", "a", "an", "onder", "by")]
    return " ".join(words)


@register(Q.DEFINITION)
def extract_definition(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    text = unit.text
    if len(text.split()) < 5:
        return []
    as_asked = next((w for w in re.findall(r"[\w-]+", q.text) if q.noun and w.lower() == q.noun.lower()), q.noun)
    expanded = _expansion(as_asked, text) if q.noun and _LONG_FORM_ASKED.search(q.text) else None
    if expanded:
        return [expanded]
    pointed = _POINTED.search(text)
    if pointed and unit.refers and unit.before and q.noun and any(clues.same(q.noun, w) for w in pointed.group(1).split()):
        # "Handeling: richtlijnen inzake … ongeschiktheid voor de studie in de geneeskunde. Opmerking:
        # Hiermee wordt het 'judicium abeundi' bedoeld": what the term means stands in the sentence before
        return [Candidate(trim(f"{unit.before} {text}", [], DEFINITION_WORDS), 0, len(text), 1.0)]
    words = list(re.finditer(r"[\w-]+", text))
    aliases = _abbreviations(q, getattr(unit.hit, "text", "") or text, clues)
    at = [m for m in words if q.noun and (clues.same(q.noun, m.group()) or m.group() in aliases)]
    if not at:
        return []
    own = [m for m in at if m.group().lower() == q.noun.lower() or m.group() in aliases]
    at = own or at  # the term itself before a compound that holds it ("accreditatie", not "accreditatiekader")
    first = at[0]
    after = text[first.end():first.end() + 60]
    before = text[max(0, first.start() - 40):first.start()]
    score = MENTION
    # the term as the subject of its sentence ("Accreditatie is …"), not inside another subject
    # ("Uitgangspunten voor de accreditatie zijn …")
    subject = re.fullmatch(r"[\W\d]*(?:[a-z]\.\s*|[a-z]\)\s*)?(?:de|het|een|the|an?)?\s*", text[:first.start()], re.IGNORECASE)
    if not subject:  # the term as the question words it ("publieke middelen: gelden verkregen …")
        term = _asked_term(q)
        subject = bool(term) and re.fullmatch(r"[\W\d]*(?:[a-z]\.\s*|[a-z]\)\s*)?(?:de|het|een|the|an?)?\s*"
                                              + re.escape(term) + r"\s*", text[:first.end()], re.IGNORECASE)
    if re.match(r"\s*(?::|\(|,)?\s*" + _CUES + r"\b|\s*:", after, re.IGNORECASE):
        score = 1.0 if subject else 0.6
    elif re.search(r"\b(?:onder|by)\s+(?:een\s+|de\s+|het\s+|an?\s+)?$", before, re.IGNORECASE):
        score = 1.0
    if not own:
        score *= 0.8
    # the question words the term with its modifiers ("een academische opleidingsschool") and this
    # unit defines only its head ("g. opleidingsschool: partnerschap …"): a broader term, when the
    # list defines the asked one too ("h. academische opleidingsschool: opleidingsschool die …")
    term = _asked_term(q)
    if len(term.split()) > 1 and not re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text[:first.end() + 1], re.IGNORECASE):
        score *= BROADER
    if len(_LABEL.findall(text)) >= 3:  # a list of abbreviations ("Bsd: basisselectiedocument Bve: …")
        score *= LIST_OF_TERMS
    # a definition is read whole where it fits the answer (a long one lists its conditions to the end)
    return [Candidate(trim(text, [(first.start(), first.end())], DEFINITION_WORDS), 0, len(text), score)]
