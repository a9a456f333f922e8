"""Dates, years and periods, with the role a date plays.

"Wanneer werden de vragen beantwoord?" asks for the date of the answer, not of the questions, and
"wanneer besliste de regering" for the decision's own date, not that of an older decree it cites:
a date standing next to a word of the asked role scores higher, one next to another role lower.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...text import months
from .. import question as Q
from . import Candidate, Clues, closeness, extractor, overlaps, register, without_web_addresses
from ...text import lazyre

MONTHS = (*months.DUTCH, *months.ENGLISH)
_MONTH = r"(?:%s)" % "|".join(MONTHS)
_DAY_WORD = r"(?:%s)" % months.DAY_PATTERN
# ("de dertiende november 2014": a royal decree's date of publication, its day in words)
DATE = lazyre.compile(r"\b(?:(?:\d{1,2}|%s)\s+%s\s+(?:19|20)\d\d|%s\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|"
                      r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d)\b" % (_DAY_WORD, _MONTH, _MONTH), re.IGNORECASE)
YEAR = lazyre.compile(r"(?<![\w.,€$-])((?:19|20)\d\d)(?![\w]|[.,]\d)")
_RANGE = lazyre.compile(
    r"(?:(?:van|vanaf|from|tussen|between)\s+)?(?P<a>%s)\s*(?:tot en met|t/m|tot|until|to|through|en|and|[-–—])\s*(?P<b>%s)"
    % (DATE.pattern.replace(r"\b", ""), DATE.pattern.replace(r"\b", "")), re.IGNORECASE)
DAY_MONTH_RANGE = lazyre.compile(r"(?:\b(?:van|vanaf|from|tussen|between)\s+)?\b(?P<a>\d{1,2}\s+%s)\s*(?:tot en met|t/m|tot|until|to|"
                                 r"through|[-–—])\s*(?P<b>\d{1,2}\s+%s)\b(?!\s+(?:19|20)\d\d)" % (_MONTH, _MONTH), re.IGNORECASE)
_YEAR_RANGE = lazyre.compile(r"\b((?:19|20)\d\d)\s*(?:[-–—/]|tot en met|t/m|tot|to|until)\s*((?:19|20)?\d\d)\b")
_ROLE_CUES = {
    Q.ROLE_ANSWERED: r"beantwoord|antwoord|ontvangen|received|answered",
    Q.ROLE_SENT: r"ingezonden|ingediend|gesteld|voorgesteld|submitted|sent",
    Q.ROLE_DECIDED: r"besli|besluit|besloten|goedgekeurd|vastgesteld|bekrachtigd|akkoord|decided",
    # ("met ingang van" says from when, not what starts: "vervalt met ingang van 1 augustus 2016")
    Q.ROLE_IN_FORCE: r"werking|kracht|(?<!met )ingang|geldt|effect|werkt\s+terug|terugwerk",
    Q.ROLE_DEADLINE: r"uiterlijk|tegen|v[óo]{1,2}r|binnen|tot|deadline|sluit|liep|loopt|by|until|before",
    Q.ROLE_ADOPTED: r"aangenomen|aanvaard|verworpen|stemming|adopted|passed|rejected",
    Q.ROLE_PUBLISHED: r"uitgegeven|uitgifte|gepubliceerd|publicatie|bekendgemaakt|bekendmaking|verschenen|published|issued",
    Q.ROLE_ENDED: r"opgeheven|opheffing|afgeschaft|afschaffing|beëindig|stopgezet|vervallen|vervalt|verviel|ingetrokken|ophield|"
                  r"abolished|ended|ceased|expire",
}
_DECISION_ASKED = lazyre.compile(r"\b(?:besli\w*|beslu\w*|beslo\w*|decid\w*|decision\w*)", re.IGNORECASE)
DEADLINE_SAID = 1.4      # a date right after "uiterlijk", "tegen", "voor", for a question that asks a deadline
ROLE_UNSAID = 0.7       # a date with no word of any role near it, for a question that asks one
ROLE_NEARER_OTHER = 0.8  # a word of the asked role near it, but one of another role nearer
ROLE_ABSENT = 0.4       # … and in a unit that nowhere says the asked role ("afgeschaft" for "wanneer afgeschaft")
HEADER_MISMATCH = 0.3   # a header date of another role ("Voorgesteld 24 januari 2023" for "wanneer aangenomen")
# a document's own dates in its header ("(ingezonden 11 maart 2024)", "Ontvangen 2 april"): they
# answer a question about the document, not one about what it tells
_HEADER_DATE = lazyre.compile(r"(?:ingezonden|ontvangen|voorgesteld|datum|date)\W{0,3}$", re.IGNORECASE)


def iso_date(text: str) -> str:
    """ISO 8601 for a Dutch/English date phrase ("7 maart 2024" -> 2024-03-07, "maart 2022" -> 2022-03)."""
    t = text.lower().split()
    if len(t) == 1 and re.fullmatch(r"\d{4}-\d\d-\d\d", t[0]):
        return t[0]
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text.strip())
    if m:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    month = lambda w: MONTHS.index(w) % 12 + 1  # noqa: E731
    if len(t) == 3 and t[1] in MONTHS:
        day = months.DAY_WORDS[t[0]] if t[0] in months.DAY_WORDS else int(t[0])
        return f"{int(t[2]):04d}-{month(t[1]):02d}-{day:02d}"
    if len(t) == 2 and t[0] in MONTHS:
        return f"{int(t[1]):04d}-{month(t[0]):02d}"
    return text


def dutch_date(iso: str) -> str:
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return iso


# the date of an act, by how it is cited: "de Wet van 16 april 2014", "Wet opheffing …, 22 juni 2000, Stb. 284"
_ACT_DATE_AFTER = lazyre.compile(r"\s*[,(]?\s*(?:Stb|Stcrt|Staatsblad|Staatscourant|BS)\b")
# (or a cited paper's date after its reference: "(kenmerk AGOCW/MT/06.048 d.d. 30 oktober 2006)")
_ACT_DATE_BEFORE = lazyre.compile(r"\b(?:(?:[Ww]et|[Bb]esluit|[Rr]egeling|[Dd]ecreet|[Bb]eschikking)\s+van|d\.d\.)\s+$")


AFTER_DATE = 3


def _cue_distance(cue: str, near: str, start: int, end: int, after: str = "") -> int | None:
    """Characters between a date (at start..end of `near`) and the nearest word of a role; a word
    after the date counts AFTER_DATE times as far (the verb of a date comes before it: "treedt in
    werking op 1 januari 2015 en vervalt met ingang van 1 augustus 2016")."""
    gaps = [start - m.end() if m.end() <= start else AFTER_DATE * (m.start() - end) if m.start() >= end else 0
            for m in re.finditer(cue, near)
            # a role word after the date that has a date of its own after it is that date's
            if not (m.start() >= end and DATE.search((near + after)[m.end():m.end() + 40]))]
    return min(gaps) if gaps else None


# a day written as a word ("de dertiende november 2014", "de derde maart 1988") is how a Dutch act
# gives the day it was issued in the Staatsblad, whether or not "Uitgegeven" survived conversion
_ISSUE_DATE = lazyre.compile(r"%s\s" % _DAY_WORD, re.IGNORECASE)


def _role_factor(q: Q.Question, text: str, start: int, end: int) -> float:
    if q.role == Q.ROLE_PUBLISHED and _ISSUE_DATE.match(text, start):
        return 1.2
    if not q.role:
        return 0.6 if _HEADER_DATE.search(text[max(0, start - 15):start]) else 1.0
    near = text[max(0, start - 60):end + 30].lower()
    header = _HEADER_DATE.search(text[max(0, start - 15):start])
    if header and not header.group().lower().startswith("dat") and not re.search(_ROLE_CUES[q.role], header.group().lower()):
        return HEADER_MISMATCH  # the document's own date, of a role other than the asked one
    if q.role == Q.ROLE_DEADLINE:  # the cue stands right before a deadline: "uiterlijk op 31 januari"
        near = text[max(0, start - 25):start].lower()
        if re.search(_ROLE_CUES[Q.ROLE_DECIDED], text[max(0, start - 40):start].lower()) and \
                not _DECISION_ASKED.search(q.text):
            # "De minister beslist uiterlijk 31 maart 2012 op een aanvraag" is the deadline of the decision,
            # not of applying ("De aanvraag wordt uiterlijk 31 december 2011 ingediend")
            return ROLE_NEARER_OTHER
        return DEADLINE_SAID if re.search(_ROLE_CUES[q.role], near) else 0.8
    if q.role != Q.ROLE_DECIDED and (_ACT_DATE_AFTER.match(text, end) or _ACT_DATE_BEFORE.search(text[max(0, start - 25):start])):
        return 0.6  # the date of an act it cites ("Wet van 16 april 2014", "…, 22 juni 2000, Stb. 284"), not of the event
    lo = max(0, start - 60)
    after = text[end + 30:end + 80].lower()  # (what follows the window: a role word's own date)
    own = _cue_distance(_ROLE_CUES[q.role], near, start - lo, end - lo, after)
    others = [_cue_distance(cue, near, start - lo, end - lo, after) for role, cue in _ROLE_CUES.items()
              if role not in (q.role, Q.ROLE_DEADLINE)]
    other = min((d for d in others if d is not None), default=None)
    if own is not None:
        # the nearest role word decides: in "ingesteld met ingang van 15 oktober 2013 en wordt
        # opgeheven uiterlijk 1 mei 2014" the first date is the start, the second the end
        return 1.2 if other is None or own <= other else ROLE_NEARER_OTHER
    if other is not None:
        return 0.6
    return ROLE_UNSAID


def _role_absent(q: Q.Question, unit) -> float:
    """ROLE_ABSENT when the question asks a date's role (not a deadline) and the unit, its lead-in and
    headings never say it: "In welk jaar werd het BSA afgeschaft?" is not answered by the year an
    experiment with it started."""
    if not q.role or q.role == Q.ROLE_DEADLINE:
        return 1.0
    said = f"{unit.text} {getattr(unit, 'lead', '')} {getattr(getattr(unit, 'hit', None), 'heading', '')}".lower()
    if q.role == Q.ROLE_PUBLISHED and any(_ISSUE_DATE.match(m.group()) for m in DATE.finditer(unit.text)):
        return 1.0
    return 1.0 if re.search(_ROLE_CUES[q.role], said) else ROLE_ABSENT


def only_other_roles(q: Q.Question, text: str) -> bool:
    """Whether every date of a text is a document's own date of a role other than the asked one:
    "Voorgesteld 24 januari 2023" says nothing of when the motion was adopted."""
    if not q.role:
        return False
    found = list(DATE.finditer(text))
    return bool(found) and all(_role_factor(q, text, m.start(), m.end()) == HEADER_MISMATCH for m in found)


# words that stand near answers of these types (see polkb.answer.types.query_hints)
QUERY_HINTS = {Q.DATE: "datum", Q.YEAR: "jaar", Q.PERIOD: "periode looptijd"}
# … and near a date of each role: what finds the deadline's passage inside a long ruling
ROLE_HINTS = {Q.ROLE_DEADLINE: "uiterlijk", Q.ROLE_ANSWERED: "antwoord beantwoording", Q.ROLE_SENT: "ingezonden",
              Q.ROLE_DECIDED: "besluit beslissing", Q.ROLE_IN_FORCE: "inwerkingtreding werking",
              Q.ROLE_ADOPTED: "aangenomen stemming", Q.ROLE_PUBLISHED: "uitgegeven", Q.ROLE_ENDED: "opgeheven opheffing afgeschaft"}


_DAYS_BEFORE = lazyre.compile(r"(?<![\d.,])(?:\d{1,2}\s*(?:,|en|and|tot en met|t/m|to|[-–])\s*)+$", re.IGNORECASE)
_PART_OF_MONTH = lazyre.compile(r"\b(?:begin|eind|einde|medio|half|halverwege|early|late|mid-?|(?:the\s+)?(?:end|beginning|middle)\s+of)"
                                r"\s+%s(?:\s+(?:19|20)\d\d)?\b" % _MONTH, re.IGNORECASE)
_PART_OF_YEAR = lazyre.compile(
    r"\b(?:(?:de\s+)?(?:eerste|tweede)\s+helft\s+van|(?:het\s+)?(?:eerste|tweede|derde|vierde)\s+kwartaal\s+van|"
    r"(?:het\s+)?(?:voorjaar|najaar|zomer|winter)\s+(?:van\s+)?|begin|eind|medio|half|"
    r"(?:the\s+)?(?:first|second)\s+half\s+of|(?:early|late|mid-?)|(?:spring|summer|autumn|fall|winter)(?:\s+of)?)"
    r"\s*((?:19|20)\d\d)\b", re.IGNORECASE)


_UNTIL = lazyre.compile(r"\b(?:tot wanneer|until when|tot welke datum|up to what date|through when)\b", re.IGNORECASE)
_SINCE = lazyre.compile(r"\b(?:vanaf wanneer|sinds wanneer|per wanneer|since when|from when|as of when|"
                        r"met ingang van wanneer|from what date|vanaf welke datum|per welke datum)\b", re.IGNORECASE)
RANGE_END = 1.3     # the end of "van … tot en met …" for "tot wanneer", its start for "vanaf wanneer"
RANGE_OTHER = 0.6   # … and the other end


def _range_factors(q: Q.Question, text: str) -> dict[int, float]:
    """Start offset of each date that opens or closes a period in the text -> how it fits the
    question: "Tot wanneer loopt de steun?" is answered by the end of "van 15 december 2023 tot
    en met 14 december 2025", "Vanaf wanneer …" by its start."""
    until, since = bool(_UNTIL.search(q.text)), bool(_SINCE.search(q.text))
    if until == since:
        return {}
    out = {}
    for m in _RANGE.finditer(text):
        out[m.start("a")] = RANGE_OTHER if until else RANGE_END
        out[m.start("b")] = RANGE_END if until else RANGE_OTHER
    # a date said "tot" outside a range, for "tot wanneer": "… te verlengen tot 31 december 2004" (not "vanaf" for "vanaf
    # wanneer": "treedt in werking met ingang van 1 januari 2014" does not say when a rule applies back to)
    if until:
        for m in _SAID_UNTIL.finditer(text):
            out.setdefault(m.end(), RANGE_END)
    return out


VERB_UNTIL = 0.95  # the date said "tot" right after a word of the question ("verlengd tot wanneer")
_UNTIL_MARK = r"(?:tot en met|t/m|tot|until|through|up to)"  # the words a date is said "until" with
_WORD_BEFORE_MARK = lazyre.compile(r"([^\W\d_][\w-]*)\s+" + _UNTIL_MARK + r"\s+$", re.IGNORECASE)


def _asked_verb_before(clues: Clues, text: str, start: int) -> bool:
    """Whether the word right before the date's "tot" is a word of the question ("te verlengen tot …",
    "wordt verlengd tot …"; not "De Regeling … liep tot …")."""
    m = _WORD_BEFORE_MARK.search(text, max(0, start - 60), start)
    return bool(m) and any((a[0] if isinstance(a, tuple) else a) == m.start(1) for a in clues.anchors)


_SAID_UNTIL = lazyre.compile(r"\b" + _UNTIL_MARK + r"\s+(?=\d{1,2}\s)", re.IGNORECASE)


@register(Q.DATE)
def extract_date(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    text = without_web_addresses(unit.text)
    out = []
    ends = _range_factors(q, text)
    absent = _role_absent(q, unit)
    for m in DATE.finditer(text):
        if m.group() in q.text:
            continue
        score = closeness(m.start(), m.end(), clues.anchors, text, outside=True) * _role_factor(q, text, m.start(), m.end()) \
            * ends.get(m.start(), 1.0) * absent
        if ends.get(m.start()) == RANGE_END and _asked_verb_before(clues, text, m.start()):
            score = max(score, VERB_UNTIL)  # "… besloten de Regeling … te verlengen tot 31 december 2004"
        out.append(Candidate(f"{m.group()} ({iso_date(m.group())})", m.start(), m.end(), min(score, 1.0)))
    if not out:  # a day and month without a year ("voor 15 mei")
        for m in re.finditer(r"\b\d{1,2}\s+%s\b" % _MONTH, text, re.IGNORECASE):
            if m.group() not in q.text:
                score = closeness(m.start(), m.end(), clues.anchors, text, outside=True) * _role_factor(q, text, m.start(), m.end())
                days = _DAYS_BEFORE.search(text[max(0, m.start() - 40):m.start()])
                start = m.start() - len(days.group()) if days else m.start()  # "14, 15 en 16 maart"
                out.append(Candidate(text[start:m.end()], start, m.end(), 0.8 * min(score, 1.0)))
    for m in _PART_OF_YEAR.finditer(text):  # "in de eerste helft van 2023", "eind 2021", "najaar 2019"
        if m.group() not in q.text and not any(c.start <= m.start() < c.end for c in out):
            score = closeness(m.start(), m.end(), clues.anchors, text, outside=True) * _role_factor(q, text, m.start(), m.end())
            out.append(Candidate(m.group(), m.start(), m.end(), 0.9 * min(score, 1.0)))
    for m in _PART_OF_MONTH.finditer(text):  # "voor eind april", "medio maart 2024", "by the end of May"
        if m.group() not in q.text and not overlaps(out, m.start(), m.end()):
            score = closeness(m.start(), m.end(), clues.anchors, text, outside=True) * _role_factor(q, text, m.start(), m.end())
            out.append(Candidate(m.group(), m.start(), m.end(), 0.9 * min(score, 1.0)))
    if q.wants_list and len(out) >= 2:  # "op welke datums …": the dates of the asked role, together
        best = max(c.score for c in out)
        together = sorted((c for c in out if c.score >= 0.6 * best), key=lambda c: c.start)
        if len(together) >= 2:
            out.append(Candidate(" en ".join(c.text for c in together), together[0].start, together[-1].end,
                                 min(1.0, best + 0.05), [c.text for c in together]))  # (all asked: before one)
    if not out:  # a year is a date too, when it is all the text says ("sinds 2018")
        for m in re.finditer(r"\b(?:in|sinds|vanaf|per|since|from|tot|until)\s+((?:19|20)\d\d)\b(?!\s*[-–])", text,
                             re.IGNORECASE):
            if m.group(1) not in q.text:
                out.append(Candidate(m.group(1), m.start(1), m.end(1),
                                     0.7 * closeness(m.start(1), m.end(1), clues.anchors, text, outside=True)))
        # … and so is a school or academic year ("bij de start van het academiejaar 2023-2024")
        for m in _NAMED_YEAR.finditer(text):
            if m.group(1) not in q.text and not overlaps(out, m.start(), m.end()):
                out.append(Candidate(m.group(), m.start(), m.end(),
                                     0.7 * closeness(m.start(), m.end(), clues.anchors, text, outside=True)))
    return out


_NAMED_YEAR = lazyre.compile(r"\b(?:academiejaar|schooljaar|studiejaar|werkjaar|begrotingsjaar|kalenderjaar|academic year|"
                             r"school year)\s+((?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?)\b", re.IGNORECASE)


# a school, academic or course year runs over two calendar years and is written so ("het cursusjaar
# 1999-2000", "academiejaar 2023–2024"): asked for one, the answer is the span, not its first year
_STUDY_YEAR_ASKED = lazyre.compile(r"\b\w*(?:cursus|school|academie|studie|college|leer)jaar\w*|\b(?:school|academic|course|study)\s+year",
                                   re.IGNORECASE)
_STUDY_YEAR = lazyre.compile(r"\s*[-–/]\s*((?:19|20)?\d\d)(?![\w]|[.,]\d)")


def _study_year(text: str, m: re.Match) -> str:
    """The academic year "1999-2000" a year opens, or "" when the text gives the year alone."""
    nxt = _STUDY_YEAR.match(text, m.end(1))
    if not nxt:
        return ""
    first, second = int(m.group(1)), nxt.group(1)
    return text[m.start(1):nxt.end()] if int(second[-2:]) == (first + 1) % 100 else ""


@register(Q.YEAR)
def extract_year(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    text = without_web_addresses(unit.text)
    out = []
    absent = _role_absent(q, unit)
    study_year = bool(_STUDY_YEAR_ASKED.search(q.text))
    # (and the year of a date in figures: "Materieel uitgewerkt per 01-09-2013" is in 2013)
    for m in [*YEAR.finditer(text), *_NUMERIC_DATE.finditer(text)]:
        if m.group(1) in q.text:
            continue
        score = closeness(m.start(), m.end(), clues.anchors, text, outside=True) * _role_factor(q, text, m.start(), m.end()) * absent
        shown = (_study_year(text, m) if study_year else "") or m.group(1)
        out.append(Candidate(shown, m.start(1), m.start(1) + len(shown), min(score, 1.0)))
    return out


# a date in figures, day first ("01-09-2013", "1/9/2013"), whose year YEAR does not read on its own
_NUMERIC_DATE = lazyre.compile(r"(?<![\w.,-])\d{1,2}[-/.]\d{1,2}[-/.]((?:19|20)\d\d)(?![\w]|[.,]\d)")


@register(Q.PERIOD)
def extract_period(q: Q.Question, unit, clues: Clues) -> list[Candidate]:
    text = unit.text
    out = []
    for m in _RANGE.finditer(text):
        a, b = m.group("a"), m.group("b")
        out.append(Candidate(f"van {a} tot en met {b}", m.start(), m.end(),
                             closeness(m.start(), m.end(), clues.anchors, text, outside=True), [a, b]))
    for m in DAY_MONTH_RANGE.finditer(text):  # a window of every year: "van 1 april tot en met 30 juni"
        if not any(c.start <= m.start() < c.end for c in out):
            a, b = m.group("a"), m.group("b")
            out.append(Candidate(f"van {a} tot en met {b}", m.start(), m.end(),
                                 0.9 * closeness(m.start(), m.end(), clues.anchors, text, outside=True), [a, b]))
    for m in _YEAR_RANGE.finditer(text):
        if any(c.start <= m.start() < c.end for c in out):
            continue
        out.append(Candidate(m.group(), m.start(), m.end(), 0.8 * closeness(m.start(), m.end(), clues.anchors, text, outside=True)))
    if not out:
        dates = list(DATE.finditer(text))
        if len(dates) >= 2:
            a, b = dates[0], dates[1]
            out.append(Candidate(f"van {a.group()} tot en met {b.group()}", a.start(), b.end(),
                                 0.6 * closeness(a.start(), b.end(), clues.anchors, text, outside=True), [a.group(), b.group()]))
    said = [m.span() for m in _LENGTH_OF_TIME.finditer(text)] if not out else []
    if said:
        # "Voor welke periode worden de bestuursleden benoemd?": "voor een periode van vier jaar",
        # a length of time said as the period, where no dates bound it
        out = [replace(c, score=PERIOD_AS_LENGTH * c.score)
               for c in extractor(Q.DURATION)(replace(q, type=Q.DURATION), unit, clues)
               if any(a <= c.start < b for a, b in said)]
    return out


# a length of time said as a period or term ("voor een periode van vier jaar", "for a term of five years")
_LENGTH_OF_TIME = lazyre.compile(r"\b(?:periode|termijn|tijdvak|zittingsduur|looptijd|duur|period|term)\s+(?:van|of)\s+\w+\s+"
                                 r"(?:jaar|jaren|maanden|maand|weken|years?|months?|weeks?)\b", re.IGNORECASE)
PERIOD_AS_LENGTH = 0.9
