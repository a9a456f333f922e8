"""Question understanding: what kind of answer a question wants, and what it is about.

A policy officer's question names its answer type with its first words ("hoeveel", "wanneer",
"welke organisaties", "wie", "how many" …). Reading that type first lets the answer stage look for
exactly that kind of evidence (a count with the right noun, a date, a list of organisations) and
say "not found" when the corpus has none, instead of returning the nearest sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Answer types
PERSON = "person"            # wie / who: a person or organisation
ORG_LIST = "organisations"   # welke organisaties / partners
LIST = "list"                # welke <plural noun>: a list of items
NAME = "name"                # welke <noun>: a named thing
COUNT = "count"
AMOUNT = "amount"
PERCENT = "percentage"
DURATION = "duration"
YEAR = "year"
DATE = "date"
PERIOD = "period"
DEFINITION = "definition"
SENTENCE = "sentence"

# Which document record a question about a document's own facts points at.
DOC_KINDS = (
    (r"\bmoties?\b|\bmotion\b", "motion"),
    (r"\bkamervra\w*|\bschriftelijke vra\w*|\bparliamentary questions?\b|\bwritten questions?\b",
     "written_question"),
    (r"\bbeslissing\w*|\bbesluit\w*|\bdecision\b", "government_decision"),
)
_SUBMIT = r"(?:ingedien\w*|dienden?|indiener\w*|submit\w*|tabled|voorgesteld|gesteld|stelden?|vroegen|vroeg|asked)"
_ANSWERED = r"(?:antwoord\w*|beantwoord\w*|answer\w*|reageerde)"

_MEASURE_NOUNS = {
    "bijdrage": AMOUNT, "bedrag": AMOUNT, "budget": AMOUNT, "kostprijs": AMOUNT, "kosten": AMOUNT,
    "subsidie": AMOUNT, "financiering": AMOUNT, "investering": AMOUNT, "middelen": AMOUNT,
    "aantal": COUNT, "aandeel": PERCENT, "percentage": PERCENT, "deel": PERCENT, "share": PERCENT,
    "number": COUNT, "amount": AMOUNT, "percentage of": PERCENT, "duur": DURATION, "looptijd": PERIOD,
}
_AMOUNT_WORDS = r"(?:geld|euro|eur|subsidie|middelen|budget|financiering|money|funding)"
_ORG_NOUNS = (r"(?:organisaties|partners?|partnerorganisaties|instellingen|universiteiten|hogescholen|"
              r"betrokkenen|organisations|organizations|institutions|universities)")

_TYPE_WORDS = {
    PERCENT: {"aandeel", "percentage", "deel", "procent", "share", "proportion", "percent"},
    COUNT: {"aantal", "number"},
    AMOUNT: {"bedrag", "amount"},
}

# The question words, auxiliaries and light verbs that carry no subject.
_NOT_SUBJECT = set("""
wie wat welke welk wanneer waar waarom hoe hoeveel hoelang lang is zijn was waren wordt worden werd
werden heeft hebben had hadden kan kunnen kon moet moeten mag zal zullen zou doet deed doen gaat
vind vindt je jij u men er de het een van in op aan bij voor met over door naar uit om tot als dan
dat die dit deze te en of ook nog wel niet geen zich hun haar zijn minstens ongeveer precies
who what which when where why how many much long is are was were does do did the a an of in on at
for to by with from and or has have had can could be been it its this that these those
""".split())


@dataclass
class Question:
    text: str
    lang: str
    type: str
    noun: str = ""                 # the head noun of "welke X" / "hoeveel X"
    wants_list: bool = False
    doc_kind: str = ""             # asks for a document's own fact (motion submitters …)
    doc_fact: str = ""             # submitters | answerers | date:<role>
    subject: list[str] = field(default_factory=list)    # content words
    required: list[str] = field(default_factory=list)   # names the evidence must mention
    population: str = ""           # what a share is of ("het aandeel meisjes": meisjes)


def _lang(q: str) -> str:
    first = q.split()[0].lower() if q.split() else ""
    english = {"who", "what", "which", "when", "where", "why", "how", "does", "did", "is", "are", "in", "for"}
    dutch_marks = re.search(r"\b(de|het|een|van|welke|wie|wat|hoeveel|wanneer|zijn|werd)\b", q.lower())
    return "en" if first in english and not dutch_marks else "nl"


def _answer_type(q: str) -> tuple[str, str, bool]:
    """(type, head noun, wants a list) from the question's opening words."""
    s = q.lower()
    m = re.search(r"\b(?:welke|which|what)\s+" + _ORG_NOUNS, s)
    if m or re.search(r"\bwho (?:are|were) the partners\b|\bwie (?:zijn|waren) de partners\b", s):
        return ORG_LIST, "organisaties", True
    if re.search(r"^(?:hoeveel|how much)\s+" + _AMOUNT_WORDS + r"|hoeveel (?:subsidie|geld|middelen)", s):
        return AMOUNT, "", False
    if re.search(r"^(?:hoeveel procent|how many percent|what percentage|welk percentage|welk deel|"
                 r"welk aandeel|what share|what proportion)", s) or re.search(r"\b(?:aandeel|percentage)\b", s):
        return PERCENT, "", False
    m = re.search(r"^(?:hoeveel|how many)\s+([\w-]+)", s)
    if m:
        return COUNT, m.group(1), False
    if re.search(r"^(?:hoe lang|hoelang|how long)\b", s):
        return DURATION, "", False
    if re.search(r"\b(?:welke|which|what)\s+(?:periode|period)\b", s):
        return PERIOD, "", False
    if re.search(r"\b(?:welk jaar|what year|which year|sinds wanneer|vanaf welk jaar)\b", s):
        return YEAR, "", False
    if re.search(r"^(?:wanneer|when)\b|\b(?:welke datum|what date|which date|op welke dag)\b", s):
        return DATE, "", False
    if re.search(r"^(?:wie|who)\b", s):
        plural = bool(re.search(r"^(?:wie|who)\s+(?:dienden|waren|zijn|hebben|stelden|were|are|have)\b", s))
        return PERSON, "", plural
    m = re.search(r"\b(?:welke|welk|which|what)\s+([\w-]+)", s)
    if m and m.group(1) not in ("is", "are", "was", "were", "zijn", "is"):
        noun = m.group(1)
        plural = bool(re.search(r"(?:en|s|'s)$", noun)) and not noun.endswith("ss")
        if noun in _MEASURE_NOUNS:
            return _MEASURE_NOUNS[noun], "", False
        return (LIST if plural else NAME), noun, plural
    m = re.search(r"^(?:wat is|wat zijn|what is|what are)\s+(?:de|het|the)?\s*([\w-]+)", s)
    if m:
        noun = m.group(1)
        for measure, kind in _MEASURE_NOUNS.items():
            if noun.startswith(measure):
                return kind, "", False
        return DEFINITION, noun, False
    if re.search(r"^(?:wat betekent|wat houdt|what does .* mean|wat verstaat)", s):
        return DEFINITION, "", False
    return SENTENCE, "", False


def _doc_fact(s: str) -> tuple[str, str]:
    for pattern, kind in DOC_KINDS:
        if re.search(pattern, s):
            if re.search(r"^(?:wie|who)\b", s) and re.search(_ANSWERED, s):
                return kind, "answerers"
            if re.search(r"^(?:wie|who)\b", s) and (re.search(_SUBMIT, s) or kind == "motion"):
                return kind, "submitters"
            if re.search(r"^(?:wanneer|when)\b|\bwelke datum\b", s):
                if re.search(r"ontvangen|beantwoord|answered|received", s):
                    return kind, "date:ontvangen"
                if kind == "motion":
                    return kind, "date:voorgesteld"
                if re.search(r"ingezonden|gesteld|ingediend|submitted|asked|sent", s):
                    return kind, "date:ingezonden"
                return kind, "date:"
    return "", ""


def _words(q: str) -> list[str]:
    return re.findall(r"#?\w[\w'’-]*\w|\w", q)


def parse_question(text: str) -> Question:
    """Read a Dutch or English question into its answer type, subject words and required names."""
    q = " ".join(text.split())
    kind, noun, wants_list = _answer_type(q)
    doc_kind, doc_fact = _doc_fact(q.lower())
    words = _words(q)
    # the measure word names the answer type, not the subject ("het aandeel meisjes": meisjes)
    measure = _TYPE_WORDS.get(kind, set())
    subject = [w for w in words if w.lower() not in _NOT_SUBJECT and w.lower() not in measure
               and any(c.isalpha() for c in w)]  # a bare number names no subject
    population = ""
    m = re.search(r"\b(?:aandeel|percentage|deel|procent|share|proportion)\s+(?:van\s+(?:de\s+|het\s+)?|of\s+)?([\w-]+)",
                  q.lower())
    if kind == PERCENT and m and m.group(1) not in _NOT_SUBJECT:
        population = m.group(1)
    # Names the evidence must mention: capitalised or hashtag words past the first word, and
    # acronyms (VLUHR, VS) — a question about "Arteveldehogeschool" is not answered by a passage
    # about another institution.
    required = [w for i, w in enumerate(words)
                if (w.startswith("#") or (i > 0 and w[:1].isupper()) or (len(w) > 1 and w.isupper()))
                and w.lower() not in _NOT_SUBJECT]
    return Question(q, _lang(q), kind, noun, wants_list, doc_kind, doc_fact, subject, required, population)
